// Use-case: the roster of the person's region (or one named municipality): per organisation its contact,
// deputy and coordinator, and who is away now with who acts for them. Names of professionals only.
import { actingContact, absenceAt, effectiveEnd } from "../domain/roster/acting-contact.ts";
import { lastDayOf } from "../domain/roster/absence-period.ts";
import { matchesName } from "../domain/roster/match-name.ts";
import type { Actor, AppContext } from "./context.ts";
import { AppError } from "./errors.ts";
import type { MunicipalityRecord } from "./ports.ts";
import { requirePerson } from "./case/case-routing.ts";
import { regionsOfPerson } from "./absence/people-and-regions.ts";

export interface RosterLine {
  organisation: string;
  contact: string;
  deputy: string | null;
  /** The entry's own coordinator, else the region's (regional: true). */
  coordinators: string[];
  regional: boolean;
  away: { name: string; until: Date }[];
  /** Who acts now: a name, or null when the coordinators do. */
  acting: string | null;
}
export interface RosterView {
  municipality: string;
  lines: RosterLine[];
}

async function municipalitiesFor(
  ctx: AppContext,
  actor: Actor,
  named: string | undefined,
): Promise<MunicipalityRecord[]> {
  const read = ctx.store.read;
  const regions = await regionsOfPerson(read, await requirePerson(read, actor.personId));
  const all = await read.municipalities();
  const mine = regions.length ? all.filter((m) => regions.includes(m.regionId)) : all;
  if (!named) return mine;
  const found = mine.filter((m) => matchesName(named, m));
  if (found.length) return found;
  throw new AppError(
    "not_found",
    "error.roster_unknown_municipality",
    { name: named, names: mine.map((m) => m.name).join(", ") },
    `unknown municipality ${named}`,
  );
}

export async function showRoster({
  ctx,
  actor,
  municipality,
}: {
  ctx: AppContext;
  actor: Actor;
  municipality?: string;
}): Promise<RosterView[]> {
  const read = ctx.store.read;
  const now = ctx.clock.now();
  const absences = await read.absencesFrom(now);
  const name = async (id: string) => (await read.person(id))?.name ?? id;
  const views: RosterView[] = [];
  for (const m of await municipalitiesFor(ctx, actor, municipality)) {
    const regional = await Promise.all((await read.regionCoordinators(m.regionId)).map(name));
    const lines: RosterLine[] = [];
    for (const e of await read.rosterForMunicipality(m.id)) {
      const away = [e.primaryPersonId, e.deputyPersonId].flatMap((id) => {
        const a = id ? absenceAt(absences, id, now) : null;
        return a && id ? [{ id, until: lastDayOf(effectiveEnd(a), ctx.calendar.zone) }] : [];
      });
      const acting = actingContact(e, absences, now);
      lines.push({
        organisation: (await read.organisation(e.organisationId))?.name ?? e.organisationId,
        contact: await name(e.primaryPersonId),
        deputy: e.deputyPersonId ? await name(e.deputyPersonId) : null,
        coordinators: e.coordinatorPersonId ? [await name(e.coordinatorPersonId)] : regional,
        regional: !e.coordinatorPersonId,
        away: await Promise.all(away.map(async (a) => ({ name: await name(a.id), until: a.until }))),
        acting: acting.kind === "nobody" ? null : await name(acting.personId),
      });
    }
    views.push({
      municipality: m.name,
      lines: lines.sort((a, b) => a.organisation.localeCompare(b.organisation, "nl")),
    });
  }
  return views;
}
