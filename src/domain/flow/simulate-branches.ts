// Branches in the simulator: each starts once (a party's opt-in, a case event with startBranch, or its date
// threshold, whichever comes first), runs its steps in order (any kind: evaluation moments, no deadline, calendar
// anchors), waits while its flag is set, and ends by an event with endBranch or after its last step.
import type { WorkingCalendar } from "../calendar/working-calendar.ts";
import type { BranchDef } from "./branch-schema.ts";
import { flagSetAt, liftAfter, type SimulationInput } from "./simulate-input.ts";
import { branchStartAt } from "./step-schedule.ts";
import type { FlowStep } from "./flow-schema.ts";

export interface BranchTimelineEntry {
  at: Date;
  kind: "branch" | "blocked" | "end";
  label: string;
  stepId?: string;
  notes?: string[];
}

export type RunStep = (step: FlowStep, at: Date, stopAt?: Date) => Date | null;

/** When and why a branch starts in this simulation, or null when nothing starts it. */
function branchStart(input: SimulationInput, branch: BranchDef, calendar: WorkingCalendar) {
  const starts: { at: Date; cause: string }[] = [];
  for (const e of input.events) {
    if (e.kind === "branch_opt_in" && e.branchId === branch.id) starts.push({ at: e.at, cause: "opted in" });
    const def = e.kind === "case_event" ? input.flow.events.find((d) => d.id === e.eventId) : undefined;
    if (def?.startBranch === branch.id) starts.push({ at: e.at, cause: `case event "${def.label}"` });
  }
  const date = branch.startsAfter ? input.dates.get(branch.startsAfter.date) : undefined;
  if (branch.startsAfter && date) {
    const at = branchStartAt(branch.startsAfter.after, date, calendar);
    const label = input.flow.dates.find((d) => d.id === branch.startsAfter?.date)?.label;
    const { amount, unit } = branch.startsAfter.after;
    const from = new Date(Math.max(at.getTime(), input.start.getTime()));
    starts.push({ at: from, cause: `${amount} ${unit} after "${label}"` });
  }
  return starts.sort((a, b) => a.at.getTime() - b.at.getTime())[0] ?? null;
}

/** The first case event after `at` that ends the branch. */
function branchEnd(input: SimulationInput, branch: BranchDef, at: Date) {
  const ends = input.events
    .filter(
      (e) => e.kind === "case_event" && input.flow.events.find((d) => d.id === e.eventId)?.endBranch === branch.id,
    )
    .filter((e) => e.at > at)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  return ends[0]?.at;
}

/** One branch's timeline lines (its start, waits and end); its steps' lines come from `runStep`. */
export function runBranchEntries(
  input: SimulationInput,
  branch: BranchDef,
  calendar: WorkingCalendar,
  runStep: RunStep,
): BranchTimelineEntry[] {
  const out: BranchTimelineEntry[] = [];
  const start = branchStart(input, branch, calendar);
  if (!start) return out;
  out.push({ at: start.at, kind: "branch", label: branch.label, notes: [`starts: ${start.cause}`] });
  const endAt = branchEnd(input, branch, start.at);
  let at = start.at;
  // Optional steps are not on the branch's line: a party opts into them while it runs.
  for (const step of branch.steps.flatMap((id) => input.flow.steps.filter((s) => s.id === id && !s.optional))) {
    const stepId = step.id;
    const flag = branch.blockedBy ?? step.blockedBy;
    if (flag && flagSetAt(input.events, flag, at)) {
      const flagLabel = input.flow.flags.find((f) => f.id === flag)?.label;
      out.push({ at, kind: "blocked", label: step.label, stepId, notes: [`while "${flagLabel}" is set`] });
      const lifted = liftAfter(input.events, flag, at);
      if (!lifted || (endAt && endAt <= lifted)) break;
      at = lifted;
    }
    const finished = runStep(step, at, endAt);
    if (!finished) {
      out.push({ at, kind: "end", label: `branch "${branch.label}" waits at "${step.label}" (no deadline)` });
      return out;
    }
    at = finished;
    if (endAt && at.getTime() === endAt.getTime()) break;
  }
  if (endAt) out.push({ at: endAt, kind: "branch", label: branch.label, notes: ["ended by a case event"] });
  else {
    const outcome = branch.outcomes.length
      ? `, outcome to record: ${branch.outcomes.map((o) => o.value).join(" | ")}`
      : "";
    out.push({ at, kind: "branch", label: branch.label, notes: [`every step done${outcome}`] });
  }
  return out;
}

export function runBranches(input: SimulationInput, calendar: WorkingCalendar, runStep: RunStep) {
  return input.flow.branches.flatMap((b) => runBranchEntries(input, b, calendar, runStep));
}
