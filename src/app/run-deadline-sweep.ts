// Use-case: the deadline sweep. Fires every due ladder rung exactly once, also when sweeps overlap, instances
// share a database or the sweep catches up after downtime: each obligation is claimed with a conditional update
// in the same transaction as its messages, so a second sweep finds nothing left to do. Rungs are written in
// batches (one transaction each, small enough to keep acks flowing: docs/production.md) with the directory read once per sweep: a few statements per rung.
import { nextActionAt, rungsDue, rungTimes } from "../domain/case/ladder.ts";
import type { AppContext } from "./context.ts";
import { fireRung } from "./case/fire-rung.ts";
import { fireNotice } from "./case/fire-notice.ts";
import { notifierFor } from "./case/notify.ts";
import { fireBranchStart, isBranchStart } from "./case/schedule-branch-starts.ts";
import { isNotice, stepById } from "./case/step-plan.ts";
import { createSweepCache, type SweepCache, sweepTx } from "./case/sweep-tx.ts";
import type { CaseRecord, ObligationClaim, ObligationRecord, StoreTx } from "./ports.ts";

export interface SweepResult {
  fired: number;
  obligations: number;
  deferred: boolean;
  failed: number;
}

type Fired = Pick<SweepResult, "fired" | "obligations">;

/** Where the sweep moves a ladder obligation: its rung times, the rungs due now and the claim that guards them. */
interface LadderPlan {
  levels: number[];
  claim: ObligationClaim;
}

async function planLadder(ctx: AppContext, c: CaseRecord, obligation: ObligationRecord, now: Date) {
  const flow = await ctx.flows.forCase(c);
  const times = rungTimes(obligation.dueAt, flow.escalation.ladder, ctx.calendar);
  const levels = rungsDue(obligation.ladderLevel, times, now);
  const reached = levels.at(-1) ?? obligation.ladderLevel;
  const { id, ladderLevel, dueAt } = obligation;
  return { levels, claim: { id, ladderLevel, dueAt, reached, nextActionAt: nextActionAt(reached, times) } };
}

/** Fires the rungs of an obligation this sweep has claimed. */
async function fireLadder(
  ctx: AppContext,
  tx: StoreTx,
  c: CaseRecord,
  obligation: ObligationRecord,
  { levels }: LadderPlan,
  { now, absences }: SweepCache,
) {
  const flow = await ctx.flows.forCase(c);
  const stepLabel = stepById(flow, obligation.stepId)?.label ?? obligation.stepId;
  for (const level of levels) {
    const rung = flow.escalation.ladder[level - 1];
    if (rung) await fireRung({ ctx, tx, c, obligation, rung, level, stepLabel, now, absences });
  }
  if (levels.length)
    ctx.log.info(
      { reference: c.reference, stepId: obligation.stepId, partyId: obligation.partyId, levels },
      "ladder rungs fired",
    );
  return levels.length;
}

/** A branch start or a notice: each guards itself; null when another sweep or a person got there first. */
async function fireOther(
  ctx: AppContext,
  tx: StoreTx,
  c: CaseRecord,
  obligation: ObligationRecord,
  now: Date,
  unbuffered: () => Promise<StoreTx>,
) {
  const flow = await ctx.flows.forCase(c);
  if (isBranchStart(obligation.stepId)) {
    // A branch start reads the timeline it writes (the card's routes line): it runs on the unbuffered transaction.
    const direct = await unbuffered();
    if (!(await fireBranchStart(ctx, direct, c, flow, obligation, now))) return null;
    await notifierFor(ctx, direct, c, now).card();
    return 1;
  }
  return (await fireNotice(ctx, tx, c, flow, obligation, now)) ? 1 : null;
}

async function sweepBatch(ctx: AppContext, batch: ObligationRecord[], cache: SweepCache): Promise<Fired> {
  return ctx.store.transaction(async (raw) => {
    // A read first: on SQLite a second connection that wants the write lock then fails at once (retried on the
    // next sweep) instead of waiting in the busy handler, which would block this thread's other connection.
    const cases = new Map((await raw.cases([...new Set(batch.map((o) => o.caseId))])).map((c) => [c.id, c]));
    const plans = new Map<string, LadderPlan>();
    for (const o of batch) {
      const c = cases.get(o.caseId);
      if (c && !isBranchStart(o.stepId) && !isNotice(o.stepId)) plans.set(o.id, await planLadder(ctx, c, o, cache.now));
    }
    // The claim comes first and is the exactly-once guard: one statement for the batch's ladder obligations (read
    // before the transaction, so it checks every field the rungs depend on); on SQLite it takes the write lock.
    const claimed = await raw.claimObligations([...plans.values()].map((p) => p.claim));
    const { tx, flush } = sweepTx(raw, cache);
    const unbuffered = async () => {
      await flush();
      return raw;
    };
    const done: Fired = { fired: 0, obligations: 0 };
    for (const obligation of batch) {
      const c = cases.get(obligation.caseId);
      const plan = plans.get(obligation.id);
      if (!c || (plan && !claimed.has(obligation.id))) continue;
      const fired = plan
        ? await fireLadder(ctx, tx, c, obligation, plan, cache)
        : await fireOther(ctx, tx, c, obligation, cache.now, unbuffered);
      if (fired === null) continue;
      done.fired += fired;
      done.obligations++;
    }
    await flush();
    return done;
  });
}

/** A batch that fails is tried again one obligation at a time, so one bad obligation holds up only itself. */
async function sweepOrSplit(ctx: AppContext, batch: ObligationRecord[], cache: SweepCache, result: SweepResult) {
  const add = (done: Fired) => {
    result.fired += done.fired;
    result.obligations += done.obligations;
  };
  try {
    add(await sweepBatch(ctx, batch, cache));
    return;
  } catch (error) {
    if (batch.length > 1) ctx.log.warn({ err: error, size: batch.length }, "sweep batch failed; firing one by one");
    else return fail(ctx, result, batch[0], error);
  }
  for (const obligation of batch) {
    try {
      add(await sweepBatch(ctx, [obligation], cache));
    } catch (error) {
      fail(ctx, result, obligation, error);
    }
  }
}

function fail(ctx: AppContext, result: SweepResult, obligation: ObligationRecord | undefined, error: unknown) {
  result.failed++;
  ctx.log.error(
    { err: error, obligationId: obligation?.id },
    "deadline sweep failed for an obligation; it is retried on the next sweep",
  );
}

export async function runDeadlineSweep({
  ctx,
  batchSize = 50,
}: {
  ctx: AppContext;
  batchSize?: number;
}): Promise<SweepResult> {
  const now = ctx.clock.now();
  const result: SweepResult = { fired: 0, obligations: 0, deferred: false, failed: 0 };
  // Reminders wait for working hours: nobody is paged at 03:00 on a Sunday.
  if (!ctx.calendar.isWithinWorkingHours(now)) return { ...result, deferred: true };
  const seen = new Set<string>();
  // Who is away is decided by this sweep's clock: an absence that has ended no longer counts, without a job.
  // Read once, with the rest of the directory, and only when something is due.
  let cache: SweepCache | undefined;
  for (;;) {
    const batch = (await ctx.store.read.dueObligations(now, batchSize)).filter((o) => !seen.has(o.id));
    if (batch.length === 0) break;
    for (const obligation of batch) seen.add(obligation.id);
    cache ??= createSweepCache(now, await ctx.store.read.absencesFrom(now));
    await sweepOrSplit(ctx, batch, cache, result);
    // The database calls never wait on I/O, so without this a long sweep would hold every ack until it ends.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return result;
}
