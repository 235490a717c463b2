// `npm run flow -- simulate flows/<file>.yaml --start 2027-03-01 [--event <id>@<date>] [--date <id>=<date>]`:
// reads the flow and the options, runs the domain simulator and prints the timeline.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import type { WorkingCalendar } from "../../domain/calendar/working-calendar.ts";
import type { Flow } from "../../domain/flow/flow-schema.ts";
import { simulateFlow } from "../../domain/flow/simulate-flow.ts";
import { resolveEvent, type SimulatedEvent } from "../../domain/flow/simulate-input.ts";
import { FlowFileError, parseFlowText } from "../flow-loader.ts";
import { timelineText } from "./timeline-text.ts";

const USAGE =
  "usage: npm run flow -- simulate flows/<file>.yaml --start yyyy-mm-dd [--event <id>@<date>] [--date <id>=<date>]";

export interface SimulateOptions {
  args: string[];
  calendar: WorkingCalendar;
  out: (line: string) => void;
}

/** A yyyy-mm-dd day at noon local time (as entered dates are stored), or null when it is not a date. */
function dayAtNoon(text: string, calendar: WorkingCalendar): Date | null {
  const day = DateTime.fromISO(text, { zone: calendar.zone });
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && day.isValid ? day.set({ hour: 12 }).toJSDate() : null;
}

/** The moment a working day starts on that day, or on the next working day. */
function startOfWorkingDay(day: Date, calendar: WorkingCalendar): Date {
  return calendar.nextWorkingMoment(DateTime.fromJSDate(day, { zone: calendar.zone }).startOf("day").toJSDate());
}

function parseInputs(flow: Flow, values: { event?: string[]; date?: string[] }, calendar: WorkingCalendar) {
  const problems: string[] = [];
  const dates = new Map<string, Date>();
  for (const item of values.date ?? []) {
    const [id = "", text = ""] = item.split("=");
    const at = dayAtNoon(text, calendar);
    const known = flow.dates.map((d) => d.id).join(", ");
    const hint = known ? `use one of ${known}` : "this flow has no dates";
    if (!flow.dates.some((d) => d.id === id)) problems.push(`--date ${item}: unknown date "${id}" (${hint})`);
    else if (!at) problems.push(`--date ${item}: use <id>=yyyy-mm-dd`);
    else dates.set(id, at);
  }
  const events: SimulatedEvent[] = [];
  for (const item of values.event ?? []) {
    const [id = "", text = ""] = item.split("@");
    const day = dayAtNoon(text, calendar);
    // An event happens when that working day starts (so a flag set on the start day blocks from the start).
    const at = day ? startOfWorkingDay(day, calendar) : null;
    const event = at ? resolveEvent(flow, id, at) : `use <id>@yyyy-mm-dd`;
    if (typeof event === "string") problems.push(`--event ${item}: ${event}`);
    else events.push(event);
  }
  return { dates, events, problems };
}

export function runSimulate(o: SimulateOptions): number {
  const { values, positionals } = parseArgs({
    args: o.args,
    allowPositionals: true,
    options: {
      start: { type: "string" },
      event: { type: "string", multiple: true },
      date: { type: "string", multiple: true },
    },
  });
  const file = positionals[0];
  const startDay = values.start ? dayAtNoon(values.start, o.calendar) : null;
  if (!file || !startDay) {
    o.out(USAGE);
    return 2;
  }
  let flow: Flow;
  try {
    flow = parseFlowText(readFileSync(file, "utf8"), file).flow;
  } catch (error) {
    if (!(error instanceof FlowFileError)) throw error;
    o.out(error.message);
    return 1;
  }
  const { dates, events, problems } = parseInputs(flow, values, o.calendar);
  if (problems.length) {
    for (const p of problems) o.out(p);
    return 2;
  }
  // A case reported that day starts when the working day starts (the next working day for a weekend).
  const start = startOfWorkingDay(startDay, o.calendar);
  const timeline = simulateFlow({ flow, start, dates, events }, o.calendar);
  for (const line of timelineText(flow, start, timeline, o.calendar)) o.out(line);
  return 0;
}
