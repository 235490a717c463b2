// Use-case: a step given to an external role is completed, by the external participant on the console or by a
// routed party on their behalf ("namens"); the timeline, the parties' messages and the details say which.
import { isInvolved } from "../../domain/case/authorization.ts";
import { externalAccess, roleMayActOnStep, type ExternalParticipant } from "../../domain/case/external-access.ts";
import type { ExternalRoleDef } from "../../domain/flow/external-role-schema.ts";
import type { Flow } from "../../domain/flow/flow-schema.ts";
import { requireOpen, requirePerson, standingOfActor } from "../case/case-routing.ts";
import { caseBoxForWriting } from "../case/case-box.ts";
import { finishObligations } from "../case/finish-obligations.ts";
import { notifierFor, organisationName } from "../case/notify.ts";
import { obligationsOfStep, stepById } from "../case/step-plan.ts";
import type { Actor, AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import type { CaseRecord, Notice, StoreTx } from "../ports.ts";
import { requireCaseByReference } from "./add-external-participant.ts";
import { participantNumber } from "./remove-external-participant.ts";
import { loadExternals, requireExternalAccess, roleOf } from "./external-state.ts";

interface Finish {
  ctx: AppContext;
  tx: StoreTx;
  c: CaseRecord;
  flow: Flow;
  role: ExternalRoleDef;
  participant: ExternalParticipant;
  stepId: string;
  actor: Actor;
  note: string | undefined;
  onBehalf: boolean;
}

async function finishExternalStep(o: Finish): Promise<{ step: string; reference: string }> {
  const { ctx, tx, c, flow, role } = o;
  const step = stepById(flow, o.stepId);
  const open = obligationsOfStep(await tx.obligations(c.id), o.stepId).filter((x) => x.status === "open");
  if (!step || open.length === 0)
    throw new AppError("invalid_state", "error.external_no_open_step", { role: role.label, reference: c.reference });
  const note = o.note?.trim().slice(0, 4000);
  const sealedNote = note ? (await caseBoxForWriting(ctx, tx, c.id)).seal({ note }) : null;
  const data = { external: { number: o.participant.number, role: role.id }, ...(o.onBehalf ? { onBehalf: true } : {}) };
  const notice = (organisation: string, label: string): Notice =>
    o.onBehalf
      ? { key: "notice.external_on_behalf", params: { organisation, step: label, role: role.label } }
      : { key: "notice.external_step_completed", params: { step: label, role: role.label } };
  const at = ctx.clock.now();
  await finishObligations({
    ctx,
    tx,
    c,
    flow,
    obligations: open,
    actor: o.actor,
    eventType: "step.completed",
    asCoordinator: false,
    sealedNote,
    data,
    notice,
  });
  // The shared channel hears the usual line, naming the owning organisation: the role stays with the parties.
  const owner = await organisationName(tx, open[0]?.organisationId ?? "");
  await notifierFor(ctx, tx, c, at).threadIfHeard({
    key: "notice.step_completed",
    params: { organisation: owner, step: step.label },
  });
  ctx.log.info(
    { reference: c.reference, stepId: step.id, role: role.id, onBehalf: o.onBehalf },
    "external step completed",
  );
  return { step: step.label, reference: c.reference };
}

/** The external participant completes a step their role is given (and nothing else). */
export async function completeStepAsExternal(o: { ctx: AppContext; actor: Actor; stepId: string; note?: string }) {
  return o.ctx.store.transaction(async (tx) => {
    const { c, flow, participant, role } = await requireExternalAccess(o.ctx, tx, o.actor.personId);
    if (!roleMayActOnStep(role, o.stepId)) {
      const steps = role.steps.map((s) => `‘${stepById(flow, s)?.label ?? s}’`).join(", ");
      const label = stepById(flow, o.stepId)?.label ?? o.stepId;
      const log = `external ${role.id} may not complete ${o.stepId} of ${c.reference}`;
      throw new AppError("not_allowed", "error.external_step_not_role", { step: label, role: role.label, steps }, log);
    }
    return finishExternalStep({
      ctx: o.ctx,
      tx,
      c,
      flow,
      role,
      participant,
      stepId: o.stepId,
      actor: o.actor,
      note: o.note,
      onBehalf: false,
    });
  });
}

/** A routed party records the role's open step on behalf of an external participant without an account. */
export async function completeStepOnBehalf(o: {
  ctx: AppContext;
  actor: Actor;
  reference: string;
  participant: string;
  note?: string;
}) {
  return o.ctx.store.transaction(async (tx) => {
    await requirePerson(tx, o.actor.personId);
    const c = await requireCaseByReference(tx, o.reference);
    requireOpen(c);
    const { standing } = await standingOfActor(tx, c, o.actor.personId);
    if (!isInvolved(standing))
      throw new AppError("not_allowed", "error.not_allowed", {}, `${o.actor.personId} is not on ${c.reference}`);
    const flow = await o.ctx.flows.forCase(c);
    const number = participantNumber(o.participant);
    const list = await loadExternals(tx, c.id);
    const participant = list.find((p) => p.number === number);
    const role = participant ? roleOf(flow, participant.roleId) : undefined;
    if (!participant || !role || externalAccess(c.status, list, number) !== "ok")
      throw new AppError("not_found", "error.external_unknown", { reference: c.reference, number: o.participant });
    const obligations = await tx.obligations(c.id);
    const stepId = role.steps.find((s) => obligationsOfStep(obligations, s).some((x) => x.status === "open"));
    if (!stepId)
      throw new AppError("invalid_state", "error.external_no_open_step", { role: role.label, reference: c.reference });
    const done = await finishExternalStep({
      ctx: o.ctx,
      tx,
      c,
      flow,
      role,
      participant,
      stepId,
      actor: o.actor,
      note: o.note,
      onBehalf: true,
    });
    return { ...done, number, role: role.label };
  });
}
