// A refused attempt to open a case's details goes on its view log too (who, when, why: not routed, restricted,
// erased), so the routed parties and the Functionaris Gegevensbescherming see attempts, not only views.
import type { Actor, AppContext } from "../context.ts";
import { isAppError } from "../errors.ts";

const WHY: Record<string, string> = {
  "error.details_forbidden": "not_routed",
  "avg.restricted_refusal": "restricted",
  "avg.erased_refusal": "erased",
  "error.person_inactive": "inactive",
};

export async function recordRefusedView(ctx: AppContext, actor: Actor, caseId: string, error: unknown): Promise<void> {
  const why = isAppError(error) ? WHY[error.messageKey] : undefined;
  if (!why) return; // an unknown case or person has no view log to write to
  try {
    await ctx.store.transaction(async (tx) => {
      if (!(await tx.case(caseId))) return;
      await tx.appendEvent({
        caseId,
        at: ctx.clock.now(),
        type: "details.refused",
        actorId: actor.personId,
        platform: actor.platform,
        partyId: null,
        data: { why },
        sealed: null,
      });
    });
  } catch (err) {
    ctx.log.error({ caseId, personId: actor.personId, err }, "could not record a refused details view");
  }
}
