// Which contacts (and deputies) of a case's parties Schakel can reach on no platform: the card names them,
// so nobody assumes they were told.
import type { CaseRecord, StoreTx } from "../ports.ts";

export async function unreachableContacts(tx: StoreTx, c: CaseRecord): Promise<string[]> {
  if (c.status !== "open") return [];
  const organisations = new Set((await tx.parties(c.id)).map((p) => p.organisationId));
  const entries = (await tx.rosterForMunicipality(c.municipalityId)).filter((e) => organisations.has(e.organisationId));
  const people = [
    ...new Set(entries.flatMap((e) => [e.primaryPersonId, ...(e.deputyPersonId ? [e.deputyPersonId] : [])])),
  ];
  const names: string[] = [];
  for (const personId of await tx.unreachableAmong(people)) names.push((await tx.person(personId))?.name ?? personId);
  return names.sort();
}
