// Which token the outbox uses: the one bot token in single-workspace mode; with OAuth installs, the home
// workspace's for the region channels and each person's own workspace's for their DMs.
import type { AppContext } from "../../app/context.ts";
import { platformErrorCode } from "./slack-errors.ts";
import { slackUserOfPerson, type SlackClient } from "./slack-identity.ts";
import { identityId, parseAccount, type SlackPlace, type Workspaces } from "./slack-workspace.ts";

export interface PersonTarget {
  client: SlackClient;
  userId: string;
  identity: string;
}

export interface SlackRouting {
  channelClient(): Promise<SlackClient>;
  /** The person's Slack user and their workspace's client; null when no installed workspace knows them. */
  personTarget(personId: string): Promise<PersonTarget | null>;
  /** The client serving a user of this place (null: the home or only workspace); null when it has no install. */
  placeClient(place: SlackPlace | null): Promise<SlackClient | null>;
}

export function singleWorkspaceRouting(ctx: AppContext, client: SlackClient): SlackRouting {
  return {
    channelClient: async () => client,
    placeClient: async () => client,
    async personTarget(personId) {
      const userId = await slackUserOfPerson(ctx, client, personId);
      return userId ? { client, userId, identity: userId } : null;
    },
  };
}

async function findByEmail(ctx: AppContext, workspaces: Workspaces, personId: string): Promise<PersonTarget | null> {
  const email = (await ctx.store.read.person(personId))?.email;
  if (!email) return null;
  // Each lookup uses that workspace's own token: the address is the workspace's word about its own user.
  for (const { place, client } of await workspaces.all()) {
    try {
      const found = await client.users.lookupByEmail({ email });
      if (!found.user?.id) continue;
      const identity = identityId(place, found.user.id);
      await ctx.store.transaction((tx) => tx.linkIdentity(personId, "slack", identity, place));
      ctx.log.info({ personId, ...place }, "linked a Slack user to a roster person by e-mail in their workspace");
      return { client, userId: found.user.id, identity };
    } catch (error) {
      if (platformErrorCode(error) !== "users_not_found") throw error;
    }
  }
  return null;
}

export function multiWorkspaceRouting(ctx: AppContext, workspaces: Workspaces, home: string): SlackRouting {
  return {
    async channelClient() {
      const client = await workspaces.home(home);
      // Throwing keeps the message in the outbox until the home workspace has installed Schakel.
      if (!client) throw new Error(`the home Slack workspace ${home} has not installed Schakel yet`);
      return client;
    },
    async personTarget(personId) {
      for (const account of await ctx.store.read.accountsOf(personId, "slack")) {
        const { place, userId } = parseAccount(account);
        // A plain id (region file) is a user of the home workspace.
        const client = place ? await workspaces.clientFor(place) : await workspaces.home(home);
        if (client) return { client, userId, identity: account.externalId };
      }
      return findByEmail(ctx, workspaces, personId);
    },
    placeClient: (place) => (place ? workspaces.clientFor(place) : workspaces.home(home)),
  };
}
