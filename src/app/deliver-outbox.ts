// Use-case: deliver queued messages to one platform. A failed delivery is retried with backoff (or when
// the platform says so); a case is never lost because a platform was down, its card is just posted later.
import { asLocale, t } from "../i18n/messages.ts";
import { cardToText } from "../ui/card-text.ts";
import { renderDigestCard } from "../ui/digest-card.ts";
import type { ChatPort } from "./chat-port.ts";
import { recordDeliveryFailure } from "./delivery-failure.ts";
import type { AppContext } from "./context.ts";
import { channelCaseCard, personalCaseCard } from "./case-card-for.ts";
import type { OutboxPayload, PendingDelivery } from "./ports.ts";
import { externalChatCard } from "./external/external-chat-card.ts";

export { backoffSeconds } from "./delivery-failure.ts";

async function deliver(ctx: AppContext, port: ChatPort, payload: OutboxPayload): Promise<void> {
  switch (payload.kind) {
    case "case.card": {
      const found = await channelCaseCard(ctx, payload.caseId, "nl");
      if (!found) return;
      // A private flow has no channel card: its parties hear everything by direct message.
      if (!found.isPrivate)
        await port.upsertCaseCard({
          caseId: payload.caseId,
          channel: found.channel,
          text: cardToText(found.card),
          card: found.card,
        });
      // Every copy in people's private chats follows, each with that person's own buttons.
      await port.refreshDirectCards?.({
        caseId: payload.caseId,
        cardFor: (personId) => personalCaseCard(ctx, payload.caseId, personId),
      });
      return;
    }
    case "case.thread": {
      const found = await channelCaseCard(ctx, payload.caseId, "nl");
      if (found && !found.isPrivate)
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
      const card = payload.caseId ? await personalCaseCard(ctx, payload.caseId, payload.personId) : null;
      await port.sendDirect({
        personId: payload.personId,
        text: t(locale, payload.notice.key, payload.notice.params),
        ...(card ? { card, caseId: payload.caseId } : {}),
        ...(payload.notice.alert ? { alert: payload.notice.alert } : {}),
      });
      return;
    }
    case "external.dm": {
      if (!port.sendExternal) return;
      const own = await externalChatCard(ctx, ctx.store.read, payload.actorId);
      const text = t("nl", payload.notice.key, payload.notice.params);
      await port.sendExternal({
        actorId: payload.actorId,
        caseId: payload.caseId,
        text,
        ...(own ? { card: own.card } : {}),
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
