// The case card as it is now, as an Adaptive Card: the answer to every case button and to a card refresh. For a
// known viewer it carries only the buttons that apply to them; it always names who Teams refreshes it for.
import type { AppContext } from "../../app/context.ts";
import { formatDeadline } from "../../app/case/format-deadline.ts";
import { loadCaseSummary } from "../../app/load-case-summary.ts";
import { loadPressableActions } from "../../app/load-pressable-actions.ts";
import type { Locale } from "../../i18n/messages.ts";
import type { Card } from "../../ui/card.ts";
import { renderCaseCard, type CardAudience } from "../../ui/case-card.ts";
import type { AdaptiveCard } from "./adaptive-card.ts";
import { refreshUserIds } from "./refresh-audience.ts";
import { renderCaseCardTeams } from "./render-card-teams.ts";

async function forViewer(ctx: AppContext, card: Card, caseId: string, viewerId?: string): Promise<Card> {
  if (!viewerId) return card;
  const allowed = await loadPressableActions(ctx, caseId, viewerId);
  return allowed ? { ...card, actions: card.actions.filter((a) => allowed.has(a.id)) } : card;
}

export async function currentCaseCard(
  ctx: AppContext,
  caseId: string,
  locale: Locale,
  audience: CardAudience,
  viewerId?: string,
): Promise<AdaptiveCard | null> {
  const summary = await loadCaseSummary(ctx, ctx.store.read, caseId);
  if (!summary) return null;
  const formatDate = (d: Date) => formatDeadline(d, ctx.calendar, locale);
  const card = renderCaseCard(summary, { locale, formatDate, audience });
  return renderCaseCardTeams(await forViewer(ctx, card, caseId, viewerId), caseId, await refreshUserIds(ctx, caseId));
}
