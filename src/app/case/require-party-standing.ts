// Loads a case for a change by a person who must act for one of the given parties (or a coordinator).
import { mayActFor } from "../../domain/case/authorization.ts";
import type { Flow } from "../../domain/flow/flow-schema.ts";
import type { Actor, AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import type { CaseRecord, PersonRecord, StoreTx } from "../ports.ts";
import { standingOfActor } from "./case-routing.ts";
import { openCase } from "./with-case.ts";

export interface PartyAct {
  c: CaseRecord;
  flow: Flow;
  person: PersonRecord;
  partyId: string;
  asCoordinator: boolean;
}

/** The first of `parties` the actor may act for; refuses politely when there is none. A person who stands for one
 *  of `finished` (parties whose part is already done) is told there is nothing left for them, not that they are no
 *  contact: the open parties alone no longer include them. */
export async function requirePartyStanding(
  ctx: AppContext,
  tx: StoreTx,
  actor: Actor,
  caseId: string,
  parties: readonly string[],
  finished: readonly string[] = [],
): Promise<PartyAct> {
  const { person, c } = await openCase(tx, { actor, caseId, mustBeOpen: true });
  const flow = await ctx.flows.forCase(c);
  const { standing } = await standingOfActor(tx, c, actor.personId);
  const asContact = parties.find((p) => standing.asContact.includes(p));
  const asCoordinator = parties.find((p) => mayActFor(standing, p));
  const partyId = asContact ?? asCoordinator;
  if (!partyId && finished.some((p) => mayActFor(standing, p)))
    throw new AppError(
      "invalid_state",
      "error.nothing_to_acknowledge",
      { reference: c.reference },
      `person ${actor.personId} has nothing left to do for ${finished.join("/")} on ${c.reference}`,
    );
  if (!partyId)
    throw new AppError(
      "not_allowed",
      "error.not_allowed",
      {},
      `person ${actor.personId} may not act for ${parties.join("/")} on ${c.reference}`,
    );
  return { c, flow, person, partyId, asCoordinator: !asContact };
}
