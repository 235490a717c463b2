// The escalation ladder of one obligation: when each rung is due, and which rungs a sweep must fire now.
import type { WorkingCalendar } from "../calendar/working-calendar.ts";
import type { LadderRung } from "../flow/flow-schema.ts";
import { hasDeadline } from "../flow/no-deadline.ts";

/** The instant each rung becomes due, in ladder order; none for a step without a deadline (never escalated). */
export function rungTimes(dueAt: Date, ladder: readonly LadderRung[], calendar: WorkingCalendar): Date[] {
  if (!hasDeadline(dueAt)) return [];
  return ladder.map((rung) =>
    rung.afterWorkingDays === 0 ? dueAt : calendar.shiftWorkingDays(dueAt, rung.afterWorkingDays),
  );
}

/** Rung numbers (1-based) that are due at `now` and have not fired yet, oldest first. */
export function rungsDue(firedLevel: number, times: readonly Date[], now: Date): number[] {
  const due: number[] = [];
  for (let level = firedLevel + 1; level <= times.length; level++) {
    const at = times[level - 1];
    if (at && at.getTime() <= now.getTime()) due.push(level);
  }
  return due;
}

/** When the sweep must look at this obligation again, or null when the ladder is exhausted. */
export function nextActionAt(firedLevel: number, times: readonly Date[]): Date | null {
  return times[firedLevel] ?? null;
}
