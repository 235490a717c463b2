// Reads what the database holds for one region, in the shape of region-state.ts, so it can be diffed against
// the file. Rows from before region files (no regionId) are found by the ids the file names.
import type { RegionChannelState, RegionInfo, RegionState } from "../../domain/region/region-state.ts";
import type { RegionFile } from "../../domain/region/region-schema.ts";
import type { DbTx } from "../prisma/client.ts";

type ChannelJson = Partial<RegionChannelState> & { console: string };
type ChannelsJson = Record<"shared" | "coordinators", ChannelJson> & { municipalities?: Record<string, ChannelJson> };

function infoOf(row: {
  id: string;
  name: string;
  demo: boolean;
  channels: string;
  organisationTypes: string;
  sharedChannel: string;
  coordinatorsChannel: string;
}): RegionInfo {
  const json = JSON.parse(row.channels) as Partial<ChannelsJson>;
  const channel = (c: Partial<RegionChannelState> | undefined, console: string): RegionChannelState => ({
    console: c?.console ?? console,
    slack: c?.slack ?? null,
    teams: c?.teams ?? null,
  });
  return {
    id: row.id,
    name: row.name,
    demo: row.demo,
    channels: {
      shared: channel(json.shared, row.sharedChannel),
      coordinators: channel(json.coordinators, row.coordinatorsChannel),
      municipalities: Object.fromEntries(
        Object.entries(json.municipalities ?? {}).map(([id, c]) => [id, channel(c, c.console)]),
      ),
    },
    organisationTypes: JSON.parse(row.organisationTypes) as RegionInfo["organisationTypes"],
  };
}

const ofRegion = (regionId: string, ids: string[]) => ({ OR: [{ regionId }, { id: { in: ids } }] });

export async function readRegionState(db: DbTx, file: RegionFile): Promise<RegionState> {
  const row = await db.region.findUnique({ where: { id: file.id } });
  const ids = (list: { id: string }[]) => list.map((x) => x.id);
  const municipalities = await db.municipality.findMany({ where: ofRegion(file.id, ids(file.municipalities)) });
  const organisations = await db.organisation.findMany({ where: ofRegion(file.id, ids(file.organisations)) });
  const people = await db.person.findMany({
    where: ofRegion(file.id, ids(file.people)),
    include: { identities: { where: { fromFile: true } } },
  });
  const roster = await db.rosterEntry.findMany({ where: { municipalityId: { in: municipalities.map((m) => m.id) } } });
  const coordinators = await db.regionCoordinator.findMany({ where: { regionId: file.id } });
  const accounts = file.people.flatMap((p) => [
    ...(p.slack ? [{ platform: "slack", externalId: p.slack }] : []),
    ...(p.teams ? [{ platform: "teams", externalId: p.teams }] : []),
  ]);
  const owners = accounts.length ? await db.chatIdentity.findMany({ where: { OR: accounts } }) : [];
  type Identity = { platform: string; externalId: string };
  const account = (list: Identity[], platform: string) => list.find((i) => i.platform === platform)?.externalId ?? null;
  return {
    info: row ? infoOf(row) : null,
    municipalities: municipalities.map((m) => ({ id: m.id, name: m.name })),
    organisations: organisations.map((o) => ({ id: o.id, name: o.name, type: o.type })),
    people: people.map((p) => ({
      id: p.id,
      name: p.name,
      email: p.email ?? "",
      organisationId: p.organisationId,
      locale: p.locale,
      platform: p.platform,
      active: p.active,
      slack: account(p.identities, "slack"),
      teams: account(p.identities, "teams"),
    })),
    roster: roster.map((r) => ({
      organisationId: r.organisationId,
      municipalityId: r.municipalityId,
      contact: r.primaryPersonId,
      deputy: r.deputyPersonId,
      coordinator: r.coordinatorPersonId,
    })),
    coordinators: coordinators.map((c) => c.personId).sort(),
    accountOwners: Object.fromEntries(owners.map((o) => [`${o.platform}:${o.externalId}`, o.personId])),
  };
}
