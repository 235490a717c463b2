// Writes one region's changes (from diffRegion) to the database. People are never deleted, only deactivated;
// chat accounts people linked themselves stay, unless the file gives that account to someone else.
import type { RegionChange } from "../../domain/region/region-diff.ts";
import type { PersonState, RegionInfo, RosterState } from "../../domain/region/region-state.ts";
import type { DbTx } from "../prisma/client.ts";

async function writeRegion(db: DbTx, info: RegionInfo, file: string): Promise<void> {
  const data = {
    name: info.name, demo: info.demo, file,
    sharedChannel: info.channels.shared.console, coordinatorsChannel: info.channels.coordinators.console,
    channels: JSON.stringify(info.channels), organisationTypes: JSON.stringify(info.organisationTypes),
  };
  await db.region.upsert({ where: { id: info.id }, create: { id: info.id, ...data }, update: data });
}

/** The file's account for a platform replaces the file's previous one; accounts linked in chat stay. */
async function writeAccount(db: DbTx, personId: string, platform: "slack" | "teams", account: string | null, previous: unknown) {
  if (typeof previous === "string" && previous !== account) {
    await db.chatIdentity.deleteMany({ where: { personId, platform, externalId: previous, fromFile: true } });
  }
  if (account) {
    await db.chatIdentity.upsert({
      where: { platform_externalId: { platform, externalId: account } },
      create: { personId, platform, externalId: account, fromFile: true },
      update: { personId, fromFile: true },
    });
  }
}

/** Person rows of added people are created in bulk first (writeAdditions); here: changes and chat accounts. */
async function writePerson(db: DbTx, regionId: string, change: RegionChange, person: PersonState): Promise<void> {
  const data = { name: person.name, email: person.email, organisationId: person.organisationId, locale: person.locale, platform: person.platform, regionId, active: true };
  if (change.kind === "person.changed") await db.person.update({ where: { id: person.id }, data });
  for (const platform of ["slack", "teams"] as const) {
    if (change.kind === "person.added" || (change.after && platform in change.after)) {
      await writeAccount(db, person.id, platform, person[platform], change.before?.[platform]);
    }
  }
}

function rosterData(r: RosterState) {
  return { primaryPersonId: r.contact, deputyPersonId: r.deputy, coordinatorPersonId: r.coordinator };
}

export interface DesiredRegion { info: RegionInfo; file: string; people: Map<string, PersonState>; roster: Map<string, RosterState>;
  municipalities: Map<string, string>; organisations: Map<string, { name: string; type: string }> }

const subjects = (changes: RegionChange[], kind: RegionChange["kind"]) => changes.filter((c) => c.kind === kind).map((c) => c.subject);

/** New rows in bulk, in the order their references need (a first apply of a region is a few statements). */
async function writeAdditions(db: DbTx, want: DesiredRegion, changes: RegionChange[]): Promise<void> {
  const regionId = want.info.id;
  const people = subjects(changes, "person.added").map((id) => want.people.get(id)!);
  await db.municipality.createMany({ data: subjects(changes, "municipality.added").map((id) => ({ id, name: want.municipalities.get(id)!, regionId })) });
  await db.organisation.createMany({ data: subjects(changes, "organisation.added").map((id) => ({ id, ...want.organisations.get(id)!, regionId })) });
  await db.person.createMany({
    data: people.map((p) => ({ id: p.id, name: p.name, email: p.email, organisationId: p.organisationId, locale: p.locale, platform: p.platform, regionId })),
  });
  // Everyone can act in the local console under their own id.
  await db.chatIdentity.createMany({ data: people.map((p) => ({ personId: p.id, platform: "local", externalId: p.id })) });
  await db.rosterEntry.createMany({
    data: subjects(changes, "roster.added").map((key) => want.roster.get(key)!)
      .map((r) => ({ organisationId: r.organisationId, municipalityId: r.municipalityId, ...rosterData(r) })),
  });
  await db.regionCoordinator.createMany({ data: subjects(changes, "coordinator.added").map((personId) => ({ regionId, personId })) });
}

const BULK = new Set<RegionChange["kind"]>(["municipality.added", "organisation.added", "roster.added", "coordinator.added"]);

/** Writes all changes of one region: the region row, new rows in bulk, then each remaining change in order. */
export async function writeRegionChanges(db: DbTx, want: DesiredRegion, changes: RegionChange[]): Promise<void> {
  for (const change of changes.filter((c) => c.kind.startsWith("region."))) await writeRegion(db, want.info, want.file);
  await writeAdditions(db, want, changes);
  for (const change of changes) {
    if (!change.kind.startsWith("region.") && !BULK.has(change.kind)) await writeRegionChange(db, want, change);
  }
}

async function writeRegionChange(db: DbTx, want: DesiredRegion, change: RegionChange): Promise<void> {
  const id = change.subject;
  const regionId = want.info.id;
  switch (change.kind) {
    case "region.added": case "region.changed": return writeRegion(db, want.info, want.file);
    case "municipality.changed": {
      const data = { name: want.municipalities.get(id)!, regionId };
      await db.municipality.upsert({ where: { id }, create: { id, ...data }, update: data });
      return;
    }
    case "organisation.changed": {
      const data = { ...want.organisations.get(id)!, regionId };
      await db.organisation.upsert({ where: { id }, create: { id, ...data }, update: data });
      return;
    }
    case "person.added": case "person.changed": return writePerson(db, regionId, change, want.people.get(id)!);
    case "person.reactivated": await db.person.update({ where: { id }, data: { active: true } }); return;
    case "person.deactivated": await db.person.update({ where: { id }, data: { active: false } }); return;
    case "identity.moved": {
      const [platform, externalId] = [id.slice(0, id.indexOf(":")), id.slice(id.indexOf(":") + 1)];
      await db.chatIdentity.update({ where: { platform_externalId: { platform, externalId } }, data: { personId: String(change.after?.person), fromFile: true } });
      return;
    }
    case "roster.changed": {
      const r = want.roster.get(id)!;
      await db.rosterEntry.update({ where: { organisationId_municipalityId: { organisationId: r.organisationId, municipalityId: r.municipalityId } }, data: rosterData(r) });
      return;
    }
    case "roster.removed": {
      const [organisationId, municipalityId] = id.split("×") as [string, string];
      await db.rosterEntry.delete({ where: { organisationId_municipalityId: { organisationId, municipalityId } } });
      return;
    }
    case "coordinator.removed": await db.regionCoordinator.delete({ where: { regionId_personId: { regionId, personId: id } } }); return;
    default: return; // added rows: written in bulk by writeAdditions
  }
}
