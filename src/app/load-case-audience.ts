// Who may act on a case's card: the routed contacts and deputies of its parties and their coordinators (the
// roster's, and the region's). Platforms that can give each viewer their own card (Teams refresh.userIds) use it.
import type { AppContext } from "./context.ts";
import { routingsOf } from "./case/case-routing.ts";

export async function loadCaseAudience(ctx: AppContext, caseId: string): Promise<string[]> {
  const read = ctx.store.read;
  const c = await read.case(caseId);
  if (!c) return [];
  const people = new Set<string>();
  for (const r of await routingsOf(read, c)) {
    for (const id of [r.primaryPersonId, r.deputyPersonId, r.coordinatorPersonId]) if (id) people.add(id);
  }
  const municipality = await read.municipality(c.municipalityId);
  if (municipality) for (const id of await read.regionCoordinators(municipality.regionId)) people.add(id);
  return [...people];
}
