// Deadlines as people read them: "di 24 nov 17:00", in the region's time zone, or "geen termijn".
import { DateTime } from "luxon";
import type { WorkingCalendar } from "../../domain/calendar/working-calendar.ts";
import { hasDeadline } from "../../domain/flow/no-deadline.ts";
import { t } from "../../i18n/messages.ts";

/** A step without a deadline reads "geen termijn". */
export function formatDeadline(at: Date, calendar: WorkingCalendar, locale: "nl" | "en" = "nl"): string {
  if (!hasDeadline(at)) return t(locale, "deadline.none");
  return DateTime.fromJSDate(at, { zone: calendar.zone })
    .setLocale(locale === "en" ? "en-GB" : "nl")
    .toFormat("ccc d LLL HH:mm");
}
