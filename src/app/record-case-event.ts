// Use-case: a party records a case event the flow declares (a breach, a new incident) with a private reason;
// the flow says what follows: the case goes (back) to a step, moves up to a level, and parties are told.
import { required } from "../domain/required.ts";
import type { CaseEventDef } from "../domain/flow/case-event-schema.ts";
import type { Flow } from "../domain/flow/flow-schema.ts";
import type { Actor, AppContext } from "./context.ts";
import { AppError, requireText } from "./errors.ts";
import { routingsOf } from "./case/case-routing.ts";
import { municipalityName, notifierFor, organisationName } from "./case/notify.ts";
import { requirePartyStanding } from "./case/require-party-standing.ts";
import { caseBoxForWriting } from "./case/case-box.ts";
import { endBranch, startBranch, startedBranchIds } from "./case/branches.ts";
import { requireWithinLimits } from "./case/require-within-limits.ts";
import { closeWithOutcome } from "./case/close-with-outcome.ts";
import { startStep } from "./case/start-step.ts";
import { isNotice, stepById } from "./case/step-plan.ts";
import { onMainLine } from "../domain/flow/step-sequence.ts";
import type { CaseRecord, StoreTx } from "./ports.ts";

export interface RecordCaseEventOptions {
  ctx: AppContext;
  actor: Actor;
  caseId: string;
  event: unknown;
  reason: unknown;
}

/** The open work of the main line stops; the target step starts with fresh deadlines. */
async function goToStep(ctx: AppContext, tx: StoreTx, c: CaseRecord, flow: Flow, stepId: string, now: Date) {
  const step = required(
    flow.steps.find((s) => s.id === stepId),
    "the step an event goes to",
  );
  for (const o of await tx.obligations(c.id)) {
    const own = stepById(flow, o.stepId);
    if (o.status !== "open" || isNotice(o.stepId) || !own || !onMainLine(flow, own)) continue;
    await tx.updateObligation(o.id, { status: "open" }, { status: "cancelled", nextActionAt: null });
  }
  await startStep({ ctx, tx, c, flow, step, at: now, routings: await routingsOf(tx, c), tellOwners: true });
}

/** Tells the coordinators (and the level's organisation type) like a manual opschaling does. */
async function announceLevel(
  ctx: AppContext,
  tx: StoreTx,
  c: CaseRecord,
  level: string,
  organisation: string,
  now: Date,
): Promise<void> {
  const municipality = await municipalityName(tx, c.municipalityId);
  const params = { reference: c.reference, municipality, level, organisation };
  await notifierFor(ctx, tx, c, now).coordinators({ key: "notice.escalated_coordinators", params });
}

async function tellParties(
  ctx: AppContext,
  tx: StoreTx,
  c: CaseRecord,
  def: CaseEventDef,
  organisation: string,
  now: Date,
): Promise<void> {
  const notify = notifierFor(ctx, tx, c, now);
  const params = { reference: c.reference, event: def.label, organisation };
  for (const r of (await routingsOf(tx, c)).filter((x) => def.notify.includes(x.partyId))) {
    await notify.person(r.primaryPersonId, { key: "notice.case_event_dm", params });
  }
}

export async function recordCaseEvent({ ctx, actor, caseId, event, reason }: RecordCaseEventOptions): Promise<void> {
  const text = requireText(reason, "reason", 2000);
  await ctx.store.transaction(async (tx) => {
    const c0 = await tx.case(caseId);
    const def = c0 ? (await ctx.flows.forCase(c0)).events.find((e) => e.id === event) : undefined;
    if (!def) {
      const fieldErrors = { event: { key: "form.invalid_option" as const } };
      const log = `unknown case event ${String(event)}`;
      throw new AppError("invalid_input", "form.invalid_option", {}, log, fieldErrors);
    }
    const { c, flow, person, partyId } = await requirePartyStanding(ctx, tx, actor, caseId, def.recordedBy);
    const now = ctx.clock.now();
    await requireWithinLimits(ctx, tx, c, flow, { event: def.id }, now);
    // A branch that already ran on this case does not start again, so it does not count against a limit.
    const startsBranch = def.startBranch && !startedBranchIds(await tx.events(c.id)).has(def.startBranch);
    if (def.startBranch && startsBranch) await requireWithinLimits(ctx, tx, c, flow, { branch: def.startBranch }, now);
    const levelIndex = def.escalateTo ? flow.escalation.levels.findIndex((l) => l.id === def.escalateTo) : -1;
    const raise = levelIndex > c.level;
    const patch = { ...(raise ? { level: levelIndex } : {}), ...(def.goTo ? { currentStepId: def.goTo } : {}) };
    if (Object.keys(patch).length && !(await tx.updateCase(c.id, c.revision, patch))) {
      throw new AppError("conflict", "error.conflict", {}, `case ${c.reference} changed concurrently`);
    }
    const data = {
      event: def.id,
      goTo: def.goTo ?? null,
      level: raise ? required(def.escalateTo, "the level an event escalates to") : null,
    };
    const box = await caseBoxForWriting(ctx, tx, c.id);
    await tx.appendEvent({
      caseId: c.id,
      at: now,
      type: "case_event.recorded",
      actorId: actor.personId,
      platform: actor.platform,
      partyId,
      data,
      sealed: box.seal({ reason: text }),
    });
    const organisation = await organisationName(tx, person.organisationId);
    const notify = notifierFor(ctx, tx, c, now);
    await notify.thread({ key: "notice.case_event", params: { event: def.label, organisation } });
    const updated = { ...c, ...patch, revision: c.revision + (Object.keys(patch).length ? 1 : 0) };
    if (raise) {
      // Counted like a manual opschaling in the digest and the export.
      await tx.appendEvent({
        caseId: c.id,
        at: now,
        type: "case.escalated",
        actorId: actor.personId,
        platform: actor.platform,
        partyId,
        data: { level: required(def.escalateTo, "the level an event escalates to"), byEvent: def.id },
        sealed: box.seal({ reason: text }),
      });
      const level = required(flow.escalation.levels[levelIndex], "the escalation level raised to").label;
      await notify.thread({ key: "notice.escalated", params: { level, organisation } });
      await announceLevel(ctx, tx, updated, level, organisation, now);
    }
    if (def.goTo) await goToStep(ctx, tx, updated, flow, def.goTo, now);
    const by = { actorId: actor.personId, platform: actor.platform, partyId };
    const ending = flow.branches.find((b) => b.id === def.endBranch);
    if (ending) await endBranch({ ctx, tx, c: updated, flow, branch: ending, at: now, by, reason: "event" });
    const starting = flow.branches.find((b) => b.id === def.startBranch);
    if (starting) await startBranch({ ctx, tx, c: updated, flow, branch: starting, at: now, by, cause: "event" });
    await tellParties(ctx, tx, updated, def, organisation, now);
    const closing = flow.outcomes.find((o) => o.value === def.closes);
    if (closing) {
      // Closed like a close by hand (the validator makes sure `closes` names one of the flow's outcomes).
      const sealed = box.seal({ reason: text });
      await closeWithOutcome({
        ctx,
        tx,
        c: updated,
        outcome: closing,
        at: now,
        by,
        organisation,
        sealed,
        byEvent: def.id,
      });
    } else await notify.card();
    const log = { reference: c.reference, event: def.id, goTo: def.goTo, level: data.level, closes: def.closes };
    ctx.log.info(log, "case event recorded");
  });
}
