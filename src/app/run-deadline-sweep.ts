// Use-case: the deadline sweep. Fires every due ladder rung exactly once, also when sweeps overlap or
// catch up after downtime: the rung counter is advanced with a conditional update in the same
// transaction as the messages, so a second sweep finds nothing left to do.
import { required } from "../domain/required.ts";
import { nextActionAt, rungsDue, rungTimes } from "../domain/case/ladder.ts";
import type { AppContext } from "./context.ts";
import { fireRung } from "./case/fire-rung.ts";
import { fireNotice } from "./case/fire-notice.ts";
import { notifierFor } from "./case/notify.ts";
import { fireBranchStart, isBranchStart } from "./case/schedule-branch-starts.ts";
import { isNotice, stepById } from "./case/step-plan.ts";
import type { ObligationRecord } from "./ports.ts";
import type { AbsencePeriod } from "../domain/roster/acting-contact.ts";

export interface SweepResult {
  fired: number;
  obligations: number;
  deferred: boolean;
  failed: number;
}

class AlreadyHandled extends Error {}

async function sweepObligation(
  ctx: AppContext,
  due: ObligationRecord,
  now: Date,
  absences: AbsencePeriod[],
): Promise<number> {
  return ctx.store.transaction(async (tx) => {
    const obligation = (await tx.obligations(due.caseId)).find((o) => o.id === due.id);
    const c = await tx.case(due.caseId);
    if (!obligation || !c || obligation.status !== "open") return 0;
    const flow = await ctx.flows.forCase(c);
    if (isBranchStart(obligation.stepId)) {
      if (!(await fireBranchStart(ctx, tx, c, flow, obligation, now))) throw new AlreadyHandled();
      await notifierFor(ctx, tx, c, now).card();
      return 1;
    }
    if (isNotice(obligation.stepId)) {
      if (!(await fireNotice(ctx, tx, c, flow, obligation, now))) throw new AlreadyHandled();
      return 1;
    }
    const times = rungTimes(obligation.dueAt, flow.escalation.ladder, ctx.calendar);
    const levels = rungsDue(obligation.ladderLevel, times, now);
    const stepLabel = stepById(flow, obligation.stepId)?.label ?? obligation.stepId;
    for (const level of levels) {
      const rung = required(flow.escalation.ladder[level - 1], "the ladder rung of a reached level");
      await fireRung({ ctx, tx, c, obligation, rung, level, stepLabel, now, absences });
    }
    const reached = levels.at(-1) ?? obligation.ladderLevel;
    const updated = await tx.updateObligation(
      obligation.id,
      { status: "open", ladderLevel: obligation.ladderLevel },
      { ladderLevel: reached, nextActionAt: nextActionAt(reached, times) },
    );
    if (!updated) throw new AlreadyHandled();
    if (levels.length)
      ctx.log.info(
        { reference: c.reference, stepId: obligation.stepId, partyId: obligation.partyId, levels },
        "ladder rungs fired",
      );
    return levels.length;
  });
}

export async function runDeadlineSweep({
  ctx,
  batchSize = 200,
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
  // Read once, before the transactions, and only when something is due.
  let absences: AbsencePeriod[] | undefined;
  for (;;) {
    const batch = (await ctx.store.read.dueObligations(now, batchSize)).filter((o) => !seen.has(o.id));
    if (batch.length === 0) break;
    absences ??= await ctx.store.read.absencesFrom(now);
    for (const obligation of batch) {
      seen.add(obligation.id);
      try {
        result.fired += await sweepObligation(ctx, obligation, now, absences);
        result.obligations++;
      } catch (error) {
        if (error instanceof AlreadyHandled) continue;
        result.failed++;
        ctx.log.error(
          { err: error, obligationId: obligation.id },
          "deadline sweep failed for an obligation; it is retried on the next sweep",
        );
      }
    }
  }
  return result;
}
