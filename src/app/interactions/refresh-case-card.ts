// Brings every posted copy of a case card up to date (the outbox updates them in place), for a press whose answer
// showed a passing state ("Wordt verwerkt…") while the work that followed changed nothing.
import type { AppContext } from "../context.ts";
import { notifierFor } from "../case/notify.ts";

export interface RefreshCaseCardOptions {
  ctx: AppContext;
  caseId: string;
}

export async function refreshCaseCard({ ctx, caseId }: RefreshCaseCardOptions): Promise<void> {
  const c = await ctx.store.read.case(caseId);
  if (!c) return;
  await ctx.store.transaction((tx) => notifierFor(ctx, tx, c, ctx.clock.now()).card());
}
