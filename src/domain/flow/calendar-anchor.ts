// Calendar anchors: a deadline on a day of a calendar month counted from a date ("day 15 of the second month
// after the ruling", "end of month 2", "in month 3"). Pure: the base date and the working calendar come in.
import { DateTime } from "luxon";
import { z } from "zod";
import type { WorkingCalendar } from "../calendar/working-calendar.ts";

export const anchorDeadlineSchema = z.strictObject({
  /** The M-th calendar month after the month of the base date (1 = the next month, 0 = the same month). */
  month: z.number().int().min(0).max(120),
  /** Day N of that month (a day past its end becomes its last day) or `end`; without it: "in month M". */
  day: z.union([z.number().int().min(1).max(31), z.literal("end")]).optional(),
  /** The base date: the step's start or an entered date. */
  from: z
    .string()
    .regex(/^(start|date:[a-z][a-z0-9_]*)$/, 'use "start" or "date:<date id>"')
    .default("start"),
});
export type AnchorDeadline = z.infer<typeof anchorDeadlineSchema>;

export interface AnchorWindow {
  /** "In month M": the first day of that month (the window opens); null for a fixed day. */
  opensAt: Date | null;
  /** End of the working day the anchor lands on, moved to the next working day when needed. */
  dueAt: Date;
}

/** The deadline a calendar anchor gives, counted from `base`; a day before `base` (month 0) becomes `base`. */
export function anchorWindow(anchor: AnchorDeadline, base: Date, calendar: WorkingCalendar): AnchorWindow {
  const baseDay = DateTime.fromJSDate(base, { zone: calendar.zone }).startOf("day");
  const month = baseDay.startOf("month").plus({ months: anchor.month });
  const last = month.daysInMonth ?? 28;
  const dayNumber = anchor.day === undefined || anchor.day === "end" ? last : Math.min(anchor.day, last);
  const day = DateTime.max(month.set({ day: dayNumber }), baseDay).set({ hour: 12 });
  return {
    opensAt: anchor.day === undefined ? DateTime.max(month, baseDay).toJSDate() : null,
    dueAt: calendar.addWorkingDays(day.toJSDate(), 0),
  };
}
