// Deadlines as people read them: "di 24 nov 17:00", in the region's time zone, or "geen termijn".
import { DateTime } from "luxon";
import type { WorkingCalendar } from "../../domain/calendar/working-calendar.ts";
import { hasDeadline } from "../../domain/flow/no-deadline.ts";
import { t } from "../../i18n/messages.ts";

/** Formatted deadlines by zone, locale and instant: deadlines cluster at the end of working days (a sweep formats
 * the same few instants for every rung), and luxon's formatting is slow. Bounded: cleared when it grows large. */
const formatted = new Map<string, string>();

/** A step without a deadline reads "geen termijn". */
export function formatDeadline(at: Date, calendar: WorkingCalendar, locale: "nl" | "en" = "nl"): string {
  if (!hasDeadline(at)) return t(locale, "deadline.none");
  const key = `${calendar.zone}|${locale}|${at.getTime()}`;
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size >= 10_000) formatted.clear();
    // The locale as an option, not setLocale(): that clones the DateTime and costs four times as much.
    text = DateTime.fromMillis(at.getTime(), {
      zone: calendar.zone,
      locale: locale === "en" ? "en-GB" : "nl",
    }).toFormat("ccc d LLL HH:mm");
    formatted.set(key, text);
  }
  return text;
}
