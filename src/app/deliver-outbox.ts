// Use-case: deliver queued messages to one platform. A failed delivery is retried with backoff (or when
// the platform says so); a case is never lost because a platform was down, its card is just posted later.
import { asLocale, t } from "../i18n/messages.ts";
import { renderCaseCard } from "../ui/case-card.ts";
import { cardToText } from "../ui/card-text.ts";
import { renderDigestCard } from "../ui/digest-card.ts";
import type { Card } from "../ui/card.ts";
import { formatDeadline } from "./case/format-deadline.ts";
import type { ChatPort } from "./chat-port.ts";
import { recordDeliveryFailure } from "./delivery-failure.ts";
import type { AppContext } from "./context.ts";
import { loadCaseSummary } from "./load-case-summary.ts";
import type { OutboxPayload, PendingDelivery } from "./ports.ts";

export { backoffSeconds } from "./delivery-failure.ts";

async function caseCard(
  ctx: AppContext,
  caseId: string,
  locale: "nl" | "en",
): Promise<{ card: Card; channel: string } | null> {
  const summary = await loadCaseSummary(ctx, ctx.store.read, caseId);
  if (!summary) return null;
  const region = await ctx.store.read.region(summary.regionId);
  const card = renderCaseCard(summary, { locale, formatDate: (d) => formatDeadline(d, ctx.calendar, locale) });
  return { card, channel: region?.sharedChannel ?? "" };
}

async function deliver(ctx: AppContext, port: ChatPort, payload: OutboxPayload): Promise<void> {
  switch (payload.kind) {
    case "case.card": {
      const found = await caseCard(ctx, payload.caseId, "nl");
      if (found)
        await port.upsertCaseCard({
          caseId: payload.caseId,
          channel: found.channel,
          text: cardToText(found.card),
          card: found.card,
        });
      return;
    }
    case "case.thread": {
      const found = await caseCard(ctx, payload.caseId, "nl");
      if (found)
        await port.postInThread({
          caseId: payload.caseId,
          channel: found.channel,
          text: t("nl", payload.notice.key, payload.notice.params),
        });
      return;
    }
    case "person.dm": {
      const person = await ctx.store.read.person(payload.personId);
      // Someone who left the region file gets no more notices (their open work went to the new contact).
      if (person && !person.active) return;
      const locale = asLocale(person?.locale);
      const found = payload.caseId ? await caseCard(ctx, payload.caseId, locale) : null;
      await port.sendDirect({
        personId: payload.personId,
        text: t(locale, payload.notice.key, payload.notice.params),
        ...(found ? { card: found.card, caseId: payload.caseId } : {}),
      });
      return;
    }
    case "coordinators.post": {
      const region = await ctx.store.read.region(payload.regionId);
      if (region)
        await port.postToChannel({
          channel: region.coordinatorsChannel,
          text: t("nl", payload.notice.key, payload.notice.params),
        });
      return;
    }
    case "digest.post": {
      const region = await ctx.store.read.region(payload.regionId);
      const card = renderDigestCard(payload.digest, "nl");
      if (region) await port.postToChannel({ channel: region.coordinatorsChannel, text: card.title, card });
      return;
    }
  }
}

export async function deliverOutbox({
  ctx,
  port,
  limit = 100,
}: {
  ctx: AppContext;
  port: ChatPort;
  limit?: number;
}): Promise<{ delivered: number; failed: number }> {
  const pending: PendingDelivery[] = await ctx.store.outbox.claimDeliveries(port.platform, ctx.clock.now(), limit);
  let delivered = 0;
  let failed = 0;
  for (const item of pending) {
    try {
      await deliver(ctx, port, item.payload);
      await ctx.store.outbox.markDelivered(item.deliveryId);
      delivered++;
    } catch (error) {
      failed++;
      await recordDeliveryFailure(ctx, port.platform, item, error);
    }
  }
  return { delivered, failed };
}
