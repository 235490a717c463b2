// Use-case: the owning party completes a step (the current one, or an optional step it opted into),
// optionally with a (sealed) note. A step blocked by a flag says why instead.
import { required } from "../domain/required.ts";
import type { Actor, AppContext } from "./context.ts";
import { AppError } from "./errors.ts";
import { mayActFor } from "../domain/case/authorization.ts";
import { requireCase, requireOpen, requirePerson, standingOfActor } from "./case/case-routing.ts";
import { finishObligations } from "./case/finish-obligations.ts";
import { organisationName } from "./case/notify.ts";
import { obligationsOfStep, runningOptionalSteps, stepById } from "./case/step-plan.ts";
import { caseBoxForWriting } from "./case/case-box.ts";

export interface CompleteStepOptions {
  ctx: AppContext;
  actor: Actor;
  caseId: string;
  note?: string;
  stepId?: string;
}

export async function completeStep({
  ctx,
  actor,
  caseId,
  note,
  stepId,
}: CompleteStepOptions): Promise<{ step: string }> {
  return ctx.store.transaction(async (tx) => {
    await requirePerson(tx, actor.personId);
    const c = await requireCase(tx, caseId);
    requireOpen(c);
    const flow = await ctx.flows.forCase(c);
    const obligations = await tx.obligations(c.id);
    const current = stepById(flow, c.currentStepId);
    const { standing } = await standingOfActor(tx, c, actor.personId);
    // Decisions, conditions and evaluations have their own actions; completing them blindly would skip the advice.
    const candidates = [current, ...runningOptionalSteps(flow, obligations)].filter((s) => s?.kind === "task");
    const step = stepId
      ? candidates.find((s) => s?.id === stepId)
      : (candidates.find(
          (s) =>
            s &&
            obligationsOfStep(obligations, s.id).some((o) => o.status === "open" && mayActFor(standing, o.partyId)),
        ) ?? candidates[0]);
    if (!step)
      throw new AppError(
        "invalid_state",
        "error.no_open_step",
        { reference: c.reference },
        `case ${c.reference} has no open step`,
      );
    const open = obligationsOfStep(obligations, step.id).filter((o) => o.status === "open");
    const flags = await tx.caseFlags(c.id);
    if (open.length === 0 && step.blockedBy && flags.includes(step.blockedBy)) {
      const flag = required(
        flow.flags.find((f) => f.id === step.blockedBy),
        "the flag that blocks the step",
      );
      throw new AppError(
        "invalid_state",
        "error.step_blocked",
        { step: step.label, explanation: flag.explanation },
        `step ${step.id} of ${c.reference} is blocked by ${flag.id}`,
      );
    }
    const mine =
      step.owner === "all"
        ? open.filter((o) => standing.asContact.includes(o.partyId))
        : open.filter((o) => mayActFor(standing, o.partyId));
    if (mine.length === 0) {
      const owner = open[0];
      if (step.owner !== "all" && owner) {
        throw new AppError(
          "not_allowed",
          "error.not_owner",
          { step: step.label, organisation: await organisationName(tx, owner.organisationId) },
          `person ${actor.personId} does not own step ${step.id} of ${c.reference}`,
        );
      }
      throw new AppError(
        "not_allowed",
        "error.not_allowed",
        {},
        `person ${actor.personId} may not complete ${step.id} of ${c.reference}`,
      );
    }
    const sealedNote = note?.trim() ? (await caseBoxForWriting(ctx, tx, c.id)).seal({ note: note.trim() }) : null;
    const asCoordinator = mine.some((o) => !standing.asContact.includes(o.partyId));
    const eventType = step.owner === "all" ? "obligation.acknowledged" : "step.completed";
    await finishObligations({ ctx, tx, c, flow, obligations: mine, actor, eventType, asCoordinator, sealedNote });
    ctx.log.info({ reference: c.reference, stepId: step.id, asCoordinator }, "step completed");
    return { step: step.label };
  });
}
