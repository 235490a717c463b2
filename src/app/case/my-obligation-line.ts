// One line of "your open tasks" (/schakel mijn, the Slack home tab): the deadline with its year, or "geen termijn".
import { hasDeadline } from "../../domain/flow/no-deadline.ts";
import { type Locale, t } from "../../i18n/messages.ts";
import type { AppContext } from "../context.ts";
import type { MyObligation } from "../list-my-obligations.ts";
import { formatMoment } from "../../ui/details-view.ts";

export function myObligationLine(ctx: AppContext, o: MyObligation, locale: Locale): string {
  // A numbered moment reads "Proefperiode met evaluaties (evaluatie 2)", never the internal "evaluation#2".
  const step = o.moment ? `${o.step} (${t(locale, "digest.evaluation", { number: o.moment }).toLowerCase()})` : o.step;
  const base = { reference: o.reference, step, organisation: o.organisation };
  if (!hasDeadline(o.dueAt)) return t(locale, "cmd.mine.line_no_deadline", base);
  return t(locale, "cmd.mine.line", {
    ...base,
    deadline: formatMoment(o.dueAt, ctx.calendar.zone, locale),
    overdue: o.overdue ? t(locale, "cmd.mine.overdue") : "",
  });
}
