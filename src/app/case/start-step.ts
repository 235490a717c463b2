// Opens a flow step: one obligation per owning party, each with its deadline and first ladder rung.
import type { PartyRouting } from "../../domain/case/authorization.ts";
import { nextActionAt, rungTimes } from "../../domain/case/ladder.ts";
import { computeDeadline } from "../../domain/flow/deadline.ts";
import type { Flow, FlowStep } from "../../domain/flow/flow-schema.ts";
import type { AppContext } from "../context.ts";
import type { CaseRecord, ObligationRecord, StoreTx } from "../ports.ts";
import { formatDeadline } from "./format-deadline.ts";
import { notifierFor, organisationName } from "./notify.ts";

export interface StartStepOptions {
  ctx: AppContext;
  tx: StoreTx;
  c: CaseRecord;
  flow: Flow;
  step: FlowStep;
  at: Date;
  routings: PartyRouting[];
  /** Parties whose obligation is already done (a reopened acknowledgement step skips them). */
  skipParties?: readonly string[];
  /** Send the step's owners a direct message (the report sends its own routing message instead). */
  tellOwners?: boolean;
}

export async function startStep(options: StartStepOptions): Promise<ObligationRecord[]> {
  const { ctx, tx, c, flow, step, at, routings } = options;
  const owners = (step.owner === "all" ? routings : routings.filter((r) => r.partyId === step.owner))
    .filter((r) => !options.skipParties?.includes(r.partyId));
  const dueAt = computeDeadline(at, step.deadline, ctx.calendar);
  const times = rungTimes(dueAt, flow.escalation.ladder, ctx.calendar);
  const created = await tx.createObligations(
    owners.map((r) => ({
      caseId: c.id, stepId: step.id, partyId: r.partyId, organisationId: r.organisationId,
      status: "open" as const, startedAt: at, dueAt, ladderLevel: 0, nextActionAt: nextActionAt(0, times),
      doneAt: null, doneById: null,
    })),
  );
  await tx.appendEvent({
    caseId: c.id, at, type: "step.started", actorId: null, platform: null, partyId: null,
    data: { stepId: step.id, dueAt: dueAt.toISOString(), parties: owners.map((r) => r.partyId) },
    sealed: null,
  });
  if (options.tellOwners) {
    const notify = notifierFor(ctx, tx, c, at);
    const deadline = formatDeadline(dueAt, ctx.calendar);
    for (const owner of owners) {
      const organisation = await organisationName(tx, owner.organisationId);
      await notify.person(owner.primaryPersonId, { key: "notice.step_assigned", params: { reference: c.reference, step: step.label, organisation, deadline } });
      if (step.owner !== "all") await notify.thread({ key: "notice.step_started", params: { step: step.label, organisation, deadline } });
    }
  }
  return created;
}
