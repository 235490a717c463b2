// When a job runs, as data: an interval, a daily time or a weekly day and time (Europe/Amsterdam).
// Gives the cron pattern for node-cron and the latest tick at a moment, which names a run in JobRun.
// No job runs between 02:00 and 03:00: that hour is skipped or doubled when daylight saving time changes.
import { DateTime } from "luxon";

export type Schedule =
  | { kind: "interval"; seconds: number }
  | { kind: "daily"; time: string }
  /** weekday: 1 = Monday … 7 = Sunday. */
  | { kind: "weekly"; weekday: number; time: string };

const QUIET_HOUR = 2;
const hm = (time: string) => {
  const [hour, minute] = time.split(":").map(Number);
  if (hour === undefined || minute === undefined || Number.isNaN(hour) || Number.isNaN(minute))
    throw new Error(`invalid time "${time}" (use HH:mm)`);
  if (hour === QUIET_HOUR)
    throw new Error(`no job may run between 02:00 and 03:00 (daylight saving time changes); got ${time}`);
  return { hour, minute };
};

/** The interval rounded to one cron can express evenly within the hour (a divisor of 60 seconds or minutes). */
export function effectiveIntervalSeconds(seconds: number): number {
  const divisors = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60];
  if (seconds < 60) return [...divisors].reverse().find((d) => d <= seconds) ?? 1;
  const minutes = Math.round(seconds / 60);
  return ([...divisors].reverse().find((d) => d <= minutes) ?? 1) * 60;
}

export function cronExpression(schedule: Schedule): string {
  const hours = "0-1,3-23";
  if (schedule.kind === "interval") {
    const s = effectiveIntervalSeconds(schedule.seconds);
    if (s < 60) return `*/${s} * ${hours} * * *`;
    return s === 3600 ? `0 0 ${hours} * * *` : `0 */${s / 60} ${hours} * * *`;
  }
  const { hour, minute } = hm(schedule.time);
  return schedule.kind === "daily" ? `0 ${minute} ${hour} * * *` : `0 ${minute} ${hour} * * ${schedule.weekday % 7}`;
}

export const inQuietHour = (at: Date, zone: string) => DateTime.fromJSDate(at, { zone }).hour === QUIET_HOUR;

/** The most recent scheduled moment at or before `now`, or null inside the quiet hour (interval jobs). */
export function latestTick(schedule: Schedule, now: Date, zone: string): Date | null {
  if (schedule.kind === "interval") {
    const ms = effectiveIntervalSeconds(schedule.seconds) * 1000;
    const tick = new Date(Math.floor(now.getTime() / ms) * ms);
    return inQuietHour(tick, zone) ? null : tick;
  }
  const { hour, minute } = hm(schedule.time);
  const local = DateTime.fromJSDate(now, { zone });
  let tick = local.set({ hour, minute, second: 0, millisecond: 0 });
  if (schedule.kind === "weekly") tick = tick.set({ weekday: schedule.weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7 });
  const step = schedule.kind === "daily" ? { days: 1 } : { weeks: 1 };
  while (tick > local) tick = tick.minus(step);
  return tick.toJSDate();
}
