// Finds a roster person by id, e-mail or name, and the regions a person belongs to (for rights and notices).
import { foldText } from "../../domain/roster/match-name.ts";
import { AppError } from "../errors.ts";
import type { PersonRecord, StoreTx } from "../ports.ts";
import { requirePerson } from "../case/case-routing.ts";

export async function findPerson(tx: StoreTx, query: string): Promise<PersonRecord> {
  const wanted = query.trim().toLowerCase();
  const people = await tx.people();
  const exact = people.find((p) => p.id === wanted || p.email?.toLowerCase() === wanted);
  if (exact) return exact;
  const byName = people.filter((p) => foldText(p.name) === foldText(query) || foldText(p.id) === foldText(query));
  const [only] = byName;
  if (byName.length === 1 && only) return only;
  if (byName.length > 1) {
    throw new AppError(
      "invalid_input",
      "error.absence.ambiguous_person",
      { person: query, names: byName.map((p) => p.id).join(", ") },
      `ambiguous person ${query}`,
    );
  }
  throw new AppError(
    "not_found",
    "error.absence.unknown_person",
    { person: query },
    `no roster person matches ${query}`,
  );
}

/** Regions where the person is on the roster, whose roster lists their organisation, or that they coordinate. */
export async function regionsOfPerson(tx: StoreTx, person: PersonRecord): Promise<string[]> {
  const entries = (await tx.roster()).filter(
    (r) =>
      r.organisationId === person.organisationId ||
      [r.primaryPersonId, r.deputyPersonId, r.coordinatorPersonId].includes(person.id),
  );
  const regions = new Set(await tx.coordinatorRegions(person.id));
  for (const municipalityId of new Set(entries.map((e) => e.municipalityId))) {
    const municipality = await tx.municipality(municipalityId);
    if (municipality) regions.add(municipality.regionId);
  }
  return [...regions];
}

/** Oneself always; someone else only as a coordinator of a region that person belongs to. */
export async function mayManageAbsenceOf(tx: StoreTx, actor: PersonRecord, target: PersonRecord): Promise<boolean> {
  if (actor.id === target.id) return true;
  const coordinated = await tx.coordinatorRegions(actor.id);
  if (coordinated.length === 0) return false;
  const regions = await regionsOfPerson(tx, target);
  return regions.length === 0 || regions.some((r) => coordinated.includes(r));
}

/** The person acting and the person whose absence it is (themselves unless named); refused unless allowed. */
export async function absenceParties(
  tx: StoreTx,
  actorId: string,
  person: string | undefined,
  what: "record" | "end",
): Promise<{ me: PersonRecord; target: PersonRecord }> {
  const me = await requirePerson(tx, actorId);
  const target = person ? await findPerson(tx, person) : me;
  if (!(await mayManageAbsenceOf(tx, me, target))) {
    const detail = `person ${me.id} may not ${what} an absence ${what === "record" ? "for" : "of"} ${target.id}`;
    throw new AppError("not_allowed", "error.absence.not_allowed", {}, detail);
  }
  return { me, target };
}
