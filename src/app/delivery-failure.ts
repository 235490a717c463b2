// What a failed delivery leads to: a retry later (backoff, or when the platform says), or, for a failure the
// platform calls permanent, a dead letter after a few attempts, of which the region's coordinators are told once.
import { DeliveryError, RetryLaterError } from "./chat-port.ts";
import type { AppContext } from "./context.ts";
import type { PendingDelivery, Platform } from "./ports.ts";

/** Attempts before a permanently failing delivery is parked (a few, in case the code was wrong once). */
export const MAX_PERMANENT_ATTEMPTS = 3;
const MAX_BACKOFF_SECONDS = 15 * 60;
const DEAD_NOTICE = "notice.delivery_dead";

export function backoffSeconds(attempts: number): number {
  return Math.min(MAX_BACKOFF_SECONDS, 5 * 2 ** Math.max(0, attempts));
}

async function regionsToTell(ctx: AppContext, item: PendingDelivery): Promise<string[]> {
  if ("regionId" in item.payload) return [item.payload.regionId];
  const c = "caseId" in item.payload && item.payload.caseId ? await ctx.store.read.case(item.payload.caseId) : null;
  const municipality = c ? await ctx.store.read.municipality(c.municipalityId) : null;
  return municipality ? [municipality.regionId] : (await ctx.store.read.regions()).map((r) => r.id);
}

async function tellCoordinators(ctx: AppContext, platform: Platform, item: PendingDelivery, code: string) {
  // A notice about a dead letter that dies itself is not announced again (no loop).
  if (item.payload.kind === "coordinators.post" && item.payload.notice.key === DEAD_NOTICE) return;
  const c = "caseId" in item.payload && item.payload.caseId ? await ctx.store.read.case(item.payload.caseId) : null;
  const params = { platform, code, reference: c?.reference ?? "—" };
  const regions = await regionsToTell(ctx, item);
  await ctx.store.transaction(async (tx) => {
    for (const regionId of regions) {
      await tx.enqueue(
        { kind: "coordinators.post", regionId, notice: { key: DEAD_NOTICE, params } },
        ctx.clock.now(),
        ctx.platforms,
      );
    }
  });
}

export async function recordDeliveryFailure(
  ctx: AppContext,
  platform: Platform,
  item: PendingDelivery,
  error: unknown,
) {
  const coded = error instanceof DeliveryError ? error : null;
  const code = coded?.platformCode ?? "unknown";
  const dead = coded?.retryable === false && item.attempts + 1 >= MAX_PERMANENT_ATTEMPTS;
  const wait = error instanceof RetryLaterError ? Math.max(error.retryAfterSeconds, 1) : backoffSeconds(item.attempts);
  const message = error instanceof Error ? error.message : String(error);
  const nextAttemptAt = new Date(ctx.clock.now().getTime() + wait * 1000);
  await ctx.store.outbox.markFailed(item.deliveryId, { error: message, code, nextAttemptAt, dead });
  const retryable = coded?.retryable ?? true;
  const fields = { platform, kind: item.payload.kind, attempts: item.attempts + 1, code, retryable, err: error };
  if (!dead) {
    ctx.log.warn({ ...fields, retryInSeconds: wait }, "delivery to chat platform failed; will retry");
    return;
  }
  ctx.log.error(fields, "delivery failed permanently; parked as a dead letter and coordinators told");
  await tellCoordinators(ctx, platform, item, code);
}
