// Parses an export period given as local dates (yyyy-mm-dd): from the start of `from` to the end of `to`.
import { DateTime } from "luxon";

export function exportPeriod(from: string | undefined, to: string | undefined, zone: string): { from: Date; to: Date } | null {
  const valid = (s: string | undefined) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? DateTime.fromISO(s, { zone }) : null);
  const start = valid(from);
  const end = valid(to);
  if (!start?.isValid || !end?.isValid || end < start) return null;
  return { from: start.startOf("day").toJSDate(), to: end.plus({ days: 1 }).startOf("day").toJSDate() };
}
