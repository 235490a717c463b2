// The order of a flow's steps: the main line and each branch skip optional steps (parties opt into them). Shared
// by the engine (src/app) and the simulator.
import { required } from "../required.ts";
import type { Flow, FlowStep } from "./flow-schema.ts";

/** A main-line step: not optional (parties opt into those) and not a branch's step. */
export const onMainLine = (flow: Flow, step: FlowStep): boolean =>
  !step.optional && !flow.branches.some((b) => b.steps.includes(step.id));

/** The next step of the main line after `stepId` (optional and branch steps are skipped). */
export function nextMainStep(flow: Flow, stepId: string): FlowStep | null {
  const index = flow.steps.findIndex((s) => s.id === stepId);
  return flow.steps.slice(index + 1).find((s) => onMainLine(flow, s)) ?? null;
}

export function firstMainStep(flow: Flow): FlowStep {
  return flow.steps.find((s) => onMainLine(flow, s)) ?? required(flow.steps[0], "the flow's first step");
}

/** The branch's steps in order, without its optional ones (a party opts into those while the branch runs). */
function branchLine(flow: Flow, branchId: string): FlowStep[] {
  const branch = flow.branches.find((b) => b.id === branchId);
  const steps = (branch?.steps ?? []).map((id) => flow.steps.find((s) => s.id === id));
  return steps.filter((s): s is FlowStep => Boolean(s) && !s?.optional);
}

/** The first step a branch runs when it starts. */
export function firstBranchStep(flow: Flow, branchId: string): FlowStep | null {
  return branchLine(flow, branchId)[0] ?? null;
}

/** The step after `stepId` in its branch (optional steps skipped), or null at the branch's end. */
export function nextBranchStep(flow: Flow, branchId: string, stepId: string): FlowStep | null {
  const line = branchLine(flow, branchId);
  return line[line.findIndex((s) => s.id === stepId) + 1] ?? null;
}
