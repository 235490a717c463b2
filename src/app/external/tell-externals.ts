// Messages to external participants' chat accounts (guests on Slack or Teams), queued with the change: a step of
// their role opened, their access ended. Reference, role and step only; a participant without an account gets none.
import { externalParticipants, externalActorId } from "../../domain/case/external-access.ts";
import type { Flow, FlowStep } from "../../domain/flow/flow-schema.ts";
import { formatDeadline } from "../case/format-deadline.ts";
import type { AppContext } from "../context.ts";
import type { CaseRecord, Notice, StoreTx } from "../ports.ts";
import { EXTERNAL_EVENT_TYPES } from "./external-state.ts";

async function enqueueTo(ctx: AppContext, tx: StoreTx, c: CaseRecord, actorId: string, notice: Notice, at: Date) {
  await tx.enqueue({ kind: "external.dm", actorId, caseId: c.id, notice }, at, ctx.platforms);
}

/** A step given to an external role started: each active participant in that role hears it, with its deadline. */
export async function tellExternalsOfStep(o: {
  ctx: AppContext;
  tx: StoreTx;
  c: CaseRecord;
  flow: Flow;
  step: FlowStep;
  dueAt: Date;
  at: Date;
}): Promise<void> {
  const roles = o.flow.externalRoles.filter((r) => r.steps.includes(o.step.id));
  if (roles.length === 0) return;
  const events = (await o.tx.events(o.c.id)).filter((e) => EXTERNAL_EVENT_TYPES.includes(e.type));
  for (const p of externalParticipants(events).filter((x) => !x.removedAt)) {
    const role = roles.find((r) => r.id === p.roleId);
    if (!role) continue;
    const deadline = formatDeadline(o.dueAt, o.ctx.calendar);
    const params = { reference: o.c.reference, step: o.step.label, role: role.label, deadline };
    await enqueueTo(o.ctx, o.tx, o.c, externalActorId(o.c.id, p.number), { key: "guest.step_open", params }, o.at);
  }
}

/** The participant's access ended (removed by a party, or the case closed). */
export async function tellExternalAccessEnded(ctx: AppContext, tx: StoreTx, c: CaseRecord, number: number, at: Date) {
  const notice: Notice = { key: "guest.access_ended", params: { reference: c.reference } };
  await enqueueTo(ctx, tx, c, externalActorId(c.id, number), notice, at);
}
