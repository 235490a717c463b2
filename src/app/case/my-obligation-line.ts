// One line of "your open tasks" (/schakel mijn, the Slack home tab): the deadline, or "geen termijn".
import { hasDeadline } from "../../domain/flow/no-deadline.ts";
import { type Locale, t } from "../../i18n/messages.ts";
import type { AppContext } from "../context.ts";
import type { MyObligation } from "../list-my-obligations.ts";
import { formatDeadline } from "./format-deadline.ts";

export function myObligationLine(ctx: AppContext, o: MyObligation, locale: Locale): string {
  const base = { reference: o.reference, step: o.step, organisation: o.organisation };
  if (!hasDeadline(o.dueAt)) return t(locale, "cmd.mine.line_no_deadline", base);
  return t(locale, "cmd.mine.line", {
    ...base,
    deadline: formatDeadline(o.dueAt, ctx.calendar, locale),
    overdue: o.overdue ? t(locale, "cmd.mine.overdue") : "",
  });
}
