// Use-case: a party confirms it has received the case (each party on its own).
import type { Actor, AppContext } from "./context.ts";
import { AppError } from "./errors.ts";
import { partyChoices, selectAcknowledgement } from "./acknowledge-choice.ts";
import { withCase } from "./case/with-case.ts";
import { finishObligations } from "./case/finish-obligations.ts";
import { organisationName } from "./case/notify.ts";

export interface AcknowledgeOptions {
  ctx: AppContext;
  actor: Actor;
  caseId: string;
  partyId?: string;
}
export type AcknowledgeResult =
  | { status: "acknowledged"; organisations: string[] }
  /** A coordinator who is no contact must say for which party they confirm. */
  | { status: "choose_party"; parties: { partyId: string; organisation: string }[] };

export async function acknowledgeObligation({
  ctx,
  actor,
  caseId,
  partyId,
}: AcknowledgeOptions): Promise<AcknowledgeResult> {
  return withCase(ctx, { actor, caseId, mustBeOpen: true }, async ({ tx, c }) => {
    const flow = await ctx.flows.forCase(c);
    const { standing, mine, coordinatorChoices } = await selectAcknowledgement(ctx, tx, c, actor.personId, partyId);
    if (standing.asContact.length === 0 && standing.asCoordinator.length === 0) {
      throw new AppError(
        "not_allowed",
        "error.not_allowed",
        {},
        `person ${actor.personId} may not acknowledge ${c.reference}`,
      );
    }
    if (partyId && !standing.asContact.includes(partyId) && !standing.asCoordinator.includes(partyId)) {
      throw new AppError(
        "not_allowed",
        "error.not_allowed",
        {},
        `person ${actor.personId} may not act for ${partyId} on ${c.reference}`,
      );
    }
    if (mine.length === 0 && !partyId && coordinatorChoices.length > 0) {
      return { status: "choose_party" as const, parties: await partyChoices(tx, coordinatorChoices) };
    }
    if (mine.length === 0) {
      throw new AppError(
        "invalid_state",
        "error.nothing_to_acknowledge",
        { reference: c.reference },
        `nothing left to acknowledge for ${actor.personId} on ${c.reference}`,
      );
    }
    const asCoordinator = mine.some((o) => !standing.asContact.includes(o.partyId));
    await finishObligations({
      ctx,
      tx,
      c,
      flow,
      obligations: mine,
      actor,
      eventType: "obligation.acknowledged",
      asCoordinator,
      sealedNote: null,
    });
    const organisations = await Promise.all(mine.map((o) => organisationName(tx, o.organisationId)));
    ctx.log.info({ reference: c.reference, parties: mine.map((o) => o.partyId), asCoordinator }, "case acknowledged");
    return { status: "acknowledged" as const, organisations };
  });
}
