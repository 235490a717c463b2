// An absence period as people type it ("1-12-2026 4-12-2026", both days included), checked and turned into
// the instants it covers in the region's time zone. Pure: "today" comes in as an argument.
import { DateTime } from "luxon";

export type PeriodProblem = "end_before_start" | "in_past" | "too_long";
export type AbsencePeriodResult = { ok: true; startsAt: Date; endsAt: Date } | { ok: false; problem: PeriodProblem };

const DUTCH = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** "4-12-2026", "04-12-2026" or "2026-12-04" as the local date "2026-12-04"; null when it is no real date. */
export function parseDutchDate(text: string): string | null {
  const value = text.trim();
  const dutch = DUTCH.exec(value);
  const iso = dutch ? null : ISO.exec(value);
  const parts = dutch
    ? { year: dutch[3], month: dutch[2], day: dutch[1] }
    : iso
      ? { year: iso[1], month: iso[2], day: iso[3] }
      : null;
  if (!parts) return null;
  const date = DateTime.fromObject(
    { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) },
    { zone: "UTC" },
  );
  return date.isValid ? date.toISODate() : null;
}

/** Checks a period of whole local days (`to` included) against today, and gives the instants it covers. */
export function absencePeriod(from: string, to: string, today: string, zone: string): AbsencePeriodResult {
  const start = DateTime.fromISO(from, { zone }).startOf("day");
  const last = DateTime.fromISO(to, { zone }).startOf("day");
  if (last < start) return { ok: false, problem: "end_before_start" };
  if (start < DateTime.fromISO(today, { zone }).startOf("day")) return { ok: false, problem: "in_past" };
  if (last >= start.plus({ years: 1 })) return { ok: false, problem: "too_long" };
  return { ok: true, startsAt: start.toJSDate(), endsAt: last.plus({ days: 1 }).toJSDate() };
}

/** The last local day of an absence that ends (exclusively) at `endsAt`, as an instant at noon of that day. */
export function lastDayOf(endsAt: Date, zone: string): Date {
  return DateTime.fromJSDate(endsAt, { zone }).minus({ days: 1 }).set({ hour: 12 }).toJSDate();
}
