// Use-case (daily retention job): delete the personal details, sealed notes and household link of cases closed longer ago than the
// retention period, and note it on each case's timeline. References and structured values stay.
import type { AppContext } from "./context.ts";

export interface PurgeExpiredDetailsOptions { ctx: AppContext; retentionDays: number; batchSize?: number }
export interface PurgeResult { purged: string[]; cutoff: Date }

const DAY_MS = 24 * 3_600_000;

export async function purgeExpiredDetails({ ctx, retentionDays, batchSize = 200 }: PurgeExpiredDetailsOptions): Promise<PurgeResult> {
  const now = ctx.clock.now();
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  const purged: string[] = [];
  for (;;) {
    const batch = await ctx.store.read.casesWithDetailsClosedBefore(cutoff, batchSize);
    let done = 0;
    for (const candidate of batch) {
      const reference = await ctx.store.transaction(async (tx) => {
        const c = await tx.case(candidate.id);
        // Re-checked inside the transaction: a reopened case keeps its details.
        if (!c || c.status !== "closed" || !c.closedAt || c.closedAt >= cutoff) return null;
        if (!(await tx.deleteResidentDetails(c.id))) return null;
        await tx.appendEvent({ caseId: c.id, at: now, type: "details.purged", actorId: null, platform: null, partyId: null, data: { retentionDays, closedAt: c.closedAt.toISOString() }, sealed: null });
        return c.reference;
      });
      if (reference) { purged.push(reference); done++; }
    }
    if (batch.length < batchSize || done === 0) break;
  }
  if (purged.length) ctx.log.info({ count: purged.length, retentionDays, cutoff: cutoff.toISOString() }, "personal details purged after the retention period");
  return { purged, cutoff };
}
