// Days as people read them in absence messages and on the card: "vr 4 dec", in the region's time zone.
import { DateTime } from "luxon";
import { lastDayOf } from "../../domain/roster/absence-period.ts";
import type { WorkingCalendar } from "../../domain/calendar/working-calendar.ts";
import type { Locale } from "../../i18n/messages.ts";

export function formatDay(at: Date, calendar: WorkingCalendar, locale: Locale = "nl"): string {
  return DateTime.fromJSDate(at, { zone: calendar.zone })
    .setLocale(locale === "en" ? "en-GB" : "nl")
    .toFormat("ccc d LLL yyyy");
}

/** The first and last day of an absence, as text. */
export function absenceDays(a: { startsAt: Date; endsAt: Date }, calendar: WorkingCalendar, locale: Locale = "nl") {
  return {
    from: formatDay(a.startsAt, calendar, locale),
    until: formatDay(lastDayOf(a.endsAt, calendar.zone), calendar, locale),
  };
}
