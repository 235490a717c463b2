// What a case card says about absences: per party whose contact is away now, who acts (professionals only).
import { lastDayOf } from "../../domain/roster/absence-period.ts";
import type { AppContext } from "../context.ts";
import type { CaseRecord, StoreTx } from "../ports.ts";
import { organisationName } from "../case/notify.ts";
import { actingContact } from "../../domain/roster/acting-contact.ts";
import type { ActingNote } from "../../ui/view-models/case-summary.ts";

export type { ActingNote } from "../../ui/view-models/case-summary.ts";

export async function actingNotes(ctx: AppContext, tx: StoreTx, c: CaseRecord, now: Date): Promise<ActingNote[]> {
  if (c.status !== "open") return [];
  const organisations = new Set((await tx.parties(c.id)).map((p) => p.organisationId));
  const entries = (await tx.rosterForMunicipality(c.municipalityId)).filter((e) => organisations.has(e.organisationId));
  const people = entries.flatMap((e) => [e.primaryPersonId, ...(e.deputyPersonId ? [e.deputyPersonId] : [])]);
  const absences = await tx.absencesOf(people, now);
  if (absences.length === 0) return [];
  const name = async (personId: string) => (await tx.person(personId))?.name ?? personId;
  const notes: ActingNote[] = [];
  for (const entry of entries) {
    const acting = actingContact(entry, absences, now);
    if (acting.kind === "contact") continue;
    const organisation = await organisationName(tx, entry.organisationId);
    if (acting.kind === "deputy") {
      notes.push({
        organisation,
        acting: await name(acting.personId),
        absent: await name(acting.absentPersonId),
        until: lastDayOf(acting.absentUntil, ctx.calendar.zone),
      });
    } else {
      notes.push({
        organisation,
        away: await Promise.all(
          acting.away.map(async (a) => ({
            name: await name(a.personId),
            until: lastDayOf(a.until, ctx.calendar.zone),
          })),
        ),
      });
    }
  }
  return notes;
}
