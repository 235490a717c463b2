// Week boundaries in the region's time zone: a digest week runs from Monday 00:00 to the next Monday 00:00.
import { required } from "../required.ts";
import { DateTime } from "luxon";

export interface Week {
  start: Date;
  end: Date;
  year: number;
  number: number;
}

/** The ISO week (Monday to Monday, local time) that contains `at`. */
export function weekContaining(at: Date, zone: string): Week {
  const local = DateTime.fromJSDate(at, { zone }).startOf("week");
  return {
    start: local.toJSDate(),
    end: local.plus({ weeks: 1 }).toJSDate(),
    year: local.weekYear,
    number: local.weekNumber,
  };
}

/** The last week that has fully passed at `at`: on Monday 08:30 that is the week that ended at midnight. */
export function lastCompletedWeek(at: Date, zone: string): Week {
  const current = weekContaining(at, zone);
  return weekBefore(current, zone);
}

export function weekBefore(week: Week, zone: string): Week {
  return weekContaining(DateTime.fromJSDate(week.start, { zone }).minus({ days: 3 }).toJSDate(), zone);
}

/** The `count` weeks ending with `last`, oldest first (the trend's points). */
export function weeksUpTo(last: Week, count: number, zone: string): Week[] {
  const weeks = [last];
  while (weeks.length < count) weeks.unshift(weekBefore(required(weeks[0], "the earliest week"), zone));
  return weeks;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
