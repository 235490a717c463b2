// Use-case: the owning party completes a step (the current one, or an optional step it opted into),
// optionally with a (sealed) note. A step blocked by a flag says why instead.
import { required } from "../domain/required.ts";
import type { Actor, AppContext } from "./context.ts";
import { AppError } from "./errors.ts";
import { validateForm } from "../domain/forms/validate-form.ts";
import type { FlowStep, FormFieldDef } from "../domain/flow/flow-schema.ts";
import { mayActFor } from "../domain/case/authorization.ts";
import { standingOfActor } from "./case/case-routing.ts";
import { withCase } from "./case/with-case.ts";
import { finishObligations } from "./case/finish-obligations.ts";
import { organisationName } from "./case/notify.ts";
import { obligationsOfStep, runningOptionalSteps, stepById } from "./case/step-plan.ts";
import { caseBoxForWriting } from "./case/case-box.ts";
import type { CaseRecord, ObligationRecord, StoreTx } from "./ports.ts";

export interface CompleteStepOptions {
  ctx: AppContext;
  actor: Actor;
  caseId: string;
  note?: string;
  stepId?: string;
  /** Values of the step's own fields (flow: steps[].fields), checked against their bounds. */
  values?: Record<string, unknown>;
}

/** The step's fields checked against their bounds; structured values apart from personal ones (sealed). */
function stepValues(ctx: AppContext, step: FlowStep, values: Record<string, unknown>, reference: string) {
  const fields = step.fields ?? [];
  const options = (f: FormFieldDef) => (f.options ?? []).map((o) => o.value);
  const checked = validateForm(fields, values, options, ctx.calendar.localDate(ctx.clock.now()));
  if (!checked.ok) {
    const log = `step values refused on ${reference}: ${Object.keys(checked.errors).join(", ")}`;
    throw new AppError("invalid_input", "form.step_fields_refused", {}, log, checked.errors);
  }
  const personal = (id: string) => fields.find((f) => f.id === id)?.personal;
  const pick = (keep: boolean) =>
    Object.fromEntries(
      Object.entries(checked.values).filter(([id, v]) => v !== null && Boolean(personal(id)) === keep),
    );
  return { public: pick(false), personal: pick(true) };
}

/** Why a person has no open part in the step: another party owns it, their own part is done already (pressed twice,
 *  or on a second device), or they are not on the case for it. */
async function refuseNotMine(o: {
  tx: StoreTx;
  c: CaseRecord;
  step: FlowStep;
  actor: Actor;
  open: ObligationRecord[];
  obligations: ObligationRecord[];
  standsFor: (partyId: string) => boolean;
}): Promise<never> {
  const { c, step, actor } = o;
  const owner = o.open[0];
  if (step.owner !== "all" && owner) {
    throw new AppError(
      "not_allowed",
      "error.not_owner",
      { step: step.label, organisation: await organisationName(o.tx, owner.organisationId) },
      `person ${actor.personId} does not own step ${step.id} of ${c.reference}`,
    );
  }
  if (obligationsOfStep(o.obligations, step.id).some((x) => x.status === "done" && o.standsFor(x.partyId)))
    throw new AppError(
      "invalid_state",
      "error.nothing_to_acknowledge",
      { reference: c.reference },
      `person ${actor.personId} has nothing left to complete on ${step.id} of ${c.reference}`,
    );
  throw new AppError(
    "not_allowed",
    "error.not_allowed",
    {},
    `person ${actor.personId} may not complete ${step.id} of ${c.reference}`,
  );
}

export async function completeStep({
  ctx,
  actor,
  caseId,
  note,
  stepId,
  values = {},
}: CompleteStepOptions): Promise<{ step: string }> {
  return withCase(ctx, { actor, caseId, mustBeOpen: true }, async ({ tx, c }) => {
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
    // Every party's own contact for a step of all; otherwise the owner's contact, deputy or a coordinator.
    const standsFor = (partyId: string) =>
      step.owner === "all" ? standing.asContact.includes(partyId) : mayActFor(standing, partyId);
    const mine = open.filter((o) => standsFor(o.partyId));
    if (mine.length === 0) await refuseNotMine({ tx, c, step, actor, open, obligations, standsFor });
    const entered = stepValues(ctx, step, values, c.reference);
    const sealed = { ...(note?.trim() ? { note: note.trim() } : {}), ...entered.personal };
    const sealedNote = Object.keys(sealed).length ? (await caseBoxForWriting(ctx, tx, c.id)).seal(sealed) : null;
    const asCoordinator = mine.some((o) => !standing.asContact.includes(o.partyId));
    const eventType = step.owner === "all" ? "obligation.acknowledged" : "step.completed";
    const data = Object.keys(entered.public).length ? { values: entered.public } : {};
    await finishObligations({ ctx, tx, c, flow, obligations: mine, actor, eventType, asCoordinator, sealedNote, data });
    ctx.log.info({ reference: c.reference, stepId: step.id, asCoordinator }, "step completed");
    return { step: step.label };
  });
}
