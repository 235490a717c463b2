// The parts of a case card that only some flows have: blocks and holds, the countdown to a court or
// eviction date, a decision in progress, conditions, evaluation moments and a linked agreement.
import { required } from "../domain/required.ts";
import { t } from "../i18n/messages.ts";
import type { Flow } from "../domain/flow/flow-schema.ts";
import type { AppContext } from "./context.ts";
import { workingDaysUntil } from "./case/fire-notice.ts";
import { obligationsOfStep, runningOptionalSteps, stepById } from "./case/step-plan.ts";
import type { CaseEventRecord, CaseRecord, ObligationRecord, StoreTx } from "./ports.ts";
import { optInSteps, runningBranchIds, startedBranchIds } from "./case/branches.ts";
import { branchOfStep } from "../domain/flow/branch-schema.ts";
import { branchLines } from "./case/branch-lines.ts";
import { pausingStep } from "./case/pause-clocks.ts";
import type { CaseExtras } from "../ui/view-models/case-summary.ts";

export type { CaseExtras } from "../ui/view-models/case-summary.ts";

function evaluationsOf(
  flow: Flow,
  c: CaseRecord,
  obligations: ObligationRecord[],
  outcomes: string[],
): CaseExtras["evaluations"] {
  // The evaluation step that has moments (a flow may have one on the main line and one in a branch).
  const evaluating = flow.steps.filter((s) => s.kind === "evaluation");
  const step = evaluating.find((s) => obligationsOfStep(obligations, s.id).length > 0) ?? evaluating[0];
  if (!step) return null;
  const moments = [...new Set(obligationsOfStep(obligations, step.id).map((o) => o.stepId))];
  if (moments.length === 0) return null;
  const open = obligationsOfStep(obligations, step.id)
    .filter((o) => o.status === "open")
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const done = moments.filter((m) => !open.some((o) => o.stepId === m)).length;
  return { done, total: moments.length, next: c.status === "open" ? (open[0]?.dueAt ?? null) : null, outcomes };
}

/** The open conditions and evaluation steps of branches: the card offers their buttons beside the main line's. */
function branchStepButtons(flow: Flow, obligations: ObligationRecord[]) {
  const open = flow.steps.filter(
    (s) =>
      (s.kind === "conditions" || s.kind === "evaluation") &&
      branchOfStep(flow, s.id) &&
      obligationsOfStep(obligations, s.id).some((o) => o.status === "open"),
  );
  if (open.length === 0) return {};
  return {
    branchStepKinds: [...new Set(open.map((s) => s.kind))],
    branchExtendable: open.some((s) => Boolean(s.evaluation?.extension)),
  };
}

/** Branches a party may still start by hand (each runs once per case). */
function branchesToOptInto(flow: Flow, events: CaseEventRecord[]): { id: string; label: string }[] {
  const started = startedBranchIds(events);
  return flow.branches.filter((b) => b.optInBy && !started.has(b.id)).map((b) => ({ id: b.id, label: b.label }));
}

export async function loadCaseExtras(
  ctx: AppContext,
  tx: StoreTx,
  c: CaseRecord,
  flow: Flow,
  obligations: ObligationRecord[],
): Promise<CaseExtras> {
  const now = ctx.clock.now();
  const flags = await tx.caseFlags(c.id);
  const events = await tx.events(c.id);
  const current = stepById(flow, c.currentStepId);
  const currentOpen = current ? obligationsOfStep(obligations, current.id).filter((o) => o.status === "open") : [];
  const blockFlag =
    current?.blockedBy && flags.includes(current.blockedBy) && currentOpen.length === 0
      ? flow.flags.find((f) => f.id === current.blockedBy)
      : undefined;
  const dates = await tx.caseDates(c.id);
  const decision = [...events].reverse().find((e) => e.type === "decision.recorded");
  const conditionsEvent = [...events].reverse().find((e) => e.type === "conditions.recorded");
  const parties = await tx.parties(c.id);
  const orgName = async (partyId: string) =>
    (await tx.organisation(parties.find((p) => p.partyId === partyId)?.organisationId ?? ""))?.name ?? partyId;
  const conditions = await Promise.all(
    ((conditionsEvent?.data.conditions as { id: string; partyId: string }[] | undefined) ?? []).map(
      async (cond) =>
        `${flow.conditions.find((x) => x.id === cond.id)?.label ?? cond.id} (${await orgName(cond.partyId)})`,
    ),
  );
  const byMoment = new Map(
    events
      .filter((e) => e.type === "evaluation.recorded")
      .map((e) => [e.data.number as number, e.data.outcome as "on_track"]),
  );
  const evaluationOutcomes = [...byMoment].map(([number, outcome]) => `${number}: ${t("nl", `evaluation.${outcome}`)}`);
  const running = runningOptionalSteps(flow, obligations);
  const linked = c.linkedCaseId ? await tx.case(c.linkedCaseId) : null;
  return {
    flagsSet: flow.flags.filter((f) => flags.includes(f.id)).map((f) => f.label),
    flagsUnset: flow.flags.filter((f) => !flags.includes(f.id)).map((f) => f.label),
    blocked: blockFlag && current ? { step: current.label, explanation: blockFlag.explanation } : null,
    holds: running.map((s) => s.holdNotice).filter((h): h is string => Boolean(h)),
    countdown:
      c.status === "open"
        ? dates
            .filter((d) => flow.dates.find((x) => x.id === d.key)?.digest && d.date > now)
            .map((d) => ({
              label: required(
                flow.dates.find((x) => x.id === d.key),
                "the flow date of an entered date",
              ).label,
              workingDays: workingDaysUntil(ctx, now, d.date),
              date: d.date,
            }))
        : [],
    advice:
      current?.kind === "decision"
        ? {
            given: obligationsOfStep(obligations, current.id).filter((o) => o.status === "done").length,
            total: obligationsOfStep(obligations, current.id).length,
          }
        : null,
    decision: decision ? t("nl", `decision.${decision.data.result as "granted"}`) : null,
    conditions,
    evaluations: evaluationsOf(flow, c, obligations, evaluationOutcomes),
    linkedAgreement: linked?.reference ?? null,
    optionalAvailable: [
      ...optInSteps(flow, running, runningBranchIds(events)).map((s) => ({ id: s.id, label: s.label })),
      ...branchesToOptInto(flow, events),
    ],
    stepKind: current?.kind ?? null,
    hasDates: flow.dates.length > 0,
    extendable: Boolean(current?.evaluation?.extension),
    hasEvents: flow.events.length > 0,
    // On a closed case only the outcomes stay: a route that was still running stopped with the case.
    branches: branchLines(flow, events, obligations).filter((l) => c.status === "open" || l.state === "ended"),
    branchOutcomesOpen: flow.branches.some((b) => b.outcomes.length && runningBranchIds(events).has(b.id)),
    paused: c.status === "open" ? (pausingStep(flow, obligations)?.label ?? null) : null,
    ...branchStepButtons(flow, obligations),
  };
}
