// Marks obligations done and, when the current step has nothing open left, settles it: a decision is
// taken by the flow's rule, and the case moves to the next step of the main line.
import { required } from "../../domain/required.ts";
import type { Flow } from "../../domain/flow/flow-schema.ts";
import type { AppContext, Actor } from "../context.ts";
import { AppError } from "../errors.ts";
import type { CaseRecord, Notice, ObligationRecord, StoreTx } from "../ports.ts";
import { routingsOf } from "./case-routing.ts";
import { settleBranchStep } from "./branches.ts";
import { resumeClocksIfDone } from "./pause-clocks.ts";
import { takeDecision } from "./take-decision.ts";
import { notifierFor, organisationName } from "./notify.ts";
import { startStep } from "./start-step.ts";
import { baseStepId, nextMainStep, obligationsOfStep, stepById } from "./step-plan.ts";

export interface FinishOptions {
  ctx: AppContext;
  tx: StoreTx;
  c: CaseRecord;
  flow: Flow;
  obligations: ObligationRecord[];
  actor: Actor;
  /** "obligation.acknowledged", "step.completed", "advice.given", "evaluation.recorded", ... */
  eventType: string;
  asCoordinator: boolean;
  sealedNote: string | null;
  /** Structured values for the timeline event (an advice, an evaluation outcome). */
  data?: Record<string, unknown>;
  /** Thread notice per finished obligation (default: acknowledged / step completed). */
  notice?: (organisation: string, stepLabel: string) => Notice;
  /** False when the caller queues the card itself (a new report queues it once). */
  updateCard?: boolean;
}

export async function finishObligations(o: FinishOptions): Promise<void> {
  const now = o.ctx.clock.now();
  const notify = notifierFor(o.ctx, o.tx, o.c, now);
  for (const obligation of o.obligations) {
    const changed = await o.tx.updateObligation(
      obligation.id,
      { status: "open" },
      { status: "done", doneAt: now, doneById: o.actor.personId, nextActionAt: null },
    );
    if (!changed)
      throw new AppError("conflict", "error.conflict", {}, `obligation ${obligation.id} was no longer open`);
    await o.tx.appendEvent({
      caseId: o.c.id,
      at: now,
      type: o.eventType,
      actorId: o.actor.personId,
      platform: o.actor.platform,
      partyId: obligation.partyId,
      data: { stepId: obligation.stepId, asCoordinator: o.asCoordinator, ...o.data },
      sealed: o.sealedNote,
    });
  }
  const stepLabel = stepById(o.flow, o.obligations[0]?.stepId ?? null)?.label ?? "";
  if (o.notice) {
    const actorOrganisation = (await o.tx.person(o.actor.personId))?.organisationId ?? "";
    await notify.thread(o.notice(await organisationName(o.tx, actorOrganisation), stepLabel));
  }
  for (const organisationId of o.notice ? [] : new Set(o.obligations.map((x) => x.organisationId))) {
    const organisation = await organisationName(o.tx, organisationId);
    const fallback: Notice =
      o.eventType === "obligation.acknowledged"
        ? {
            key: o.asCoordinator ? ("notice.acknowledged_by_coordinator" as const) : ("notice.acknowledged" as const),
            params: { organisation },
          }
        : { key: "notice.step_completed" as const, params: { organisation, step: stepLabel } };
    await notify.thread(fallback);
  }
  const touchesCurrent = o.obligations.some((x) => baseStepId(x.stepId) === o.c.currentStepId);
  if (touchesCurrent) await settleCurrentStep(o, now);
  for (const stepId of new Set(o.obligations.map((x) => baseStepId(x.stepId)))) {
    await settleBranchStep({ ctx: o.ctx, tx: o.tx, c: o.c, flow: o.flow, at: now }, stepId);
    await resumeClocksIfDone({ ctx: o.ctx, tx: o.tx, c: o.c, flow: o.flow, at: now }, stepId);
  }
  if (o.updateCard !== false) await notify.card();
}

async function settleCurrentStep(o: FinishOptions, now: Date): Promise<void> {
  const step = required(stepById(o.flow, o.c.currentStepId), "the case's current step in its flow");
  const all = await o.tx.obligations(o.c.id);
  if (obligationsOfStep(all, step.id).some((x) => x.status === "open")) return;
  if (step.kind === "decision" && !(await takeDecision({ ...o, step, now }))) return;
  const next = nextMainStep(o.flow, step.id);
  const updated = await o.tx.updateCase(o.c.id, o.c.revision, { currentStepId: next?.id ?? null });
  if (!updated) throw new AppError("conflict", "error.conflict", {}, `case ${o.c.reference} changed concurrently`);
  if (next) {
    const moved = { ...o.c, currentStepId: next.id, revision: o.c.revision + 1 };
    await startStep({
      ctx: o.ctx,
      tx: o.tx,
      c: moved,
      flow: o.flow,
      step: next,
      at: now,
      routings: await routingsOf(o.tx, o.c),
      tellOwners: true,
    });
  } else {
    await notifierFor(o.ctx, o.tx, o.c, now).thread({ key: "notice.all_steps_done", params: {} });
  }
}
