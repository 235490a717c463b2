// How many working days lie after the day of `from` up to and including the day of `to` (a pause's length, the
// countdown to an entered date). Pure: the calendar decides what a working day is.
import { DateTime } from "luxon";
import type { WorkingCalendar } from "./working-calendar.ts";

export function workingDaysBetween(calendar: WorkingCalendar, from: Date, to: Date): number {
  let days = 0;
  let day = DateTime.fromJSDate(from, { zone: calendar.zone }).startOf("day").plus({ days: 1 });
  const end = DateTime.fromJSDate(to, { zone: calendar.zone }).startOf("day");
  for (; day <= end; day = day.plus({ days: 1 })) if (calendar.isWorkingDay(day.set({ hour: 12 }).toJSDate())) days++;
  return days;
}
