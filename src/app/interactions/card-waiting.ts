// After a report: did its case card reach the platform's channel? If not (queued for a retry, or a dead letter),
// the reporter's confirmation says so instead of "sent to the parties".
import { t, type Locale } from "../../i18n/messages.ts";
import type { AppContext } from "../context.ts";
import { platformName } from "../platform-names.ts";
import type { Platform } from "../ports.ts";
import type { InteractionResult } from "./result.ts";

const FAR_FUTURE = new Date("9999-12-31T00:00:00Z");

/**
 * Of these platforms, those where delivering the case's card failed (it waits for a retry) or was parked dead.
 * A card message not tried yet is a later refresh queued during the delivery (e.g. naming someone unreachable).
 */
async function waitingOn(ctx: AppContext, caseId: string, platforms: readonly Platform[]): Promise<Platform[]> {
  const isCard = (p: { kind: string; caseId?: string | null }) => p.kind === "case.card" && p.caseId === caseId;
  const dead = await ctx.store.outbox.deadLetters();
  const waiting: Platform[] = [];
  for (const platform of platforms) {
    const queued = await ctx.store.outbox.pendingDeliveries(platform, FAR_FUTURE, 1000);
    const stuck =
      queued.some((d) => d.attempts > 0 && isCard(d.payload as { kind: string; caseId?: string })) ||
      dead.some((d) => d.platform === platform && isCard(d));
    if (stuck) waiting.push(platform);
  }
  return waiting;
}

export interface ConfirmReportOptions {
  ctx: AppContext;
  result: InteractionResult;
  platform: Platform;
  locale: Locale;
}

/** The report's confirmation, told that the card could not be posted yet where that is so. */
export async function confirmReport({ ctx, result, platform, locale }: ConfirmReportOptions) {
  if (result.kind !== "done" || !result.caseRef) return result;
  const c = await ctx.store.read.caseByReference(result.caseRef);
  if (!c || (await waitingOn(ctx, c.id, [platform])).length === 0) return result;
  ctx.log.warn({ reference: c.reference, platform }, "report confirmed while its card could not be posted yet");
  return { ...result, text: t(locale, "notice.reported_card_waiting", { reference: c.reference }) };
}

/**
 * The console's confirmation: the console's own channel always has the card, so it names the chat platforms
 * (Slack, Teams) whose shared channel does not have it yet, where the parties would look for it.
 */
export async function confirmReportAcrossPlatforms({ ctx, result, locale }: Omit<ConfirmReportOptions, "platform">) {
  if (result.kind !== "done" || !result.caseRef) return result;
  const c = await ctx.store.read.caseByReference(result.caseRef);
  const chats = ctx.platforms.filter((p) => p !== "local");
  const waiting = c ? await waitingOn(ctx, c.id, chats) : [];
  if (!c || waiting.length === 0) return result;
  ctx.log.warn(
    { reference: c.reference, platforms: waiting },
    "report confirmed while its card could not be posted yet",
  );
  const platforms = waiting.map(platformName).join(", ");
  return { ...result, text: t(locale, "notice.reported_card_waiting_on", { reference: c.reference, platforms }) };
}
