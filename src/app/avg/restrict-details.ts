// Use-case (AVG art. 18): a coordinator restricts a case's details at the resident's request, or lifts the
// restriction; while restricted nobody can open or change them, and the card says so.
import type { Actor, AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import { notifierFor } from "../case/notify.ts";
import { withCase } from "../case/with-case.ts";
import { avgEvent, RESTRICTED_FLAG, requireCoordinatorOf, requireReason, wasErased } from "./avg-rules.ts";

export interface RestrictDetailsOptions {
  ctx: AppContext;
  actor: Actor;
  caseId: string;
  reason: unknown;
  /** True lifts the restriction. */
  lift?: boolean;
}

export async function restrictDetails({ ctx, actor, caseId, reason, lift = false }: RestrictDetailsOptions) {
  return withCase(ctx, { actor, caseId, mustBeOpen: false }, async ({ tx, c }) => {
    await requireCoordinatorOf(tx, c, actor.personId);
    const text = requireReason(reason);
    const params = { reference: c.reference };
    if (wasErased(await tx.events(c.id)))
      throw new AppError(
        "invalid_state",
        "avg.erased_refusal",
        params,
        `${c.reference} is erased; nothing to restrict`,
      );
    const now = ctx.clock.now();
    const changed = lift
      ? await tx.clearCaseFlag(c.id, RESTRICTED_FLAG)
      : await tx.setCaseFlag(c.id, RESTRICTED_FLAG, actor.personId, now);
    if (!changed) {
      const key = lift ? "avg.not_restricted" : "avg.already_restricted";
      throw new AppError("invalid_state", key, params, `${c.reference}: restriction unchanged`);
    }
    await tx.appendEvent(avgEvent(c, actor, now, lift ? "avg.lifted" : "avg.restricted", { reason: text }));
    await notifierFor(ctx, tx, c, now).card();
    ctx.log.info(
      { reference: c.reference, personId: actor.personId },
      lift ? "restriction of details lifted" : "details restricted at the resident's request",
    );
    return { reference: c.reference };
  });
}
