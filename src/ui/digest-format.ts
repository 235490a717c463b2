// Shared formatting of digest values for people: durations, changes, dates and labels of steps and parties.
import { DateTime } from "luxon";
import type { DigestReport } from "../domain/digest/digest-types.ts";
import { t, type Locale } from "../i18n/messages.ts";

export function formatChange(change: number | null): string {
  if (change === null) return "–";
  if (change === 0) return "±0";
  return change > 0 ? `+${change}` : `−${Math.abs(change)}`;
}

export const diff = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : Math.round((a - b) * 10) / 10;

export function formatDuration(hours: number | null, locale: Locale): string {
  if (hours === null) return t(locale, "digest.unknown");
  const decimal = (n: number) => (locale === "nl" ? String(n).replace(".", ",") : String(n));
  return hours < 48
    ? t(locale, "digest.hours", { n: decimal(Math.round(hours * 10) / 10) })
    : t(locale, "digest.days", { n: decimal(Math.round((hours / 24) * 10) / 10) });
}

export function formatDay(iso: string, zone: string, locale: Locale, withYear = false): string {
  return DateTime.fromISO(iso, { zone })
    .setLocale(locale)
    .toFormat(withYear ? "d LLL yyyy" : "d LLL");
}

/** The last day of a week (its end is the next Monday 00:00). */
export const lastDayOf = (endIso: string, zone: string): string =>
  DateTime.fromISO(endIso, { zone }).minus({ days: 1 }).toISO() ?? endIso;

export function stepLabel(report: DigestReport, flowId: string, stepId: string, locale: Locale): string {
  const [base, moment] = stepId.split("#");
  const label = report.labels.steps[flowId]?.[base ?? ""] ?? stepId;
  return moment ? `${label} (${t(locale, "digest.evaluation", { number: moment })})` : label;
}

export const partyLabel = (report: DigestReport, partyId: string) => report.labels.parties[partyId] ?? partyId;
export const organisationLabel = (report: DigestReport, id: string) => report.labels.organisations[id] ?? id;

/** A list shortened to `max` items, with "and n more". */
export function shortList(items: string[], locale: Locale, max = 5): string {
  if (items.length === 0) return t(locale, "digest.none");
  const shown = items.slice(0, max).join(", ");
  return items.length > max ? `${shown} ${t(locale, "digest.more", { count: items.length - max })}` : shown;
}
