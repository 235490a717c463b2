// When the evaluation moments of a trial fall: `firstYear` moments spread over the first year (then every
// `thereafter`), or a declared interval (`every: { amount: 2, unit: weeks }`) for `count` moments, never past
// the step's deadline. Every moment lands on a working day.
import { DateTime } from "luxon";
import type { WorkingCalendar } from "../calendar/working-calendar.ts";
import { evaluationMoments } from "./deadline.ts";
import type { Duration } from "./flow-schema.ts";
import { hasDeadline } from "./no-deadline.ts";

export interface EvaluationPlan {
  firstYear?: number | undefined;
  thereafter?: Duration | undefined;
  every?: Duration | undefined;
  count?: number | undefined;
}

/** A safety limit: a schedule never plans more moments than this at once. */
export const MAX_EVALUATION_MOMENTS = 500;

/** `start` moved on by `k` times `interval` (counted from the start each time, so month ends do not drift). */
export function afterIntervals(start: Date, interval: Duration, k: number, calendar: WorkingCalendar): Date {
  if (interval.unit === "workingDays") return calendar.addWorkingDays(start, interval.amount * k);
  const unit = interval.unit === "calendarDays" ? "days" : interval.unit;
  const at = DateTime.fromJSDate(start, { zone: calendar.zone }).plus({ [unit]: interval.amount * k });
  return at.toJSDate();
}

/** The moments of an evaluation step that starts at `start` and whose trial ends at `end`. */
export function evaluationSchedule(start: Date, end: Date, plan: EvaluationPlan, calendar: WorkingCalendar): Date[] {
  if (plan.firstYear !== undefined) return evaluationMoments(start, end, plan.firstYear, plan.thereafter, calendar);
  const every = plan.every;
  if (!every || every.amount <= 0) return [];
  const limit = Math.min(plan.count ?? MAX_EVALUATION_MOMENTS, MAX_EVALUATION_MOMENTS);
  const moments: Date[] = [];
  for (let k = 1; k <= limit; k++) {
    const at = afterIntervals(start, every, k, calendar);
    if (hasDeadline(end) && at > end) break;
    moments.push(calendar.addWorkingDays(at, 0));
  }
  return moments;
}

/** When an evaluation moment can first be recorded: the start of the working day `before` ahead of it. */
export function evaluationWindowOpens(moment: Date, before: Duration, calendar: WorkingCalendar): Date {
  if (before.unit === "workingDays") return calendar.startOfWorkingDayBefore(moment, before.amount);
  const unit = before.unit === "calendarDays" ? "days" : before.unit;
  const day = DateTime.fromJSDate(moment, { zone: calendar.zone }).minus({ [unit]: before.amount });
  return calendar.startOfWorkingDayBefore(day.toJSDate(), 0);
}
