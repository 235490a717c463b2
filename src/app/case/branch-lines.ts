// What the shared card says about a case's branches: which run (and at which step), which wait for a flag, and
// how each ended. An ended branch shows its coarse outcome code: the card is read by every organisation.
import type { BranchDef } from "../../domain/flow/branch-schema.ts";
import type { Flow } from "../../domain/flow/flow-schema.ts";
import type { CaseEventRecord, ObligationRecord } from "../ports.ts";
import { obligationsOfStep } from "./step-plan.ts";
import type { BranchLine } from "../../ui/view-models/case-summary.ts";

export type { BranchLine } from "../../ui/view-models/case-summary.ts";

/** The outcome as a party sees it: the full label for `fullFor` parties (all by default), else the coarse code. */
export function outcomeFor(branch: BranchDef, value: string, partyIds: readonly string[] | "channel"): string {
  const outcome = branch.outcomes.find((o) => o.value === value);
  if (!outcome) return value;
  const full =
    partyIds === "channel" ? !outcome.fullFor : !outcome.fullFor || outcome.fullFor.some((p) => partyIds.includes(p));
  return full ? outcome.label : (outcome.coarse ?? outcome.label);
}

export function branchLines(flow: Flow, events: readonly CaseEventRecord[], obligations: ObligationRecord[]) {
  const lines: BranchLine[] = [];
  for (const branch of flow.branches) {
    const started = events.some((e) => e.type === "branch.started" && e.data.branch === branch.id);
    if (!started) continue;
    const ended = events.find((e) => e.type === "branch.ended" && e.data.branch === branch.id);
    if (ended) {
      const value = typeof ended.data.outcome === "string" ? ended.data.outcome : null;
      lines.push({
        branch: branch.label,
        state: "ended",
        outcome: value ? outcomeFor(branch, value, "channel") : null,
      });
      continue;
    }
    const label = (id: unknown) => flow.steps.find((s) => s.id === id)?.label ?? String(id);
    const isOpen = (s: string) => obligationsOfStep(obligations, s).some((o) => o.status === "open");
    const onLine = (s: string) => !flow.steps.find((x) => x.id === s)?.optional;
    const open = branch.steps.find((s) => onLine(s) && isOpen(s)) ?? branch.steps.find(isOpen);
    if (open) {
      lines.push({ branch: branch.label, state: "running", step: label(open) });
      continue;
    }
    const mine = (e: CaseEventRecord) => branch.steps.includes(String(e.data.stepId));
    const last = [...events].reverse().find((e) => (e.type === "step.blocked" || e.type === "step.started") && mine(e));
    if (last?.type === "step.blocked")
      lines.push({ branch: branch.label, state: "waiting", step: label(last.data.stepId) });
    else lines.push({ branch: branch.label, state: "awaiting_outcome" });
  }
  return lines;
}
