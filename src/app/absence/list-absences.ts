// Use-case: the current and planned absences a person may see: a coordinator those of their regions,
// anyone else their own and those of the contacts they are deputy for (whom they will act for).
import type { Actor, AppContext } from "../context.ts";
import type { AbsenceRecord, PersonRecord } from "../ports.ts";
import { requirePerson } from "../case/case-routing.ts";
import { mayManageAbsenceOf } from "./people-and-regions.ts";

export interface VisibleAbsence {
  absence: AbsenceRecord;
  person: PersonRecord;
  now: boolean;
}

export async function listAbsences({ ctx, actor }: { ctx: AppContext; actor: Actor }): Promise<VisibleAbsence[]> {
  const read = ctx.store.read;
  const now = ctx.clock.now();
  const me = await requirePerson(read, actor.personId);
  const deputyFor = new Set(
    (await read.rosterForPerson(me.id)).filter((e) => e.deputyPersonId === me.id).map((e) => e.primaryPersonId),
  );
  const visible: VisibleAbsence[] = [];
  for (const absence of await read.absencesFrom(now)) {
    const person = await read.person(absence.personId);
    if (!person) continue;
    if (!deputyFor.has(person.id) && !(await mayManageAbsenceOf(read, me, person))) continue;
    visible.push({ absence, person, now: absence.startsAt <= now });
  }
  return visible;
}
