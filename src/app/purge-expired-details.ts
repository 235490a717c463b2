// Use-case (daily retention job): crypto-shred cases closed longer ago than the retention period (their data key,
// details, notes, dates, household link and identifying values go) and note it on the timeline. The reference,
// municipality, parties, steps and outcome stay for the figures.
import { required } from "../domain/required.ts";
import type { Flow } from "../domain/flow/flow-schema.ts";
import type { CaseRecord } from "./ports.ts";
import type { AppContext } from "./context.ts";

export interface PurgeExpiredDetailsOptions {
  ctx: AppContext;
  retentionDays: number;
  batchSize?: number;
}
export interface PurgeResult {
  purged: string[];
  cutoff: Date;
}

const DAY_MS = 24 * 3_600_000;
/** Events whose structured data holds dates of the household (hearing, eviction, trial end) or its links. */
export const EVENTS_WITH_HOUSEHOLD_DATA = ["dates.entered", "notice.sent", "trial.extended", "case.linked"];

/** What survives the purge: only the values that route the case (municipality, the parties' organisations). */
export function routingValues(flow: Flow, c: CaseRecord): CaseRecord["publicValues"] {
  const routing = flow.form.fields.filter((f) => f.bind === "municipality" || f.bind?.startsWith("party:"));
  return Object.fromEntries(
    routing
      .filter((f) => f.id in c.publicValues)
      .map((f) => [f.id, required(c.publicValues[f.id], "a routing value present in the case")]),
  );
}

export async function purgeExpiredDetails({
  ctx,
  retentionDays,
  batchSize = 200,
}: PurgeExpiredDetailsOptions): Promise<PurgeResult> {
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
        if (c?.status !== "closed" || !c.closedAt || c.closedAt >= cutoff) return null;
        const flow = await ctx.flows.forCase(c);
        const scrub = { keepPublicValues: routingValues(flow, c), scrubEventTypes: EVENTS_WITH_HOUSEHOLD_DATA };
        if (!(await tx.shredCase(c.id, scrub))) return null;
        await tx.appendEvent({
          caseId: c.id,
          at: now,
          type: "details.purged",
          actorId: null,
          platform: null,
          partyId: null,
          data: { retentionDays, closedAt: c.closedAt.toISOString() },
          sealed: null,
        });
        return c.reference;
      });
      if (reference) {
        purged.push(reference);
        done++;
      }
    }
    if (batch.length < batchSize || done === 0) break;
  }
  if (purged.length) await ctx.store.releaseErased();
  if (purged.length)
    ctx.log.info(
      { count: purged.length, retentionDays, cutoff: cutoff.toISOString() },
      "personal details purged after the retention period",
    );
  return { purged, cutoff };
}
