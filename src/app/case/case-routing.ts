// Resolves a case's parties to their fixed contacts on the roster, and what an actor may do for them.
import { standingOf, type ActorStanding, type PartyRouting } from "../../domain/case/authorization.ts";
import { AppError } from "../errors.ts";
import type { CaseRecord, StoreTx } from "../ports.ts";

export async function routingsOf(tx: StoreTx, c: CaseRecord): Promise<PartyRouting[]> {
  const parties = await tx.parties(c.id);
  const routings: PartyRouting[] = [];
  for (const party of parties) {
    const entry = await tx.rosterEntry(party.organisationId, c.municipalityId);
    if (!entry) continue;
    routings.push({
      partyId: party.partyId,
      organisationId: party.organisationId,
      primaryPersonId: entry.primaryPersonId,
      deputyPersonId: entry.deputyPersonId,
      coordinatorPersonId: entry.coordinatorPersonId,
    });
  }
  return routings;
}

export async function standingOfActor(
  tx: StoreTx,
  c: CaseRecord,
  personId: string,
): Promise<{ standing: ActorStanding; routings: PartyRouting[] }> {
  const routings = await routingsOf(tx, c);
  const municipality = await tx.municipality(c.municipalityId);
  const regions = await tx.coordinatorRegions(personId);
  const isRegionCoordinator = municipality !== null && regions.includes(municipality.regionId);
  return { standing: standingOf(personId, routings, isRegionCoordinator), routings };
}

export async function requireCase(tx: StoreTx, caseId: string): Promise<CaseRecord> {
  const c = await tx.case(caseId);
  if (!c) throw new AppError("not_found", "error.case_not_found", {}, `case ${caseId} not found`);
  return c;
}

export function requireOpen(c: CaseRecord): void {
  if (c.status !== "open")
    throw new AppError(
      "invalid_state",
      "error.case_closed",
      { reference: c.reference },
      `case ${c.reference} is closed`,
    );
}

export async function requirePerson(tx: StoreTx, personId: string) {
  const person = await tx.person(personId);
  if (!person) throw new AppError("unknown_person", "error.unknown_person", {}, `unknown person ${personId}`);
  if (!person.active) {
    const log = `person ${personId} is deactivated (left the region file)`;
    throw new AppError("not_allowed", "error.person_inactive", {}, log);
  }
  return person;
}
