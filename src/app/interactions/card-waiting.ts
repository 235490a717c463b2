// After a report: did its case card reach the platform's channel? If not (queued for a retry, or a dead letter),
// the reporter's confirmation says so instead of "sent to the parties".
import { t, type Locale } from "../../i18n/messages.ts";
import type { AppContext } from "../context.ts";
import type { Platform } from "../ports.ts";
import type { InteractionResult } from "./result.ts";

const FAR_FUTURE = new Date("9999-12-31T00:00:00Z");

async function cardWaiting(ctx: AppContext, caseId: string, platform: Platform): Promise<boolean> {
  const isCard = (p: { kind: string; caseId?: string | null }) => p.kind === "case.card" && p.caseId === caseId;
  const queued = await ctx.store.outbox.pendingDeliveries(platform, FAR_FUTURE, 1000);
  if (queued.some((d) => isCard(d.payload as { kind: string; caseId?: string }))) return true;
  return (await ctx.store.outbox.deadLetters()).some((d) => d.platform === platform && isCard(d));
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
  if (!c || !(await cardWaiting(ctx, c.id, platform))) return result;
  ctx.log.warn({ reference: c.reference, platform }, "report confirmed while its card could not be posted yet");
  return { ...result, text: t(locale, "notice.reported_card_waiting", { reference: c.reference }) };
}
