// The real clock, and the console's simulated clock that people advance to watch deadlines pass.
import type { Clock } from "../app/ports.ts";
import type { WorkingCalendar } from "../domain/calendar/working-calendar.ts";

export const systemClock: Clock = { now: () => new Date() };

export class SimulatedClock implements Clock {
  private offsetMs = 0;
  constructor(
    private readonly base: Clock = systemClock,
    start?: Date,
  ) {
    if (start) this.offsetMs = start.getTime() - base.now().getTime();
  }
  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }
  advance({ hours = 0, workingDays = 0 }: { hours?: number; workingDays?: number }, calendar: WorkingCalendar): Date {
    const from = this.now();
    const shifted = workingDays > 0 ? calendar.shiftWorkingDays(from, workingDays) : from;
    this.offsetMs += shifted.getTime() - from.getTime() + hours * 3_600_000;
    return this.now();
  }
}
