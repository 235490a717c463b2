// The console's person picker: everyone active, with their organisation and roster roles in Dutch.
import type { DirectoryReads } from "../../app/ports.ts";

export async function peopleWithRoles(read: DirectoryReads) {
  const [people, roster, organisations, regions] = await Promise.all([
    read.people(),
    read.roster(),
    read.organisations(),
    read.regions(),
  ]);
  const coordinators = new Set((await Promise.all(regions.map((r) => read.regionCoordinators(r.id)))).flat());
  // People who left the region file cannot act, so the console does not offer them.
  return people
    .filter((p) => p.active)
    .map((p) => {
      const roles = new Set<string>();
      for (const r of roster) {
        if (r.primaryPersonId === p.id) roles.add("contactpersoon");
        if (r.deputyPersonId === p.id) roles.add("vervanger");
        if (r.coordinatorPersonId === p.id) roles.add("coördinator");
      }
      if (coordinators.has(p.id)) roles.add("coördinator");
      if (roles.size === 0) roles.add("medewerker");
      return {
        id: p.id,
        name: p.name,
        organisation: organisations.find((o) => o.id === p.organisationId)?.name ?? "",
        roles: [...roles],
      };
    });
}
