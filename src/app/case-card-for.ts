// The case card as the outbox sends it: the channel's copy (only what the flow lets the channel see), and a
// person's own copy (the parties' card for someone on the case, only the buttons that person can use now).
import { renderCaseCard } from "../ui/case-card.ts";
import type { Card } from "../ui/card.ts";
import { asLocale } from "../i18n/messages.ts";
import { cardAudienceFor } from "./case/card-audience.ts";
import { caseChannelOf } from "./case/case-channel.ts";
import { formatDeadline } from "./case/format-deadline.ts";
import type { AppContext } from "./context.ts";
import { loadCaseSummary } from "./load-case-summary.ts";
import { loadPressableActions } from "./load-pressable-actions.ts";
import { summaryForViewer } from "./case/viewer-outcome.ts";

/** The shared channel's card, the channel it goes to (the municipality's own or the region's), and whether the
 *  flow is private (then no channel gets it). */
export async function channelCaseCard(
  ctx: AppContext,
  caseId: string,
  locale: "nl" | "en",
): Promise<{ card: Card; channel: string; isPrivate: boolean } | null> {
  const summary = await loadCaseSummary(ctx, ctx.store.read, caseId);
  if (!summary) return null;
  const region = await ctx.store.read.region(summary.regionId);
  const formatDate = (d: Date) => formatDeadline(d, ctx.calendar, locale);
  const card = renderCaseCard(summary, { locale, formatDate, audience: "channel" });
  const channel = region ? caseChannelOf(region, summary.municipalityId) : "";
  return { card, channel, isPrivate: summary.channelCard.private };
}

/** The copy in one person's private chat, in their language, as they may see it, with only their buttons. */
export async function personalCaseCard(ctx: AppContext, caseId: string, personId: string): Promise<Card | null> {
  const person = await ctx.store.read.person(personId);
  const c = await ctx.store.read.case(caseId);
  const summary = c ? await loadCaseSummary(ctx, ctx.store.read, caseId) : null;
  if (!c || !summary) return null;
  const locale = asLocale(person?.locale);
  const audience = await cardAudienceFor(ctx, ctx.store.read, c, personId);
  const formatDate = (d: Date) => formatDeadline(d, ctx.calendar, locale);
  // A party the flow shows the full closing outcome to reads it on its own card; the channel keeps the coarse code.
  const own = await summaryForViewer(ctx, ctx.store.read, c, summary, personId);
  const card = renderCaseCard(own, { locale, formatDate, audience });
  const allowed = await loadPressableActions(ctx, caseId, personId);
  return allowed ? { ...card, actions: card.actions.filter((a) => allowed.has(a.id)) } : card;
}
