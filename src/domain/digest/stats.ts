// Small statistics for the digest's KPIs: medians, shares and the change against last week.
import { required } from "../required.ts";

/** The median of the values, or null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? required(sorted[mid], "the middle value")
    : (required(sorted[mid - 1], "the value below the middle") + required(sorted[mid], "the middle value")) / 2;
}

/** A share as a whole percentage, or null when nothing was counted. */
export function percentage(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 100);
}

/** Hours with one decimal (durations are shown in hours or days). */
export const toHours = (ms: number): number => Math.round(ms / 360_000) / 10;

/** The difference this week minus last week, or null when either is unknown. */
export function change(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : Math.round((current - previous) * 10) / 10;
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
