// Paused clocks in the simulator: while an opt-in step with pausesOthers runs (from its opt-in until its done
// event), the deadlines of the other steps move on by the working days it ran, as the engine does on resume.
import type { WorkingCalendar } from "../calendar/working-calendar.ts";
import { workingDaysBetween } from "../calendar/working-days-between.ts";
import type { FlowStep } from "./flow-schema.ts";
import { hasDeadline } from "./no-deadline.ts";
import type { SimulationInput } from "./simulate-input.ts";

export interface Pause {
  step: FlowStep;
  from: Date;
  /** When the pausing step is done; null when no --event ends it (the other clocks stay still). */
  to: Date | null;
}

export function pausesOf(input: SimulationInput): Pause[] {
  return input.events.flatMap((e) => {
    const step = e.kind === "opt_in" ? input.flow.steps.find((s) => s.id === e.stepId && s.pausesOthers) : undefined;
    if (!step) return [];
    const done = input.events
      .filter((d) => d.kind === "done" && d.stepId === step.id && d.at >= e.at)
      .map((d) => d.at.getTime());
    return [{ step, from: e.at, to: done.length ? new Date(Math.min(...done)) : null }];
  });
}

/** A step's due date after the pauses that overlap it; null when a pause without an end holds it. */
export function pausedDue(
  step: FlowStep,
  at: Date,
  dueAt: Date,
  pauses: readonly Pause[],
  calendar: WorkingCalendar,
): { dueAt: Date | null; notes: string[] } {
  let due = dueAt;
  const notes: string[] = [];
  if (!hasDeadline(dueAt) || step.pausesOthers) return { dueAt, notes };
  for (const p of pauses) {
    if (p.from >= due || (p.to && p.to <= at)) continue;
    if (!p.to) return { dueAt: null, notes: [`paused by "${p.step.label}" (no --event ends it)`] };
    const days = workingDaysBetween(calendar, p.from > at ? p.from : at, p.to);
    due = calendar.shiftWorkingDays(due, days);
    notes.push(`${days} working days later: paused by "${p.step.label}"`);
  }
  return { dueAt: due, notes };
}
