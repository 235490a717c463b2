// Which card a person gets when they ask for a case privately: the parties' card (court dates, second-chance
// status, ...) for the case's routed contacts, coordinators and an organisation asked to act (the Zorg- en
// Veiligheidshuis); else the channel's card, which holds only what the flow lets everyone in the channel see.
import { isInvolved } from "../../domain/case/authorization.ts";
import type { Flow } from "../../domain/flow/flow-schema.ts";
import type { CardAudience } from "../../ui/case-card.ts";
import type { AppContext } from "../context.ts";
import type { CaseRecord, StoreTx } from "../ports.ts";
import { standingOfActor } from "./case-routing.ts";

/**
 * The case asks this person's organisation to act while it is open: the ladder alerted them as the contact of an
 * organisation, or the case stands at a level of their organisation's type and they are its contact or deputy.
 */
export async function askedToAct(tx: StoreTx, c: CaseRecord, flow: Flow, personId: string): Promise<boolean> {
  if (c.status !== "open") return false;
  const alerted = (await tx.events(c.id)).some(
    (e) =>
      e.type === "obligation.reminded" &&
      e.data.notify === "organisation" &&
      Array.isArray(e.data.recipients) &&
      e.data.recipients.includes(personId),
  );
  if (alerted) return true;
  const levelType = flow.escalation.levels[c.level]?.organisationType;
  if (!levelType) return false;
  for (const entry of await tx.rosterForMunicipality(c.municipalityId)) {
    if (entry.primaryPersonId !== personId && entry.deputyPersonId !== personId) continue;
    if ((await tx.organisation(entry.organisationId))?.type === levelType) return true;
  }
  return false;
}

export async function cardAudienceFor(
  ctx: AppContext,
  tx: StoreTx,
  c: CaseRecord,
  personId: string,
): Promise<CardAudience> {
  const { standing } = await standingOfActor(tx, c, personId);
  if (isInvolved(standing) || (await askedToAct(tx, c, await ctx.flows.forCase(c), personId))) return "parties";
  return "channel";
}
