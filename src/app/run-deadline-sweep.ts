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
import type { CaseRecord, ObligationRecord, StoreTx } from "./ports.ts";

export interface SweepResult {
  fired: number;
  obligations: number;
  deferred: boolean;
  failed: number;
}

type Fired = Pick<SweepResult, "fired" | "obligations">;

/** Fires the obligation's due rungs; null when another sweep or a person got there first. */
async function sweepObligation(
  ctx: AppContext,
  tx: StoreTx,
  c: CaseRecord,
  obligation: ObligationRecord,
  cache: SweepCache,
  unbuffered: () => Promise<StoreTx>,
) {
  const { now, absences } = cache;
  const flow = await ctx.flows.forCase(c);
  if (isBranchStart(obligation.stepId)) {
    // A branch start reads the timeline it writes (the card's routes line): it runs on the unbuffered transaction.
    const direct = await unbuffered();
    if (!(await fireBranchStart(ctx, direct, c, flow, obligation, now))) return null;
    await notifierFor(ctx, direct, c, now).card();
    return 1;
  }
  if (isNotice(obligation.stepId)) return (await fireNotice(ctx, tx, c, flow, obligation, now)) ? 1 : null;
  const times = rungTimes(obligation.dueAt, flow.escalation.ladder, ctx.calendar);
  const levels = rungsDue(obligation.ladderLevel, times, now);
  const reached = levels.at(-1) ?? obligation.ladderLevel;
  // The claim comes first: it is the exactly-once guard (read before the transaction, so it checks every field
  // the rungs depend on), and on SQLite it takes the write lock at once.
  const claimed = await tx.updateObligation(
    obligation.id,
    { status: "open", ladderLevel: obligation.ladderLevel, dueAt: obligation.dueAt },
    { ladderLevel: reached, nextActionAt: nextActionAt(reached, times) },
  );
  if (!claimed) return null;
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

async function sweepBatch(ctx: AppContext, batch: ObligationRecord[], cache: SweepCache): Promise<Fired> {
  return ctx.store.transaction(async (raw) => {
    // A read first: on SQLite a second connection that wants the write lock then fails at once (retried on the
    // next sweep) instead of waiting in the busy handler, which would block this thread's other connection.
    const cases = new Map((await raw.cases([...new Set(batch.map((o) => o.caseId))])).map((c) => [c.id, c]));
    const { tx, flush } = sweepTx(raw, cache);
    const unbuffered = async () => {
      await flush();
      return raw;
    };
    const done: Fired = { fired: 0, obligations: 0 };
    for (const obligation of batch) {
      const c = cases.get(obligation.caseId);
      const fired = c ? await sweepObligation(ctx, tx, c, obligation, cache, unbuffered) : null;
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
