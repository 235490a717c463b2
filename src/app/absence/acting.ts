// Sends what would go to an organisation's contact to whoever acts for it at that moment (the contact, or
// the deputy while the contact is away); when nobody is present it goes up to the coordinators, never dropped.
import { actingContact, type ActingContact } from "../../domain/roster/acting-contact.ts";
import type { AppContext } from "../context.ts";
import type { CaseRecord, Notice, RosterRecord, StoreTx } from "../ports.ts";
import { municipalityName, notifierFor, organisationName } from "../case/notify.ts";

/** Who acts for this roster entry at `at`, decided by the clock at the moment of sending. */
export async function actingFor(
  tx: StoreTx,
  entry: Pick<RosterRecord, "primaryPersonId" | "deputyPersonId">,
  at: Date,
): Promise<ActingContact> {
  const people = [entry.primaryPersonId, ...(entry.deputyPersonId ? [entry.deputyPersonId] : [])];
  return actingContact(entry, await tx.absencesOf(people, at), at);
}

/** The roster entry's coordinator and the region's coordinators of the case's municipality. */
export async function coordinatorsFor(tx: StoreTx, c: CaseRecord, entry: RosterRecord | null): Promise<string[]> {
  const municipality = await tx.municipality(c.municipalityId);
  const regional = municipality ? await tx.regionCoordinators(municipality.regionId) : [];
  return [...new Set([...(entry?.coordinatorPersonId ? [entry.coordinatorPersonId] : []), ...regional])];
}

/** Tells the coordinators (DM and their channel) that nobody is present for an organisation on this case. */
export async function tellNobodyPresent(
  ctx: AppContext,
  tx: StoreTx,
  c: CaseRecord,
  organisationId: string,
  at: Date,
): Promise<string[]> {
  const entry = await tx.rosterEntry(organisationId, c.municipalityId);
  const people = await coordinatorsFor(tx, c, entry);
  const notify = notifierFor(ctx, tx, c, at);
  const params = {
    reference: c.reference,
    organisation: await organisationName(tx, organisationId),
    municipality: await municipalityName(tx, c.municipalityId),
  };
  for (const personId of people) await notify.person(personId, { key: "notice.acting.nobody", params });
  await notify.coordinators({ key: "notice.acting.nobody", params });
  ctx.log.warn({ reference: c.reference, organisationId }, "nobody present for an organisation; coordinators told");
  return people;
}

export interface TellActingOptions {
  ctx: AppContext;
  tx: StoreTx;
  c: CaseRecord;
  organisationId: string;
  /** What the contact would get. */
  notice: Notice;
  /** What the deputy gets instead while acting (default: the same notice). */
  actingNotice?: Notice;
  at: Date;
}

/** Sends a contact's message to whoever acts now; returns who was told. */
export async function tellActingContact(o: TellActingOptions): Promise<string[]> {
  const entry = await o.tx.rosterEntry(o.organisationId, o.c.municipalityId);
  if (!entry) {
    o.ctx.log.warn(
      { reference: o.c.reference, organisationId: o.organisationId },
      "no roster entry to send a contact's message to",
    );
    return [];
  }
  const acting = await actingFor(o.tx, entry, o.at);
  if (acting.kind === "nobody") return tellNobodyPresent(o.ctx, o.tx, o.c, o.organisationId, o.at);
  const notify = notifierFor(o.ctx, o.tx, o.c, o.at);
  await notify.person(acting.personId, acting.kind === "deputy" ? (o.actingNotice ?? o.notice) : o.notice);
  return [acting.personId];
}
