// Parses an export period given as local dates (yyyy-mm-dd): from the start of `from` to the end of `to`.
// A bad period gets a Dutch sentence that says what is wrong (never a 500 or a query over centuries).
import { DateTime } from "luxon";
import { t, type Locale } from "../i18n/messages.ts";

const EARLIEST_YEAR = 2000;
const LATEST_YEAR = 2199;

export type ExportPeriod = { ok: true; from: Date; to: Date } | { ok: false; error: string };

function parseDay(value: string | undefined, zone: string): DateTime | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const day = DateTime.fromISO(value, { zone });
  return day.isValid && day.year >= EARLIEST_YEAR && day.year <= LATEST_YEAR ? day : null;
}

type Day = string | undefined;

export function exportPeriod(from: Day, to: Day, zone: string, locale: Locale = "nl"): ExportPeriod {
  const start = parseDay(from, zone);
  const end = parseDay(to, zone);
  if (!start || !end) {
    const invalid = !start ? (["from", from] as const) : (["to", to] as const);
    // The field as the page names it ("Van", "Tot"); an empty field is asked for, not called invalid.
    const name = t(locale, `digest.export.${invalid[0]}`);
    if (!invalid[1]?.trim()) return { ok: false, error: t(locale, "digest.export.missing_date", { name }) };
    const params = { name, value: invalid[1], earliest: EARLIEST_YEAR, latest: LATEST_YEAR };
    return { ok: false, error: t(locale, "digest.export.invalid_date", params) };
  }
  if (end < start) {
    return { ok: false, error: t(locale, "digest.export.reversed", { from: from ?? "", to: to ?? "" }) };
  }
  return {
    ok: true,
    from: start.startOf("day").toJSDate(),
    to: end.plus({ days: 1 }).startOf("day").toJSDate(),
  };
}
