// Opens a flow step: obligations per owning party with deadlines (from the start or an entered date),
// evaluation moments for a trial period, or nothing while a blocking flag is set.
import type { PartyRouting } from "../../domain/case/authorization.ts";
import { nextActionAt, rungTimes } from "../../domain/case/ladder.ts";
import { stepDueDates } from "../../domain/flow/step-schedule.ts";
import type { Flow, FlowStep } from "../../domain/flow/flow-schema.ts";
import type { AppContext } from "../context.ts";
import type { CaseRecord, ObligationRecord, StoreTx } from "../ports.ts";
import { formatDeadline } from "./format-deadline.ts";
import { joinPartiesAt } from "./join-parties.ts";
import { pausingStep } from "./pause-clocks.ts";
import { notifierFor, organisationName } from "./notify.ts";
import { tellActingContact } from "../absence/acting.ts";
import { tellParties } from "./tell-parties.ts";
import { tellExternalsOfStep } from "../external/tell-externals.ts";

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

/** Each obligation to create: who, which (numbered) step, and when it is due. */
function plan(o: StartStepOptions, dates: Map<string, Date>): { routing: PartyRouting; stepId: string; dueAt: Date }[] {
  const { step, routings, at, ctx } = o;
  const owners = (step.owner === "all" ? routings : routings.filter((r) => r.partyId === step.owner)).filter(
    (r) => !o.skipParties?.includes(r.partyId),
  );
  return stepDueDates(step, at, dates, ctx.calendar).flatMap(({ stepId, dueAt }) =>
    owners.map((routing) => ({ routing, stepId, dueAt })),
  );
}

export async function startStep(options: StartStepOptions): Promise<ObligationRecord[]> {
  const { ctx, tx, c, flow, step, at } = options;
  const notify = notifierFor(ctx, tx, c, at);
  const flags = await tx.caseFlags(c.id);
  if (step.blockedBy && flags.includes(step.blockedBy)) {
    await tx.appendEvent({
      caseId: c.id,
      at,
      type: "step.blocked",
      actorId: null,
      platform: null,
      partyId: null,
      data: { stepId: step.id, flag: step.blockedBy },
      sealed: null,
    });
    const flag = flow.flags.find((f) => f.id === step.blockedBy);
    // Only the parties on the case hear of the block (an objection is not for the shared channel).
    const params = { step: step.label, flag: flag?.label ?? step.blockedBy };
    await tellParties(options.routings, notify, { key: "notice.step_blocked", params });
    return [];
  }
  const dates = new Map((await tx.caseDates(c.id)).map((d) => [d.key, d.date]));
  const joined = await joinPartiesAt(ctx, tx, c, flow, step, at, options.routings);
  const planned = plan({ ...options, routings: [...options.routings, ...joined] }, dates);
  // While another step pauses the case, this step's clock stands still too (it starts when the pause ends).
  const pausing = pausingStep(flow, await tx.obligations(c.id));
  const paused = Boolean(pausing) && pausing?.id !== step.id;
  const created = await tx.createObligations(
    planned.map(({ routing, stepId, dueAt }) => ({
      caseId: c.id,
      stepId,
      partyId: routing.partyId,
      organisationId: routing.organisationId,
      status: "open" as const,
      startedAt: at,
      dueAt,
      ladderLevel: 0,
      nextActionAt: paused ? null : nextActionAt(0, rungTimes(dueAt, flow.escalation.ladder, ctx.calendar)),
      doneAt: null,
      doneById: null,
    })),
  );
  await tx.appendEvent({
    caseId: c.id,
    at,
    type: "step.started",
    actorId: null,
    platform: null,
    partyId: null,
    data: {
      stepId: step.id,
      obligations: planned.map((p) => ({ stepId: p.stepId, partyId: p.routing.partyId, dueAt: p.dueAt.toISOString() })),
    },
    sealed: null,
  });
  const firstDue = planned[0]?.dueAt;
  if (firstDue) await tellExternalsOfStep({ ctx, tx, c, flow, step, dueAt: firstDue, at });
  if (options.tellOwners) {
    const first = new Map<string, (typeof planned)[number]>();
    for (const p of planned) if (!first.has(p.routing.partyId)) first.set(p.routing.partyId, p);
    for (const { routing, dueAt } of first.values()) {
      const params = {
        reference: c.reference,
        step: step.label,
        organisation: await organisationName(tx, routing.organisationId),
        deadline: formatDeadline(dueAt, ctx.calendar),
      };
      await tellActingContact({
        ctx,
        tx,
        c,
        organisationId: routing.organisationId,
        at,
        notice: { key: "notice.step_assigned", params },
        actingNotice: { key: "notice.step_assigned_acting", params },
      });
      if (step.owner !== "all") await notify.thread({ key: "notice.step_started", params });
    }
  }
  return created;
}
