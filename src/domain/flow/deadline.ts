// Turns a flow duration ("2 working days", "3 months") into a deadline instant.
import { DateTime } from "luxon";
import type { WorkingCalendar } from "../calendar/working-calendar.ts";
import { anchorWindow } from "./calendar-anchor.ts";
import type { Deadline, Duration, StepDeadline } from "./flow-schema.ts";
import { NO_DEADLINE } from "./no-deadline.ts";

export function computeDeadline(start: Date, duration: Duration, calendar: WorkingCalendar): Date {
  if (duration.unit === "workingDays") return calendar.addWorkingDays(start, duration.amount);
  const local = DateTime.fromJSDate(start, { zone: calendar.zone });
  const plus =
    duration.unit === "calendarDays"
      ? { days: duration.amount }
      : duration.unit === "weeks"
        ? { weeks: duration.amount }
        : { months: duration.amount };
  // A calendar deadline that lands on a weekend or holiday moves to the end of the next working day.
  return calendar.addWorkingDays(local.plus(plus).toJSDate(), 0);
}

/** The entered date a deadline counts from ("date:ruling" gives "ruling"), or null when it counts from the start. */
export function deadlineDateKey(deadline: StepDeadline): string | null {
  if (deadline === "none") return null;
  return deadline.from.startsWith("date:") ? deadline.from.slice(5) : null;
}

/**
 * A step's deadline: from its start, or from an entered date ("10 working days after the ruling",
 * "5 working days before the eviction date", "end of the second month after the ruling"), or none.
 * Without that date yet, it counts from the start.
 */
export function stepDeadline(
  deadline: StepDeadline,
  start: Date,
  dates: ReadonlyMap<string, Date>,
  calendar: WorkingCalendar,
): { dueAt: Date; awaitingDate: string | null } {
  if (deadline === "none") return { dueAt: NO_DEADLINE, awaitingDate: null };
  const dateKey = deadlineDateKey(deadline);
  const anchor = dateKey ? dates.get(dateKey) : undefined;
  const awaitingDate = dateKey && !anchor ? dateKey : null;
  if ("month" in deadline) return { dueAt: anchorWindow(deadline, anchor ?? start, calendar).dueAt, awaitingDate };
  return { dueAt: durationDeadline(deadline, anchor, start, calendar), awaitingDate };
}

/** "In month M" (an anchor without a day): the first day the step's window is open, as a local date; else null. */
export function stepOpensOn(
  deadline: StepDeadline,
  start: Date,
  dates: ReadonlyMap<string, Date>,
  calendar: WorkingCalendar,
): string | null {
  if (deadline === "none" || !("month" in deadline) || deadline.day !== undefined) return null;
  const dateKey = deadlineDateKey(deadline);
  const opensAt = anchorWindow(deadline, (dateKey ? dates.get(dateKey) : undefined) ?? start, calendar).opensAt;
  return opensAt ? DateTime.fromJSDate(opensAt, { zone: calendar.zone }).toISODate() : null;
}

function durationDeadline(deadline: Deadline, anchor: Date | undefined, start: Date, calendar: WorkingCalendar): Date {
  if (anchor && deadline.before) {
    const day =
      deadline.unit === "workingDays"
        ? calendar.startOfWorkingDayBefore(anchor, deadline.amount)
        : DateTime.fromJSDate(anchor, { zone: calendar.zone })
            .minus({ [deadline.unit === "calendarDays" ? "days" : deadline.unit]: deadline.amount })
            .toJSDate();
    return calendar.addWorkingDays(day, 0);
  }
  return computeDeadline(anchor ?? start, deadline, calendar);
}

/** Evaluation moments of a trial period: `firstYear` evenly spread over 12 months, then every `thereafter` until the end. */
export function evaluationMoments(
  start: Date,
  end: Date,
  firstYear: number,
  thereafter: Duration | undefined,
  calendar: WorkingCalendar,
): Date[] {
  const base = DateTime.fromJSDate(start, { zone: calendar.zone });
  const moments: Date[] = [];
  const months = 12 / firstYear;
  for (let k = 1; k <= firstYear; k++) {
    const at = Number.isInteger(months)
      ? base.plus({ months: months * k })
      : base.plus({ days: Math.round((365 * k) / firstYear) });
    moments.push(calendar.addWorkingDays(at.toJSDate(), 0));
  }
  if (thereafter && thereafter.amount > 0) {
    const unit = thereafter.unit === "workingDays" || thereafter.unit === "calendarDays" ? "days" : thereafter.unit;
    for (
      let at = base.plus({ years: 1 }).plus({ [unit]: thereafter.amount });
      at.toJSDate() <= end;
      at = at.plus({ [unit]: thereafter.amount })
    ) {
      moments.push(calendar.addWorkingDays(at.toJSDate(), 0));
    }
  }
  return moments;
}
