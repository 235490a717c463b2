// Optional steps of a branch in the simulator: a party opts in only while the branch runs (from its start until
// it ends) and not while the branch's flag holds it, as the engine refuses; the step stops when the branch ends.
import type { WorkingCalendar } from "../calendar/working-calendar.ts";
import type { BranchDef } from "./branch-schema.ts";
import { runBranchEntries, type BranchTimelineEntry, type RunStep } from "./simulate-branches.ts";
import { flagSetAt, type SimulatedEvent, type SimulationInput } from "./simulate-input.ts";

export interface BranchWindow {
  branch: BranchDef;
  start: Date;
  /** When the branch ends (by a case event, or after its last step when it has no outcomes); null: it runs on. */
  end: Date | null;
}

const branchOf = (input: SimulationInput, stepId: string) => input.flow.branches.find((b) => b.steps.includes(stepId));

/** The input without opt-ins into branch steps: what the branches' own lines are computed from. */
export function withoutBranchOptIns(input: SimulationInput): SimulationInput {
  return { ...input, events: input.events.filter((e) => e.kind !== "opt_in" || !branchOf(input, e.stepId)) };
}

/** When each branch runs in this simulation (branches that never start are left out). */
export function branchWindows(input: SimulationInput, calendar: WorkingCalendar, runStep: RunStep): BranchWindow[] {
  return input.flow.branches.flatMap((branch) => {
    const entries = runBranchEntries(input, branch, calendar, runStep);
    const first = entries[0];
    const last = entries.at(-1);
    if (!first) return [];
    const endedByEvent = last?.notes?.includes("ended by a case event");
    const done = last !== first && last?.kind === "branch" && (endedByEvent || branch.outcomes.length === 0);
    return [{ branch, start: first.at, end: done && last ? last.at : null }];
  });
}

/** Keeps the opt-ins into branch steps the engine would accept; the others become "refused" timeline lines. */
export function acceptBranchOptIns(input: SimulationInput, windows: readonly BranchWindow[]) {
  const refused: BranchTimelineEntry[] = [];
  const events = input.events.filter((e: SimulatedEvent) => {
    const branch = e.kind === "opt_in" ? branchOf(input, e.stepId) : undefined;
    if (e.kind !== "opt_in" || !branch) return true;
    const label = input.flow.steps.find((s) => s.id === e.stepId)?.label ?? e.stepId;
    const window = windows.find((w) => w.branch.id === branch.id);
    const runs = window && window.start <= e.at && (!window.end || e.at < window.end);
    const held = Boolean(branch.blockedBy && flagSetAt(input.events, branch.blockedBy, e.at));
    if (runs && !held) return true;
    const why = runs ? `route "${branch.label}" waits for its flag` : `route "${branch.label}" is not running`;
    refused.push({ at: e.at, kind: "blocked", label, stepId: e.stepId, notes: [`opt-in refused: ${why}`] });
    return false;
  });
  return { input: { ...input, events }, refused };
}

/** When an opted-in step stops because its branch ends (undefined: a main-line optional step, or it runs on). */
export function branchStop(input: SimulationInput, windows: readonly BranchWindow[], stepId: string) {
  const branch = branchOf(input, stepId);
  return windows.find((w) => w.branch.id === branch?.id)?.end ?? undefined;
}
