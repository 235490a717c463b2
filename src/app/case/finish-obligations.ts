// Marks obligations done and, when the step has no open obligation left, moves the case to the next step.
import type { Flow } from "../../domain/flow/flow-schema.ts";
import type { AppContext, Actor } from "../context.ts";
import { AppError } from "../errors.ts";
import type { CaseRecord, ObligationRecord, StoreTx } from "../ports.ts";
import { routingsOf } from "./case-routing.ts";
import { notifierFor, organisationName } from "./notify.ts";
import { startStep } from "./start-step.ts";

export interface FinishOptions {
  ctx: AppContext;
  tx: StoreTx;
  c: CaseRecord;
  flow: Flow;
  obligations: ObligationRecord[];
  actor: Actor;
  /** "obligation.acknowledged" or "step.completed". */
  eventType: string;
  asCoordinator: boolean;
  sealedNote: string | null;
}

export async function finishObligations(o: FinishOptions): Promise<void> {
  const now = o.ctx.clock.now();
  const notify = notifierFor(o.ctx, o.tx, o.c, now);
  const step = o.flow.steps.find((s) => s.id === o.c.currentStepId)!;
  for (const obligation of o.obligations) {
    const changed = await o.tx.updateObligation(obligation.id, { status: "open" }, { status: "done", doneAt: now, doneById: o.actor.personId, nextActionAt: null });
    if (!changed) throw new AppError("conflict", "error.conflict", {}, `obligation ${obligation.id} was no longer open`);
    await o.tx.appendEvent({
      caseId: o.c.id, at: now, type: o.eventType, actorId: o.actor.personId, platform: o.actor.platform,
      partyId: obligation.partyId, data: { stepId: obligation.stepId, asCoordinator: o.asCoordinator }, sealed: o.sealedNote,
    });
    const organisation = await organisationName(o.tx, obligation.organisationId);
    const key = o.eventType === "obligation.acknowledged"
      ? (o.asCoordinator ? "notice.acknowledged_by_coordinator" : "notice.acknowledged")
      : "notice.step_completed";
    await notify.thread({ key, params: { organisation, step: step.label } });
  }
  const stillOpen = (await o.tx.obligations(o.c.id)).filter((x) => x.stepId === step.id && x.status === "open");
  if (stillOpen.length === 0) await advance(o, step.id, now);
  await notify.card();
}

async function advance(o: FinishOptions, stepId: string, now: Date): Promise<void> {
  const index = o.flow.steps.findIndex((s) => s.id === stepId);
  const next = o.flow.steps[index + 1] ?? null;
  const updated = await o.tx.updateCase(o.c.id, o.c.revision, { currentStepId: next?.id ?? null });
  if (!updated) throw new AppError("conflict", "error.conflict", {}, `case ${o.c.reference} changed concurrently`);
  if (next) {
    await startStep({ ctx: o.ctx, tx: o.tx, c: o.c, flow: o.flow, step: next, at: now, routings: await routingsOf(o.tx, o.c), tellOwners: true });
  } else {
    await notifierFor(o.ctx, o.tx, o.c, now).thread({ key: "notice.all_steps_done", params: {} });
  }
}
