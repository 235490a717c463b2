// Turns a flow duration ("2 working days", "3 months") into a deadline instant.
import { DateTime } from "luxon";
import type { WorkingCalendar } from "../calendar/working-calendar.ts";
import type { Duration } from "./flow-schema.ts";

export function computeDeadline(start: Date, duration: Duration, calendar: WorkingCalendar): Date {
  if (duration.unit === "workingDays") return calendar.addWorkingDays(start, duration.amount);
  const local = DateTime.fromJSDate(start, { zone: calendar.zone });
  const plus =
    duration.unit === "calendarDays" ? { days: duration.amount }
    : duration.unit === "weeks" ? { weeks: duration.amount }
    : { months: duration.amount };
  // A calendar deadline that lands on a weekend or holiday moves to the end of the next working day.
  return calendar.addWorkingDays(local.plus(plus).toJSDate(), 0);
}
