// An opt-in step that pauses the other clocks of its case (flow: pausesOthers): while it runs no other
// obligation reminds or climbs the ladder; when it is done their deadlines move by the working days it ran.
import { nextActionAt, rungTimes } from "../../domain/case/ladder.ts";
import type { Flow, FlowStep } from "../../domain/flow/flow-schema.ts";
import { hasDeadline } from "../../domain/flow/no-deadline.ts";
import type { AppContext } from "../context.ts";
import type { CaseRecord, ObligationRecord, StoreTx } from "../ports.ts";
import { workingDaysUntil } from "./fire-notice.ts";
import { notifierFor } from "./notify.ts";
import { baseStepId, isNotice, obligationsOfStep, stepById } from "./step-plan.ts";

interface PauseOptions {
  ctx: AppContext;
  tx: StoreTx;
  c: CaseRecord;
  flow: Flow;
  at: Date;
}

/** The running step that pauses the others, if any. */
export function pausingStep(flow: Flow, obligations: readonly ObligationRecord[]): FlowStep | undefined {
  return flow.steps.find(
    (s) => s.pausesOthers && obligationsOfStep(obligations, s.id).some((o) => o.status === "open"),
  );
}

/** Whether an open obligation's clock stands still because another step pauses the case. */
export function isPaused(o: ObligationRecord, pausing: FlowStep | undefined): boolean {
  return Boolean(pausing) && o.status === "open" && !isNotice(o.stepId) && baseStepId(o.stepId) !== pausing?.id;
}

/** Stops the ladder of every other open obligation (the deadline sweep finds them by nextActionAt). */
export async function pauseClocks(o: PauseOptions, step: FlowStep): Promise<void> {
  const { ctx, tx, c, at } = o;
  for (const ob of await tx.obligations(c.id)) {
    if (!isPaused(ob, step) || ob.nextActionAt === null) continue;
    await tx.updateObligation(ob.id, { status: "open" }, { nextActionAt: null });
  }
  const data = { stepId: step.id };
  const event = { caseId: c.id, at, type: "clocks.paused", actorId: null, platform: null, partyId: null };
  await tx.appendEvent({ ...event, data, sealed: null });
  await notifierFor(ctx, tx, c, at).thread({ key: "notice.clocks_paused", params: { step: step.label } });
}

/** When the pausing step has nothing open left, the other clocks run again, later by the time it ran. */
export async function resumeClocksIfDone(o: PauseOptions, stepId: string): Promise<void> {
  const { ctx, tx, c, flow, at } = o;
  const step = stepById(flow, stepId);
  const obligations = await tx.obligations(c.id);
  if (!step?.pausesOthers || obligationsOfStep(obligations, step.id).some((x) => x.status === "open")) return;
  const events = await tx.events(c.id);
  const last = [...events].reverse().find((e) => e.type.startsWith("clocks.") && e.data.stepId === step.id);
  if (last?.type !== "clocks.paused") return;
  const days = workingDaysUntil(ctx, last.at, at);
  for (const ob of obligations) {
    if (!isPaused(ob, step) || ob.nextActionAt !== null || !hasDeadline(ob.dueAt)) continue;
    if (ob.ladderLevel >= flow.escalation.ladder.length) continue;
    const from = new Date(Math.max(ob.startedAt.getTime(), last.at.getTime()));
    const shift = workingDaysUntil(ctx, from, at);
    const dueAt = shift > 0 ? ctx.calendar.shiftWorkingDays(ob.dueAt, shift) : ob.dueAt;
    const next = nextActionAt(ob.ladderLevel, rungTimes(dueAt, flow.escalation.ladder, ctx.calendar));
    await tx.updateObligation(ob.id, { status: "open" }, { dueAt, nextActionAt: next });
  }
  const data = { stepId: step.id, workingDays: days };
  const event = { caseId: c.id, at, type: "clocks.resumed", actorId: null, platform: null, partyId: null };
  await tx.appendEvent({ ...event, data, sealed: null });
  await notifierFor(ctx, tx, c, at).thread({ key: "notice.clocks_resumed", params: { step: step.label, days } });
}
