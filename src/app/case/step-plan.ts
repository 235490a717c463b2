// How a flow's steps follow each other: optional steps run beside the main line, evaluation moments
// are numbered obligations of one step ("evaluation#2"), notices are obligations of their own.
import type { Flow, FlowStep } from "../../domain/flow/flow-schema.ts";
import type { ObligationRecord } from "../ports.ts";

export { firstMainStep, nextMainStep } from "../../domain/flow/step-sequence.ts";

export const baseStepId = (obligationStepId: string) => obligationStepId.split("#")[0] ?? obligationStepId;
export const isNotice = (obligationStepId: string) => obligationStepId.startsWith("notice:");

export function stepById(flow: Flow, stepId: string | null): FlowStep | undefined {
  return stepId ? flow.steps.find((s) => s.id === baseStepId(stepId)) : undefined;
}

export function obligationsOfStep(obligations: readonly ObligationRecord[], stepId: string): ObligationRecord[] {
  return obligations.filter((o) => baseStepId(o.stepId) === stepId && !isNotice(o.stepId));
}

/** Steps running beside the main line: optional steps a party opted into and the current steps of branches. */
export function runningOptionalSteps(flow: Flow, obligations: readonly ObligationRecord[]): FlowStep[] {
  const beside = (s: FlowStep) => s.optional || flow.branches.some((b) => b.steps.includes(s.id));
  return flow.steps.filter((s) => beside(s) && obligationsOfStep(obligations, s.id).some((o) => o.status === "open"));
}
