// The case card as it is now, as an Adaptive Card: the answer to every case button and to a card refresh.
import type { AppContext } from "../../app/context.ts";
import { formatDeadline } from "../../app/case/format-deadline.ts";
import { loadCaseSummary } from "../../app/load-case-summary.ts";
import type { Locale } from "../../i18n/messages.ts";
import { renderCaseCard, type CardAudience } from "../../ui/case-card.ts";
import type { AdaptiveCard } from "./adaptive-card.ts";
import { renderCaseCardTeams } from "./render-card-teams.ts";

export async function currentCaseCard(
  ctx: AppContext,
  caseId: string,
  locale: Locale,
  audience: CardAudience,
): Promise<AdaptiveCard | null> {
  const summary = await loadCaseSummary(ctx, ctx.store.read, caseId);
  if (!summary) return null;
  const formatDate = (d: Date) => formatDeadline(d, ctx.calendar, locale);
  const card = renderCaseCard(summary, { locale, formatDate, audience });
  return renderCaseCardTeams(card, caseId);
}
