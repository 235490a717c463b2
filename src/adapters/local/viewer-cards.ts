// The console shows each person their own copy of a case card: only the buttons they can use now. A card in a DM
// is the case as it is now, as its owner may see it (the parties' card, the channel's for someone not on the case).
import { summaryForViewer } from "../../app/case/viewer-outcome.ts";
import { cardAudienceFor } from "../../app/case/card-audience.ts";
import { formatDeadline } from "../../app/case/format-deadline.ts";
import type { AppContext } from "../../app/context.ts";
import { loadCaseSummary } from "../../app/load-case-summary.ts";
import { loadPressableActions } from "../../app/load-pressable-actions.ts";
import { asLocale } from "../../i18n/messages.ts";
import type { Card } from "../../ui/card.ts";
import { renderCaseCard } from "../../ui/case-card.ts";
import type { ConsoleMessage } from "./console-messages.ts";

/** The current card of a case for the owner of a DM channel. */
async function dmCard(ctx: AppContext, caseId: string, ownerId: string): Promise<Card | null> {
  const c = await ctx.store.read.case(caseId);
  const summary = c ? await loadCaseSummary(ctx, ctx.store.read, caseId) : null;
  if (!c || !summary) return null;
  const locale = asLocale((await ctx.store.read.person(ownerId))?.locale);
  const audience = await cardAudienceFor(ctx, ctx.store.read, c, ownerId);
  const own = await summaryForViewer(ctx, ctx.store.read, c, summary, ownerId);
  return renderCaseCard(own, { locale, formatDate: (d) => formatDeadline(d, ctx.calendar, locale), audience });
}

/**
 * A card per message for `personId` (cached per case for one request); without a person, buttons stay generic.
 * `dmOwner`: the person whose DM channel is listed; their case cards are rendered for them.
 */
export function viewerCards(
  ctx: AppContext,
  personId: string | undefined,
  dmOwner?: string,
): (m: ConsoleMessage) => Promise<Card | null> {
  const byCase = new Map<string, Promise<Set<string> | null>>();
  const cards = new Map<string, Promise<Card | null>>();
  return async (m) => {
    if (!m.card || !m.caseId) return m.card;
    const caseId = m.caseId;
    if (dmOwner && !cards.has(caseId)) cards.set(caseId, dmCard(ctx, caseId, dmOwner));
    const card = (dmOwner ? await cards.get(caseId) : null) ?? m.card;
    if (!personId) return card;
    if (!byCase.has(caseId)) byCase.set(caseId, loadPressableActions(ctx, caseId, personId));
    const allowed = await byCase.get(caseId);
    return allowed ? { ...card, actions: card.actions.filter((a) => allowed.has(a.id)) } : card;
  };
}
