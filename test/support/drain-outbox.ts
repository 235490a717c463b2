// Delivers until nothing due is left in the outbox (after the inbox has finished its work), instead of a counted
// number of flushes that breaks as soon as a test queues more.
import type { RunningSchakel } from "../../src/bootstrap.ts";

export async function drainOutbox(app: Pick<RunningSchakel, "ctx" | "flush" | "inbox">, maxRounds = 100) {
  const { ctx } = app;
  for (let round = 0; round < maxRounds; round++) {
    await app.inbox.idle();
    await app.flush();
    const now = ctx.clock.now();
    const due = await Promise.all(ctx.platforms.map((p) => ctx.store.outbox.pendingDeliveries(p, now, 1)));
    if (due.every((d) => d.length === 0)) return round + 1;
  }
  throw new Error(`the outbox still had due messages after ${maxRounds} flushes`);
}
