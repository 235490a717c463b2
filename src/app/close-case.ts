// Use-case: close a case with one of the flow's outcomes; open obligations are cancelled, never left dangling.
import { isInvolved } from "../domain/case/authorization.ts";
import type { Actor, AppContext } from "./context.ts";
import { AppError } from "./errors.ts";
import { standingOfActor } from "./case/case-routing.ts";
import { withCase } from "./case/with-case.ts";
import { organisationName } from "./case/notify.ts";
import { caseBoxForWriting } from "./case/case-box.ts";
import { closeWithOutcome } from "./case/close-with-outcome.ts";
import { outcomeLabelFor } from "./case/outcome-label.ts";

export interface CloseCaseOptions {
  ctx: AppContext;
  actor: Actor;
  caseId: string;
  outcome: unknown;
  note?: unknown;
}

export async function closeCase({ ctx, actor, caseId, outcome, note }: CloseCaseOptions): Promise<{ outcome: string }> {
  return withCase(ctx, { actor, caseId, mustBeOpen: true }, async ({ tx, person, c }) => {
    const { standing } = await standingOfActor(tx, c, actor.personId);
    if (!isInvolved(standing))
      throw new AppError(
        "not_allowed",
        "error.not_allowed",
        {},
        `person ${actor.personId} may not close ${c.reference}`,
      );
    const flow = await ctx.flows.forCase(c);
    const chosen = flow.outcomes.find((o) => o.value === outcome);
    if (!chosen)
      throw new AppError("invalid_input", "form.invalid_option", {}, `invalid outcome ${String(outcome)}`, {
        outcome: { key: "form.invalid_option" },
      });
    const now = ctx.clock.now();
    const text = typeof note === "string" && note.trim() ? note.trim().slice(0, 4000) : null;
    const sealed = text ? (await caseBoxForWriting(ctx, tx, c.id)).seal({ note: text }) : null;
    const organisation = await organisationName(tx, person.organisationId);
    const by = { actorId: actor.personId, platform: actor.platform, partyId: standing.asContact[0] ?? null };
    await closeWithOutcome({ ctx, tx, c, outcome: chosen, at: now, by, organisation, sealed });
    ctx.log.info({ reference: c.reference, outcome: chosen.value }, "case closed");
    return { outcome: outcomeLabelFor(chosen, standing.asContact) };
  });
}
