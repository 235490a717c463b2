// Use-case (AVG art. 17): a coordinator erases a case's personal data at the resident's request, now: the case
// key is destroyed (crypto-shredding) like the retention purge does, and the case stays as a tombstone with its
// reference, status and figures.
import type { Actor, AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import { notifierFor } from "../case/notify.ts";
import { withCase } from "../case/with-case.ts";
import { EVENTS_WITH_HOUSEHOLD_DATA, routingValues } from "../purge-expired-details.ts";
import { avgEvent, RESTRICTED_FLAG, requireCoordinatorOf, requireReason, wasErased } from "./avg-rules.ts";

export interface EraseDetailsOptions {
  ctx: AppContext;
  actor: Actor;
  caseId: string;
  reason: unknown;
}

export async function eraseDetails({ ctx, actor, caseId, reason }: EraseDetailsOptions) {
  const result = await withCase(ctx, { actor, caseId, mustBeOpen: false }, async ({ tx, c }) => {
    await requireCoordinatorOf(tx, c, actor.personId);
    const text = requireReason(reason);
    if (wasErased(await tx.events(c.id)))
      throw new AppError("invalid_state", "avg.already_erased", { reference: c.reference }, "already erased");
    const flow = await ctx.flows.forCase(c);
    await tx.shredCase(c.id, { keepPublicValues: routingValues(flow, c), scrubEventTypes: EVENTS_WITH_HOUSEHOLD_DATA });
    // Erased supersedes restricted: there is nothing left to freeze.
    await tx.clearCaseFlag(c.id, RESTRICTED_FLAG);
    const now = ctx.clock.now();
    await tx.appendEvent(avgEvent(c, actor, now, "avg.erased", { reason: text }));
    await notifierFor(ctx, tx, c, now).card();
    return { reference: c.reference };
  });
  await ctx.store.releaseErased();
  ctx.log.info({ reference: result.reference, personId: actor.personId }, "details erased at the resident's request");
  return result;
}
