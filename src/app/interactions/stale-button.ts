// A button on a shared card that no longer applies (already confirmed, nothing left to choose) is not an
// error: the person gets a polite sentence and the case's current card, and nothing changes.
import { t, type Locale, type MessageKey } from "../../i18n/messages.ts";
import { renderCaseCard } from "../../ui/case-card.ts";
import type { Actor, AppContext } from "../context.ts";
import { isAppError } from "../errors.ts";
import { formatDeadline } from "../case/format-deadline.ts";
import { loadCaseSummary } from "../load-case-summary.ts";
import { cardAudienceFor } from "../case/card-audience.ts";
import type { InteractionResult } from "./result.ts";

const STALE: MessageKey[] = ["error.nothing_to_acknowledge", "error.unknown_action"];

export async function staleButtonAnswer(
  o: { ctx: AppContext; actor: Actor; actionId: string; caseId: string },
  error: unknown,
  locale: Locale,
): Promise<InteractionResult | null> {
  if (!isAppError(error) || error.fieldErrors || !STALE.includes(error.messageKey)) return null;
  const summary = await loadCaseSummary(o.ctx, o.ctx.store.read, o.caseId);
  if (!summary) return null;
  const logged = { actionId: o.actionId, reference: summary.reference, personId: o.actor.personId };
  o.ctx.log.info(logged, "stale button answered with the current card");
  const c = await o.ctx.store.read.case(o.caseId);
  const audience = c ? await cardAudienceFor(o.ctx, o.ctx.store.read, c, o.actor.personId) : "channel";
  const formatDate = (d: Date) => formatDeadline(d, o.ctx.calendar, locale);
  const card = renderCaseCard(summary, { locale, formatDate, audience });
  const text = t(locale, "notice.no_longer_applies", { reason: t(locale, error.messageKey, error.params) });
  return { kind: "message", message: { text, card } };
}
