// Every absence change is audited: a row in the absence log, a notice in the coordinators' channel, a word to
// the person (when someone else did it) and to the deputies who act, and fresh cards for the cases concerned.
import { required } from "../../domain/required.ts";
import type { AppContext } from "../context.ts";
import type { AbsenceEventType, AbsenceRecord, PersonRecord, RosterRecord, StoreTx } from "../ports.ts";
import { municipalityName, organisationName } from "../case/notify.ts";
import { absenceDays } from "./format-day.ts";
import { regionsOfPerson } from "./people-and-regions.ts";

export interface AbsenceChange {
  ctx: AppContext;
  tx: StoreTx;
  absence: AbsenceRecord;
  person: PersonRecord;
  /** Who made the change; null when Schakel did (the person left the roster). */
  actor: PersonRecord | null;
  type: AbsenceEventType;
  at: Date;
}

/** The deputies who act for the person, with the organisation and municipalities they act for. */
function actingGroups(entries: RosterRecord[], personId: string): Map<string, RosterRecord[]> {
  const groups = new Map<string, RosterRecord[]>();
  for (const e of entries.filter(
    (r) => r.primaryPersonId === personId && r.deputyPersonId && r.deputyPersonId !== personId,
  )) {
    const key = `${e.deputyPersonId}|${e.organisationId}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return groups;
}

async function tellDeputies(
  o: AbsenceChange,
  entries: RosterRecord[],
  days: { from: string; until: string },
): Promise<void> {
  const { ctx, tx, person, at } = o;
  for (const group of actingGroups(entries, person.id).values()) {
    const first = required(group[0], "the first entry of an acting group");
    const municipalities = (await Promise.all(group.map((e) => municipalityName(tx, e.municipalityId)))).join(", ");
    const params = {
      ...days,
      name: person.name,
      organisation: await organisationName(tx, first.organisationId),
      municipality: municipalities,
    };
    const key = o.type === "absence.recorded" ? "notice.absence.acting_for" : "notice.absence.acting_ended";
    await tx.enqueue(
      {
        kind: "person.dm",
        personId: required(first.deputyPersonId, "the deputy of an acting entry"),
        notice: { key, params },
      },
      at,
      ctx.platforms,
    );
  }
}

/** Cases whose card names who acts for this person's organisations: their cards are drawn again. */
async function refreshCards(o: AbsenceChange, entries: RosterRecord[]): Promise<void> {
  const { ctx, tx, at } = o;
  const caseIds = new Set(
    (await tx.openObligationsOfOrganisations([...new Set(entries.map((e) => e.organisationId))])).map(
      (ob) => ob.caseId,
    ),
  );
  for (const caseId of caseIds) {
    const c = await tx.case(caseId);
    if (c?.status === "open" && entries.some((e) => e.municipalityId === c.municipalityId)) {
      await tx.enqueue({ kind: "case.card", caseId }, at, ctx.platforms);
    }
  }
}

export async function auditAbsenceChange(o: AbsenceChange): Promise<void> {
  const { ctx, tx, absence, person, actor, type, at } = o;
  const data = {
    startsAt: absence.startsAt.toISOString(),
    endsAt: absence.endsAt.toISOString(),
    endedAt: type === "absence.recorded" ? null : at.toISOString(),
  };
  await tx.appendAbsenceEvent({
    absenceId: absence.id,
    at,
    type,
    actorId: actor?.id ?? null,
    personId: person.id,
    data,
  });
  const days = absenceDays(absence, ctx.calendar);
  const params = {
    ...days,
    name: person.name,
    organisation: await organisationName(tx, person.organisationId),
    by: actor?.name ?? "Schakel",
  };
  const regions = await regionsOfPerson(tx, person);
  const notice = {
    key: type === "absence.recorded" ? ("notice.absence.recorded" as const) : ("notice.absence.ended" as const),
    params,
  };
  for (const regionId of regions.length ? regions : actor ? await tx.coordinatorRegions(actor.id) : []) {
    await tx.enqueue({ kind: "coordinators.post", regionId, notice }, at, ctx.platforms);
  }
  if (actor && actor.id !== person.id) {
    const key =
      type === "absence.recorded"
        ? ("notice.absence.recorded_for_you" as const)
        : ("notice.absence.ended_for_you" as const);
    await tx.enqueue({ kind: "person.dm", personId: person.id, notice: { key, params } }, at, ctx.platforms);
  }
  // Cancelling a plan that had not started changed nobody's messages.
  if (absence.startsAt.getTime() > at.getTime() && type !== "absence.recorded") return;
  const entries = (await tx.rosterForPerson(person.id)).filter(
    (e) => e.primaryPersonId === person.id || e.deputyPersonId === person.id,
  );
  await tellDeputies(o, entries, days);
  if (absence.startsAt.getTime() <= at.getTime()) await refreshCards(o, entries);
}
