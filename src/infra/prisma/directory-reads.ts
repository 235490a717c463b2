// Reads of the directory: municipalities, organisations, people, identities and the roster.
import type { DirectoryReads, OrganisationRecord, Platform, RegionRecord, StoreTx } from "../../app/ports.ts";
import type { DbTx } from "./client.ts";

type Linking = Pick<StoreTx, "linkIdentity">;
type RegionRow = {
  id: string;
  name: string;
  sharedChannel: string;
  coordinatorsChannel: string;
  channels: string;
  organisationTypes: string;
};
type ChannelJson = { console: string; slack?: string | null; teams?: string | null };
type ChannelsJson = Partial<Record<"shared" | "coordinators", ChannelJson>> & {
  municipalities?: Record<string, ChannelJson>;
};

/** The region row with its JSON columns (channels per platform, declared organisation types) read. */
function regionRecord(row: RegionRow): RegionRecord {
  const channels = JSON.parse(row.channels) as ChannelsJson;
  const perMunicipality = channels.municipalities ?? {};
  const all = [channels.shared, channels.coordinators, ...Object.values(perMunicipality)];
  const idsFor = (platform: "slack" | "teams") =>
    Object.fromEntries(all.flatMap((c) => (c?.[platform] ? [[c.console, c[platform]] as const] : [])));
  return {
    id: row.id,
    name: row.name,
    sharedChannel: row.sharedChannel,
    coordinatorsChannel: row.coordinatorsChannel,
    channelIds: { slack: idsFor("slack"), teams: idsFor("teams") },
    municipalityChannels: Object.fromEntries(Object.entries(perMunicipality).map(([id, c]) => [id, c.console])),
    organisationTypes: JSON.parse(row.organisationTypes) as RegionRecord["organisationTypes"],
  };
}

export function directoryReads(db: DbTx): DirectoryReads & Linking {
  const rosterSelect = {
    organisationId: true,
    municipalityId: true,
    primaryPersonId: true,
    deputyPersonId: true,
    coordinatorPersonId: true,
  } as const;
  return {
    person: (id) => db.person.findUnique({ where: { id } }),
    people: () => db.person.findMany({ orderBy: { name: "asc" } }),
    organisation: async (id) => (await db.organisation.findUnique({ where: { id } })) as OrganisationRecord | null,
    organisations: async () => (await db.organisation.findMany({ orderBy: { name: "asc" } })) as OrganisationRecord[],
    municipality: (id) => db.municipality.findUnique({ where: { id } }),
    municipalities: () => db.municipality.findMany({ orderBy: { name: "asc" } }),
    region: async (id) => {
      const row = await db.region.findUnique({ where: { id } });
      return row ? regionRecord(row) : null;
    },
    regions: async () => (await db.region.findMany({ orderBy: { name: "asc" } })).map(regionRecord),
    rosterEntry: (organisationId, municipalityId) =>
      db.rosterEntry.findUnique({
        where: { organisationId_municipalityId: { organisationId, municipalityId } },
        select: rosterSelect,
      }),
    rosterForMunicipality: (municipalityId) =>
      db.rosterEntry.findMany({ where: { municipalityId }, select: rosterSelect, orderBy: { organisationId: "asc" } }),
    rosterForPerson: (personId) =>
      db.rosterEntry.findMany({
        where: { OR: [{ primaryPersonId: personId }, { deputyPersonId: personId }, { coordinatorPersonId: personId }] },
        select: rosterSelect,
      }),
    roster: () => db.rosterEntry.findMany({ select: rosterSelect }),
    regionCoordinators: async (regionId) =>
      (await db.regionCoordinator.findMany({ where: { regionId } })).map((r) => r.personId),
    coordinatorRegions: async (personId) =>
      (await db.regionCoordinator.findMany({ where: { personId } })).map((r) => r.regionId),
    personByIdentity: async (platform: Platform, externalId: string) =>
      (
        await db.chatIdentity.findUnique({
          where: { platform_externalId: { platform, externalId } },
          include: { person: true },
        })
      )?.person ?? null,
    identitiesOf: async (personId, platform) =>
      (await db.chatIdentity.findMany({ where: { personId, platform } })).map((i) => i.externalId),
    accountsOf: async (personId, platform) =>
      db.chatIdentity.findMany({
        where: { personId, platform },
        select: { externalId: true, enterpriseId: true, teamId: true },
        orderBy: { id: "asc" },
      }),
    unreachableAmong: async (personIds) =>
      personIds.length
        ? (await db.unreachablePerson.findMany({ where: { personId: { in: [...personIds] } } })).map((r) => r.personId)
        : [],
    async linkIdentity(personId, platform, externalId, place) {
      await db.chatIdentity.upsert({
        where: { platform_externalId: { platform, externalId } },
        create: { personId, platform, externalId, ...place },
        update: { personId, ...place },
      });
      // Someone who links an account is reachable again (and reported again should that change).
      await db.unreachablePerson.deleteMany({ where: { personId } });
    },
  };
}
