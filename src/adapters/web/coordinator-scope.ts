// Which regions a signed-in person may see on the coordinator's page: the regions they coordinate
// (RegionCoordinator rows) and the regions of the municipalities where the roster names them coordinator.
import type { DirectoryReads, PersonRecord } from "../../app/ports.ts";

export interface Viewer {
  person: PersonRecord;
  regionIds: string[];
  municipalityIds: string[];
  csrfToken: string;
}

export async function coordinatorRegions(read: DirectoryReads, personId: string): Promise<string[]> {
  const municipalities = await read.municipalities();
  const viaRoster = (await read.rosterForPerson(personId))
    .filter((r) => r.coordinatorPersonId === personId)
    .map((r) => municipalities.find((m) => m.id === r.municipalityId)?.regionId)
    .filter((id): id is string => Boolean(id));
  return [...new Set([...(await read.coordinatorRegions(personId)), ...viaRoster])].sort();
}

/** The one person with that verified e-mail on the roster (case-insensitive); none when two would match. */
export async function personByEmail(read: DirectoryReads, email: string): Promise<PersonRecord | null> {
  const matches = (await read.people()).filter((p) => p.email?.trim().toLowerCase() === email);
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

export async function municipalitiesOf(read: DirectoryReads, regionIds: readonly string[]): Promise<string[]> {
  return (await read.municipalities()).filter((m) => regionIds.includes(m.regionId)).map((m) => m.id);
}
