// The order of a flow's steps: the main line skips optional steps (parties opt into them). Shared by the
// engine (src/app) and the simulator.
import { required } from "../required.ts";
import type { Flow, FlowStep } from "./flow-schema.ts";

/** The next step of the main line after `stepId` (optional steps are skipped: parties opt into them). */
export function nextMainStep(flow: Flow, stepId: string): FlowStep | null {
  const index = flow.steps.findIndex((s) => s.id === stepId);
  return flow.steps.slice(index + 1).find((s) => !s.optional) ?? null;
}

export function firstMainStep(flow: Flow): FlowStep {
  return flow.steps.find((s) => !s.optional) ?? required(flow.steps[0], "the flow's first step");
}
