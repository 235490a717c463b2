// An action shown at an earlier revision of the case: refused politely, with the case's current card.
import { t, type Locale } from "../../i18n/messages.ts";
import { renderCaseCard } from "../../ui/case-card.ts";
import { formatDeadline } from "../case/format-deadline.ts";
import { cardAudienceFor } from "../case/card-audience.ts";
import { notifierFor } from "../case/notify.ts";
import type { AppContext } from "../context.ts";
import type { CaseRecord } from "../ports.ts";
import { loadCaseSummary } from "../load-case-summary.ts";
import type { InteractionResult } from "./result.ts";

export async function staleCaseResult(
  ctx: AppContext,
  c: CaseRecord,
  o: { shownAt: number; personId: string },
  locale: Locale,
) {
  const { shownAt } = o;
  const logged = { reference: c.reference, shownAt, revision: c.revision };
  ctx.log.info(logged, "action refused: the case changed since it was shown");
  // The person saw an old card: bring the posted cards up to date too.
  await ctx.store.transaction((tx) => notifierFor(ctx, tx, c, ctx.clock.now()).card());
  const summary = await loadCaseSummary(ctx, ctx.store.read, c.id);
  const formatDate = (d: Date) => formatDeadline(d, ctx.calendar, locale);
  const audience = await cardAudienceFor(ctx, ctx.store.read, c, o.personId);
  const card = summary ? { card: renderCaseCard(summary, { locale, formatDate, audience }) } : {};
  const error = t(locale, "error.case_changed", { reference: c.reference });
  const result: InteractionResult = { kind: "error", code: "stale", error, ...card };
  return result;
}
