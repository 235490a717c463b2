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

async function writePerson(db: DbTx, regionId: string, change: RegionChange, person: PersonState): Promise<void> {
  const data = { name: person.name, email: person.email, organisationId: person.organisationId, locale: person.locale, platform: person.platform, regionId, active: true };
  if (change.kind === "person.added") {
    await db.person.upsert({ where: { id: person.id }, create: { id: person.id, ...data }, update: data });
    await db.chatIdentity.upsert({
      where: { platform_externalId: { platform: "local", externalId: person.id } },
      create: { personId: person.id, platform: "local", externalId: person.id }, update: {},
    });
  } else await db.person.update({ where: { id: person.id }, data });
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

export async function writeRegionChange(db: DbTx, want: DesiredRegion, change: RegionChange): Promise<void> {
  const id = change.subject;
  const regionId = want.info.id;
  switch (change.kind) {
    case "region.added": case "region.changed": return writeRegion(db, want.info, want.file);
    case "municipality.added": case "municipality.changed": {
      const data = { name: want.municipalities.get(id)!, regionId };
      await db.municipality.upsert({ where: { id }, create: { id, ...data }, update: data });
      return;
    }
    case "organisation.added": case "organisation.changed": {
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
    case "roster.added": {
      const r = want.roster.get(id)!;
      await db.rosterEntry.create({ data: { organisationId: r.organisationId, municipalityId: r.municipalityId, ...rosterData(r) } });
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
    case "coordinator.added": await db.regionCoordinator.create({ data: { regionId, personId: id } }); return;
    case "coordinator.removed": await db.regionCoordinator.delete({ where: { regionId_personId: { regionId, personId: id } } }); return;
  }
}
