// Which workspace a Slack user belongs to, how their identity is keyed (so the same user id in two workspaces
// is never one person), and the Web API client holding that workspace's bot token.
import { required } from "../../domain/required.ts";
import { webApi } from "@slack/bolt";
import type { AppContext } from "../../app/context.ts";
import type { SlackClient } from "./slack-identity.ts";
import { installationKey, type SlackInstallation } from "./slack-installations.ts";

/**
 * A Slack workspace as Schakel sees it: `scope` is the Grid org (E…) when there is one (user ids are unique
 * across an org), else the team (T…); null in single-workspace mode, where identities stay plain user ids.
 */
export interface Workspace {
  scope: string | null;
  client: SlackClient;
}

export const scopeOf = (source: { teamId?: string | undefined; enterpriseId?: string | undefined }): string | null =>
  source.enterpriseId || source.teamId || null;

/** The ChatIdentity externalId of a Slack user: `T123:U456` (or `E1:W456`) with OAuth installs, else `U456`. */
export const identityId = (scope: string | null, userId: string) => (scope ? `${scope}:${userId}` : userId);

/** Splits an identity back into its workspace scope and user id (a plain id belongs to the home workspace). */
export function parseIdentity(externalId: string, home: string | null): { scope: string | null; userId: string } {
  const at = externalId.indexOf(":");
  if (at < 0) return { scope: home, userId: externalId };
  return { scope: externalId.slice(0, at), userId: externalId.slice(at + 1) };
}

export interface Workspaces {
  /** The client of an installed workspace, or null when that workspace has not installed Schakel. */
  client(scope: string): Promise<SlackClient | null>;
  /** Every installed workspace (scope and client), oldest install first. */
  all(): Promise<Workspace[]>;
}

export function createWorkspaces(ctx: AppContext, clientOptions: webApi.WebClientOptions): Workspaces {
  const clientOf = (installation: SlackInstallation) => new webApi.WebClient(installation.bot?.token, clientOptions);
  const fetch = async (key: string) => {
    const row = await ctx.store.chat.installation("slack", key);
    return row ? ctx.sealer.open<SlackInstallation>(row.sealed) : null;
  };
  const fetchOrgWorkspace = async (enterpriseId: string) => {
    const row = (await ctx.store.chat.installations("slack")).find((r) => r.enterpriseId === enterpriseId);
    return row ? ctx.sealer.open<SlackInstallation>(row.sealed) : null;
  };
  return {
    async client(scope) {
      // A Grid org is served by its org-wide install, else by an install in one of its workspaces.
      const installation = scope.startsWith("E")
        ? ((await fetch(installationKey({ isEnterpriseInstall: true, enterpriseId: scope }))) ??
          (await fetchOrgWorkspace(scope)))
        : await fetch(installationKey({ teamId: scope }));
      return installation?.bot?.token ? clientOf(installation) : null;
    },
    async all() {
      const rows = await ctx.store.chat.installations("slack");
      return rows
        .map((row) => ctx.sealer.open<SlackInstallation>(row.sealed))
        .filter((i) => i.bot?.token)
        .map((i) => ({
          scope: i.enterprise?.id ?? required(i.team, "the workspace of an install without an enterprise").id,
          client: clientOf(i),
        }));
    },
  };
}
