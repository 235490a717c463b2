// What a recorded case event does, whoever recorded it (a party's contact or an external participant): the
// timeline entry with its sealed reason, the notices, and the flow's consequences (step, level, branch, parties).
import { required } from "../../domain/required.ts";
import type { CaseEventDef } from "../../domain/flow/case-event-schema.ts";
import type { Flow } from "../../domain/flow/flow-schema.ts";
import { onMainLine } from "../../domain/flow/step-sequence.ts";
import type { AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import type { CaseRecord, Notice, Platform, StoreTx } from "../ports.ts";
import { endBranch, startBranch, startedBranchIds } from "./branches.ts";
import { caseBoxForWriting } from "./case-box.ts";
import { closeWithOutcome } from "./close-with-outcome.ts";
import { routingsOf } from "./case-routing.ts";
import { municipalityName, notifierFor } from "./notify.ts";
import { requireWithinLimits } from "./require-within-limits.ts";
import { startStep } from "./start-step.ts";
import { isNotice, stepById } from "./step-plan.ts";

export interface CaseEventAuthor {
  actorId: string;
  platform: Platform;
  partyId: string | null;
  /** Set when an external participant recorded it: the timeline and the details name the role, never the person. */
  external?: { number: number; role: string };
  /** Who the parties read as author ("Woonstichting Woonhaven", "Externe deelnemer (Wijkteammedewerker)"). */
  name: string;
  /** Who the shared channel may read as author: the organisation, never an external's role. */
  channelName: string;
}

export interface ApplyCaseEventOptions {
  ctx: AppContext;
  tx: StoreTx;
  c: CaseRecord;
  flow: Flow;
  def: CaseEventDef;
  reason: string;
  by: CaseEventAuthor;
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

/** A timeline line: as before for a party; for an external, the channel hears the organisation and the parties'
 *  contacts read the role. */
async function tellTimeline(o: ApplyCaseEventOptions, now: Date, notice: (organisation: string) => Notice) {
  const notify = notifierFor(o.ctx, o.tx, o.c, now);
  if (!o.by.external) return notify.thread(notice(o.by.name));
  await notify.threadIfHeard(notice(o.by.channelName));
  const contacts = new Set((await routingsOf(o.tx, o.c)).map((r) => r.primaryPersonId));
  for (const personId of contacts) await notify.person(personId, notice(o.by.name));
}

async function escalate(o: ApplyCaseEventOptions, updated: CaseRecord, levelIndex: number, now: Date) {
  const { ctx, tx, flow, def, by } = o;
  const levelId = required(def.escalateTo, "the level an event escalates to");
  // Counted like a manual opschaling in the digest and the export.
  await tx.appendEvent({
    caseId: o.c.id,
    at: now,
    type: "case.escalated",
    actorId: by.actorId,
    platform: by.platform,
    partyId: by.partyId,
    data: { level: levelId, byEvent: def.id, ...(by.external ? { external: by.external } : {}) },
    sealed: (await caseBoxForWriting(ctx, tx, o.c.id)).seal({ reason: o.reason }),
  });
  const level = required(flow.escalation.levels[levelIndex], "the escalation level raised to").label;
  await tellTimeline(o, now, (organisation) => ({ key: "notice.escalated", params: { level, organisation } }));
  const municipality = await municipalityName(tx, updated.municipalityId);
  const params = { reference: updated.reference, municipality, level, organisation: by.name };
  await notifierFor(ctx, tx, updated, now).coordinators({ key: "notice.escalated_coordinators", params });
}

async function tellNamedParties(o: ApplyCaseEventOptions, c: CaseRecord, now: Date): Promise<void> {
  const notify = notifierFor(o.ctx, o.tx, c, now);
  const params = { reference: c.reference, event: o.def.label, organisation: o.by.name };
  for (const r of (await routingsOf(o.tx, c)).filter((x) => o.def.notify.includes(x.partyId))) {
    await notify.person(r.primaryPersonId, { key: "notice.case_event_dm", params });
  }
}

/** Records the event and does what the flow says it does, in the caller's transaction. */
export async function applyCaseEvent(o: ApplyCaseEventOptions): Promise<{ level: string | null }> {
  const { ctx, tx, c, flow, def, by } = o;
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
  const level = raise ? required(def.escalateTo, "the level an event escalates to") : null;
  const data = { event: def.id, goTo: def.goTo ?? null, level, ...(by.external ? { external: by.external } : {}) };
  await tx.appendEvent({
    caseId: c.id,
    at: now,
    type: "case_event.recorded",
    actorId: by.actorId,
    platform: by.platform,
    partyId: by.partyId,
    data,
    sealed: (await caseBoxForWriting(ctx, tx, c.id)).seal({ reason: o.reason }),
  });
  await tellTimeline(o, now, (organisation) => ({
    key: "notice.case_event",
    params: { event: def.label, organisation },
  }));
  const updated = { ...c, ...patch, revision: c.revision + (Object.keys(patch).length ? 1 : 0) };
  if (raise) await escalate(o, updated, levelIndex, now);
  if (def.goTo) await goToStep(ctx, tx, updated, flow, def.goTo, now);
  const branchBy = { actorId: by.actorId, platform: by.platform, partyId: by.partyId };
  const ending = flow.branches.find((b) => b.id === def.endBranch);
  if (ending) await endBranch({ ctx, tx, c: updated, flow, branch: ending, at: now, by: branchBy, reason: "event" });
  const starting = flow.branches.find((b) => b.id === def.startBranch);
  if (starting)
    await startBranch({ ctx, tx, c: updated, flow, branch: starting, at: now, by: branchBy, cause: "event" });
  await tellNamedParties(o, updated, now);
  const closing = flow.outcomes.find((outcome) => outcome.value === def.closes);
  if (!closing) {
    await notifierFor(ctx, tx, updated, now).card();
    return { level };
  }
  // Closed like a close by hand (the validator makes sure `closes` names one of the flow's outcomes).
  const sealed = (await caseBoxForWriting(ctx, tx, c.id)).seal({ reason: o.reason });
  const organisation = by.channelName;
  await closeWithOutcome({
    ctx,
    tx,
    c: updated,
    outcome: closing,
    at: now,
    by: branchBy,
    organisation,
    sealed,
    byEvent: def.id,
  });
  return { level };
}
