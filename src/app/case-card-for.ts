// The case card as the outbox sends it: the channel's copy, and a person's own copy (only the buttons that
// person can use now), each rendered from the case's current state.
import { renderCaseCard } from "../ui/case-card.ts";
import type { Card } from "../ui/card.ts";
import { asLocale } from "../i18n/messages.ts";
import { formatDeadline } from "./case/format-deadline.ts";
import type { AppContext } from "./context.ts";
import { loadCaseSummary } from "./load-case-summary.ts";
import { loadPressableActions } from "./load-pressable-actions.ts";

export async function channelCaseCard(
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

/** The copy in one person's private chat, in their language, with only the buttons that apply to them. */
export async function personalCaseCard(ctx: AppContext, caseId: string, personId: string): Promise<Card | null> {
  const person = await ctx.store.read.person(personId);
  const found = await channelCaseCard(ctx, caseId, asLocale(person?.locale));
  if (!found) return null;
  const allowed = await loadPressableActions(ctx, caseId, personId);
  return allowed ? { ...found.card, actions: found.card.actions.filter((a) => allowed.has(a.id)) } : found.card;
}
