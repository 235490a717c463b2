// Which Slack workspace (and Enterprise Grid org) a user or request belongs to, how their identity is keyed (one
// person across the workspaces of a Grid org, never across orgs or plain workspaces), and the Web API client that
// holds the token of the installation serving that place.
import type { webApi } from "@slack/bolt";
import type { AccountPlace, ChatAccount } from "../../app/ports.ts";
import type { AppContext } from "../../app/context.ts";
import type { SlackClient } from "./slack-identity.ts";
import { installationKey, type SlackInstallation } from "./slack-installations.ts";
import { installationReader, type InstallationReader } from "./slack-installation-reader.ts";

/** Where a Slack user or request lives: the Grid org (E…, null outside Grid) and the workspace (T…). */
export type SlackPlace = AccountPlace;

export const placeOf = (source: { teamId?: string | null; enterpriseId?: string | null }): SlackPlace => ({
  enterpriseId: source.enterpriseId || null,
  teamId: source.teamId || null,
});

/**
 * The ChatIdentity externalId of a Slack user: `E…:W…` in a Grid org (its user ids are unique across the org, so a
 * user seen from two of its workspaces is one person), `T…:U…` in a workspace outside Grid, a plain `U…` in
 * single-workspace mode.
 */
export function identityId(place: SlackPlace | null, userId: string): string {
  const scope = place?.enterpriseId ?? place?.teamId;
  return scope ? `${scope}:${userId}` : userId;
}

/** An account's user id and place; a plain id (from a region file) belongs to the home workspace (place null). */
export function parseAccount(account: ChatAccount): { place: SlackPlace | null; userId: string } {
  const at = account.externalId.indexOf(":");
  if (at < 0) return { place: null, userId: account.externalId };
  const prefix = account.externalId.slice(0, at);
  // Accounts linked before their place was recorded carry it only in the prefix.
  const place = {
    enterpriseId: account.enterpriseId ?? (prefix.startsWith("E") ? prefix : null),
    teamId: account.teamId ?? (prefix.startsWith("T") ? prefix : null),
  };
  return { place, userId: account.externalId.slice(at + 1) };
}

/** SLACK_HOME_WORKSPACE names a workspace (T…) or, with an org-wide install, the Grid org (E…). */
export const isHome = (place: SlackPlace, home: string) => place.teamId === home || place.enterpriseId === home;

export interface InstalledWorkspace {
  place: SlackPlace;
  client: SlackClient;
}

export interface Workspaces {
  /**
   * The client serving a place, as Bolt's InstallationStore does: the org-wide install of its Grid org, else the
   * workspace's own install; null when neither exists (that workspace has not installed Schakel).
   */
  clientFor(place: SlackPlace): Promise<SlackClient | null>;
  /** The home workspace's client (the region channels live there), or null before it installed Schakel. */
  home(homeId: string): Promise<SlackClient | null>;
  /** Every installation (an org-wide one has no team), oldest install first. */
  all(): Promise<InstalledWorkspace[]>;
}

const installedPlace = (i: SlackInstallation): SlackPlace =>
  placeOf({ enterpriseId: i.enterprise?.id, teamId: i.isEnterpriseInstall ? null : i.team?.id });

async function orgWorkspace(read: InstallationReader, enterpriseId: string) {
  return (await read.all()).find((i) => i.enterprise?.id === enterpriseId && !i.isEnterpriseInstall) ?? null;
}

export function createWorkspaces(ctx: AppContext, clientOptions: webApi.WebClientOptions): Workspaces {
  const read = installationReader(ctx, clientOptions);
  const orgKey = (enterpriseId: string) => installationKey({ isEnterpriseInstall: true, enterpriseId });
  const clientOf = (installation: SlackInstallation | null) =>
    installation?.bot?.token ? read.clientOf(installation) : null;
  return {
    async clientFor(place) {
      const org = place.enterpriseId ? await read.one(orgKey(place.enterpriseId)) : null;
      return clientOf(org ?? (place.teamId ? await read.one(installationKey({ teamId: place.teamId })) : null));
    },
    async home(homeId) {
      if (!homeId.startsWith("E")) return clientOf(await read.one(installationKey({ teamId: homeId })));
      // A Grid org as home: its org-wide install, else an install in one of its workspaces.
      return clientOf((await read.one(orgKey(homeId))) ?? (await orgWorkspace(read, homeId)));
    },
    async all() {
      return (await read.all())
        .filter((i) => i.bot?.token)
        .flatMap((i) => {
          const client = clientOf(i);
          return client ? [{ place: installedPlace(i), client }] : [];
        });
    },
  };
}
