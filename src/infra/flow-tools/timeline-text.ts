// The simulator's timeline as lines for a terminal: one line per moment, in the region's time zone, with
// the holidays a deadline skipped and the ladder rungs that fire when a deadline is missed.
import { DateTime } from "luxon";
import type { WorkingCalendar } from "../../domain/calendar/working-calendar.ts";
import type { Flow } from "../../domain/flow/flow-schema.ts";
import type { TimelineEntry, TimelineRung } from "../../domain/flow/simulate-flow.ts";

export const formatMoment = (at: Date, calendar: WorkingCalendar) =>
  DateTime.fromJSDate(at, { zone: calendar.zone }).setLocale("en-GB").toFormat("ccc yyyy-MM-dd HH:mm");

/** Public holidays on weekdays after `from` up to and including `to` (the ones a deadline skipped). */
function holidaysBetween(from: Date, to: Date, calendar: WorkingCalendar): string[] {
  const names: string[] = [];
  const end = DateTime.fromJSDate(to, { zone: calendar.zone }).startOf("day");
  let day = DateTime.fromJSDate(from, { zone: calendar.zone }).startOf("day").plus({ days: 1 });
  for (let i = 0; day <= end && i < 400; i++, day = day.plus({ days: 1 })) {
    if (day.weekday > 5) continue;
    const onDay = calendar.holidayNames(day.set({ hour: 12 }).toJSDate());
    for (const name of onDay) names.push(`${name} ${day.toISODate()}`);
  }
  return names;
}

function rungText(rungs: TimelineRung[], calendar: WorkingCalendar): string {
  const fired = rungs.some((r) => r.fires);
  const list = rungs
    .filter((r) => !fired || r.fires)
    .map((r) => `${r.notify}${r.label ? ` (${r.label})` : ""} ${formatMoment(r.at, calendar)}`)
    .join(", ");
  return fired ? `; missed, reminders: ${list}` : `; if missed: ${list}`;
}

function details(entry: TimelineEntry, calendar: WorkingCalendar): string {
  const parts: string[] = [];
  if (entry.dueAt) {
    const skipped = holidaysBetween(entry.at, entry.dueAt, calendar);
    const more = skipped.length > 3 ? ` and ${skipped.length - 3} more` : "";
    const skips = skipped.length ? ` (skips ${skipped.slice(0, 3).join(", ")}${more})` : "";
    parts.push(`, due ${formatMoment(entry.dueAt, calendar)}${skips}`);
  }
  if (entry.notes?.length) parts.push(` [${entry.notes.join("; ")}]`);
  if (entry.rungs?.length) parts.push(rungText(entry.rungs, calendar));
  return parts.join("");
}

export function timelineText(flow: Flow, start: Date, entries: TimelineEntry[], calendar: WorkingCalendar): string[] {
  return [
    `Simulation of "${flow.title}" (${flow.id}, version ${flow.version})` +
      ` from ${formatMoment(start, calendar)}, ${calendar.zone}`,
    "Each step is assumed done on its deadline unless an --event says otherwise; decisions are assumed granted.",
    "",
    ...entries.map((e) => `${formatMoment(e.at, calendar)}  ${e.kind.padEnd(10)} ${e.label}${details(e, calendar)}`),
  ];
}
