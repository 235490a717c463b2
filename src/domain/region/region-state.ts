// One region as plain data, the same shape for what a file asks and what the database holds, so the two can
// be compared field by field (region-diff.ts).
import type { RegionFile } from "./region-schema.ts";

export interface RegionChannelState {
  console: string;
  slack: string | null;
  teams: string | null;
}
export interface RegionInfo {
  id: string;
  name: string;
  demo: boolean;
  channels: {
    shared: RegionChannelState;
    coordinators: RegionChannelState;
    /** Municipality id → its own shared channel (empty: every municipality uses `shared`). */
    municipalities: Record<string, RegionChannelState>;
  };
  organisationTypes: { id: string; label: string }[];
}
export interface PersonState {
  id: string;
  name: string;
  email: string;
  organisationId: string;
  locale: string;
  platform: string | null;
  slack: string | null;
  teams: string | null;
  active: boolean;
}
export interface RosterState {
  organisationId: string;
  municipalityId: string;
  contact: string;
  deputy: string | null;
  coordinator: string | null;
}

export interface RegionState {
  /** Null when the region is not in the database yet. */
  info: RegionInfo | null;
  municipalities: { id: string; name: string }[];
  organisations: { id: string; name: string; type: string }[];
  people: PersonState[];
  roster: RosterState[];
  coordinators: string[];
  /** Chat accounts the file names, and whom the database links them to now ("slack:U123" → person id). */
  accountOwners: Record<string, string>;
}

const channel = (c: {
  console: string;
  slack?: string | undefined;
  teams?: string | undefined;
}): RegionChannelState => ({ console: c.console, slack: c.slack ?? null, teams: c.teams ?? null });

/** What the file asks for, in the shape of the database state. */
export function desiredState(file: RegionFile): RegionState {
  return {
    info: {
      id: file.id,
      name: file.name,
      demo: file.demo,
      channels: {
        shared: channel(file.channels.shared),
        coordinators: channel(file.channels.coordinators),
        municipalities: Object.fromEntries(
          Object.entries(file.channels.municipalities ?? {}).map(([id, c]) => [id, channel(c)]),
        ),
      },
      organisationTypes: file.organisationTypes.map((t) => ({ id: t.id, label: t.label })),
    },
    municipalities: file.municipalities.map((m) => ({ id: m.id, name: m.name })),
    organisations: file.organisations.map((o) => ({ id: o.id, name: o.name, type: o.type })),
    people: file.people.map((p) => ({
      id: p.id,
      name: p.name,
      email: p.email,
      organisationId: p.organisation,
      locale: p.locale,
      platform: p.platform ?? null,
      slack: p.slack ?? null,
      teams: p.teams ?? null,
      active: true,
    })),
    roster: file.roster.map((r) => ({
      organisationId: r.organisation,
      municipalityId: r.municipality,
      contact: r.contact,
      deputy: r.deputy ?? null,
      coordinator: r.coordinator ?? null,
    })),
    coordinators: [...file.coordinators],
    accountOwners: {},
  };
}

export const rosterKey = (r: Pick<RosterState, "organisationId" | "municipalityId">) =>
  `${r.organisationId}×${r.municipalityId}`;
