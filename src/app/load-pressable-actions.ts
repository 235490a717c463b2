// Reads what one person may press on a case's card now (for per-person copies: console DMs, the console
// page). The rules themselves are the domain's; this only gathers the case's facts.
import { pressableActions, type CaseActionFacts } from "../domain/case/pressable-actions.ts";
import type { AppContext } from "./context.ts";
import { standingOfActor } from "./case/case-routing.ts";
import { askedToAct } from "./case/card-audience.ts";
import { baseStepId, isNotice, runningOptionalSteps, stepById } from "./case/step-plan.ts";
import { optInSteps, runningBranchIds, startedBranchIds } from "./case/branches.ts";
import { isLineStep } from "./case/active-step.ts";

export async function loadPressableActions(
  ctx: AppContext,
  caseId: string,
  personId: string,
): Promise<Set<string> | null> {
  const read = ctx.store.read;
  const c = await read.case(caseId);
  if (!c) return null;
  const flow = await ctx.flows.forCase(c);
  const obligations = await read.obligations(c.id);
  const flags = await read.caseFlags(c.id);
  const running = runningOptionalSteps(flow, obligations);
  const events = await read.events(c.id);
  const started = startedBranchIds(events);
  const runningBranches = runningBranchIds(events);
  const facts: CaseActionFacts = {
    status: c.status,
    open: obligations
      .filter((o) => o.status === "open" && !isNotice(o.stepId))
      .map((o) => {
        const step = stepById(flow, o.stepId);
        return {
          partyId: o.partyId,
          // A branch's own step is its line's current step: an evaluation there gets the evaluate button.
          current: step?.kind === "task" ? baseStepId(o.stepId) === c.currentStepId : isLineStep(flow, c, o.stepId),
          kind: step?.kind ?? "task",
          everyParty: step?.owner === "all",
        };
      }),
    flagSettersUnset: flow.flags.filter((f) => !flags.includes(f.id)).map((f) => f.setBy),
    flagSettersSet: flow.flags.filter((f) => flags.includes(f.id)).map((f) => f.setBy),
    datesEnteredBy: flow.datesEnteredBy,
    optInBy: [
      ...optInSteps(flow, running, runningBranches).map((s) => s.optInBy ?? [s.owner]),
      ...flow.branches.filter((b) => b.optInBy && !started.has(b.id)).map((b) => b.optInBy ?? []),
    ],
    eventRecorders: flow.events.map((e) => e.recordedBy),
    branchOutcomeBy: flow.branches
      .filter((b) => b.outcomes.length && runningBranches.has(b.id))
      .map((b) => b.outcomeBy ?? b.steps.map((s) => stepById(flow, s)?.owner ?? "")),
  };
  const { standing } = await standingOfActor(read, c, personId);
  const pressable = pressableActions(facts, standing);
  // An organisation the case asks to act may open what it is asked to act on.
  if (!pressable.has("case.details") && (await askedToAct(read, c, flow, personId))) pressable.add("case.details");
  return pressable;
}
