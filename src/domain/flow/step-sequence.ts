// The order of a flow's steps: the main line skips optional steps (parties opt into them). Shared by the
// engine (src/app) and the simulator.
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

/** The step after `stepId` in its branch, or null at the branch's end. */
export function nextBranchStep(flow: Flow, branchId: string, stepId: string): FlowStep | null {
  const branch = flow.branches.find((b) => b.id === branchId);
  const next = branch?.steps[branch.steps.indexOf(stepId) + 1];
  return next ? (flow.steps.find((s) => s.id === next) ?? null) : null;
}
