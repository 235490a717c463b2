// What a case card says about absences: per party whose contact is away now, who acts (professionals only).
import { lastDayOf } from "../../domain/roster/absence-period.ts";
import type { AppContext } from "../context.ts";
import type { CaseRecord, StoreTx } from "../ports.ts";
import { organisationName } from "../case/notify.ts";
import { actingFor } from "./acting.ts";

export type ActingNote =
  | { organisation: string; acting: string; absent: string; until: Date }
  /** Contact and deputy are both away: the coordinators act. */
  | { organisation: string; away: { name: string; until: Date }[] };

export async function actingNotes(ctx: AppContext, tx: StoreTx, c: CaseRecord, now: Date): Promise<ActingNote[]> {
  if (c.status !== "open") return [];
  const name = async (personId: string) => (await tx.person(personId))?.name ?? personId;
  const notes: ActingNote[] = [];
  const seen = new Set<string>();
  for (const party of await tx.parties(c.id)) {
    if (seen.has(party.organisationId)) continue;
    seen.add(party.organisationId);
    const entry = await tx.rosterEntry(party.organisationId, c.municipalityId);
    const acting = entry ? await actingFor(tx, entry, now) : null;
    if (!acting || acting.kind === "contact") continue;
    const organisation = await organisationName(tx, party.organisationId);
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
