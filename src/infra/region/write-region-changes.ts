// Writes one region's changes (from diffRegion) to the database. People are never deleted, only deactivated;
// chat accounts people linked themselves stay, unless the file gives that account to someone else.
import { required } from "../../domain/required.ts";
import type { RegionChange } from "../../domain/region/region-diff.ts";
import type { PersonState, RegionInfo, RosterState } from "../../domain/region/region-state.ts";
import type { DbTx } from "../prisma/client.ts";

export interface DesiredRegion {
  info: RegionInfo;
  file: string;
  people: Map<string, PersonState>;
  roster: Map<string, RosterState>;
  municipalities: Map<string, string>;
  organisations: Map<string, { name: string; type: string }>;
}

async function writeRegion(db: DbTx, info: RegionInfo, file: string): Promise<void> {
  const data = {
    name: info.name,
    demo: info.demo,
    file,
    sharedChannel: info.channels.shared.console,
    coordinatorsChannel: info.channels.coordinators.console,
    channels: JSON.stringify(info.channels),
    organisationTypes: JSON.stringify(info.organisationTypes),
  };
  await db.region.upsert({ where: { id: info.id }, create: { id: info.id, ...data }, update: data });
}

type AccountPlatform = "slack" | "teams";

/** The file's account for a platform replaces the file's previous one; accounts linked in chat stay. */
async function writeAccount(
  db: DbTx,
  personId: string,
  platform: AccountPlatform,
  account: string | null,
  previous: unknown,
) {
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

const personData = (p: PersonState, regionId: string) => ({
  name: p.name,
  email: p.email,
  organisationId: p.organisationId,
  locale: p.locale,
  platform: p.platform,
  regionId,
});

/** Person rows of added people are created in bulk first (writeAdditions); here: changes and chat accounts. */
async function writePerson(db: DbTx, regionId: string, change: RegionChange, person: PersonState): Promise<void> {
  if (change.kind === "person.changed") {
    await db.person.update({ where: { id: person.id }, data: { ...personData(person, regionId), active: true } });
  }
  for (const platform of ["slack", "teams"] as const) {
    if (change.kind === "person.added" || (change.after && platform in change.after)) {
      await writeAccount(db, person.id, platform, person[platform], change.before?.[platform]);
    }
  }
}

function rosterData(r: RosterState) {
  return { primaryPersonId: r.contact, deputyPersonId: r.deputy, coordinatorPersonId: r.coordinator };
}

const subjects = (changes: RegionChange[], kind: RegionChange["kind"]) =>
  changes.filter((c) => c.kind === kind).map((c) => c.subject);

/** New rows in bulk, in the order their references need (a first apply of a region is a few statements). */
async function writeAdditions(db: DbTx, want: DesiredRegion, changes: RegionChange[]): Promise<void> {
  const regionId = want.info.id;
  const people = subjects(changes, "person.added").map((id) =>
    required(want.people.get(id), "a person the region file adds"),
  );
  const municipalities = subjects(changes, "municipality.added").map((id) => ({
    id,
    name: required(want.municipalities.get(id), "a municipality the region file adds"),
    regionId,
  }));
  await db.municipality.createMany({ data: municipalities });
  const organisations = subjects(changes, "organisation.added").map((id) => ({
    id,
    ...required(want.organisations.get(id), "an organisation the region file adds"),
    regionId,
  }));
  await db.organisation.createMany({ data: organisations });
  await db.person.createMany({ data: people.map((p) => ({ id: p.id, ...personData(p, regionId) })) });
  // Everyone can act in the local console under their own id.
  const local = people.map((p) => ({ personId: p.id, platform: "local", externalId: p.id }));
  await db.chatIdentity.createMany({ data: local });
  const roster = subjects(changes, "roster.added").map((key) =>
    required(want.roster.get(key), "a roster entry the region file adds"),
  );
  await db.rosterEntry.createMany({
    data: roster.map((r) => ({ organisationId: r.organisationId, municipalityId: r.municipalityId, ...rosterData(r) })),
  });
  const coordinators = subjects(changes, "coordinator.added").map((personId) => ({ regionId, personId }));
  await db.regionCoordinator.createMany({ data: coordinators });
}

const BULK = new Set<RegionChange["kind"]>([
  "municipality.added",
  "organisation.added",
  "roster.added",
  "coordinator.added",
]);

/** Writes all changes of one region: the region row, new rows in bulk, then each remaining change in order. */
export async function writeRegionChanges(db: DbTx, want: DesiredRegion, changes: RegionChange[]): Promise<void> {
  if (changes.some((c) => c.kind.startsWith("region."))) await writeRegion(db, want.info, want.file);
  await writeAdditions(db, want, changes);
  for (const change of changes) {
    if (!change.kind.startsWith("region.") && !BULK.has(change.kind)) await writeRegionChange(db, want, change);
  }
}

const pairOf = (subject: string) => {
  const [organisationId, municipalityId] = subject.split("×") as [string, string];
  return { organisationId_municipalityId: { organisationId, municipalityId } };
};

async function writeRegionChange(db: DbTx, want: DesiredRegion, change: RegionChange): Promise<void> {
  const id = change.subject;
  const regionId = want.info.id;
  switch (change.kind) {
    case "municipality.changed":
      await db.municipality.update({
        where: { id },
        data: { name: required(want.municipalities.get(id), "a municipality the region file adds"), regionId },
      });
      return;
    case "organisation.changed":
      await db.organisation.update({
        where: { id },
        data: { ...required(want.organisations.get(id), "an organisation the region file adds"), regionId },
      });
      return;
    case "person.added":
    case "person.changed":
      return writePerson(db, regionId, change, required(want.people.get(id), "a person the region file adds"));
    case "person.reactivated":
      await db.person.update({ where: { id }, data: { active: true } });
      return;
    // The e-mail address is released: nobody links a chat account to them any more, and a successor may use it.
    case "person.deactivated":
      await db.person.update({ where: { id }, data: { active: false, email: null } });
      return;
    case "identity.moved": {
      const [platform, externalId] = [id.slice(0, id.indexOf(":")), id.slice(id.indexOf(":") + 1)];
      const where = { platform_externalId: { platform, externalId } };
      await db.chatIdentity.update({ where, data: { personId: String(change.after?.person), fromFile: true } });
      return;
    }
    case "roster.changed":
      await db.rosterEntry.update({
        where: pairOf(id),
        data: rosterData(required(want.roster.get(id), "a roster entry the region file changes")),
      });
      return;
    case "roster.removed":
      await db.rosterEntry.delete({ where: pairOf(id) });
      return;
    case "coordinator.removed":
      await db.regionCoordinator.delete({ where: { regionId_personId: { regionId, personId: id } } });
      return;
    default:
      return; // region rows and added rows: written before, in bulk
  }
}
