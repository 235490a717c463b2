// Deadlines as people read them: "di 24 nov 17:00", in the region's time zone.
import { DateTime } from "luxon";
import type { WorkingCalendar } from "../../domain/calendar/working-calendar.ts";

export function formatDeadline(at: Date, calendar: WorkingCalendar, locale: "nl" | "en" = "nl"): string {
  return DateTime.fromJSDate(at, { zone: calendar.zone }).setLocale(locale === "en" ? "en-GB" : "nl").toFormat("ccc d LLL HH:mm");
}
