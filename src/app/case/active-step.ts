// The step an action of one kind (record an evaluation, record conditions, extend a trial) acts on: the main
// line's current step, or else a running branch's step of that kind (a branch runs any kind but decisions).
import type { Flow, FlowStep } from "../../domain/flow/flow-schema.ts";
import type { CaseRecord, ObligationRecord } from "../ports.ts";
import { obligationsOfStep, stepById } from "./step-plan.ts";

export function activeStepOfKind(
  flow: Flow,
  c: CaseRecord,
  obligations: readonly ObligationRecord[],
  kind: FlowStep["kind"],
): FlowStep | undefined {
  const current = stepById(flow, c.currentStepId);
  if (current?.kind === kind) return current;
  const inBranch = (s: FlowStep) => flow.branches.some((b) => b.steps.includes(s.id));
  return flow.steps.find(
    (s) => s.kind === kind && inBranch(s) && obligationsOfStep(obligations, s.id).some((o) => o.status === "open"),
  );
}

/** Whether a step is the one its line (the main line or its branch) is at: kind-specific buttons act on it. */
export function isLineStep(flow: Flow, c: CaseRecord, stepId: string): boolean {
  const step = stepById(flow, stepId);
  if (!step) return false;
  if (step.id === c.currentStepId) return true;
  return !step.optional && flow.branches.some((b) => b.steps.includes(step.id));
}
