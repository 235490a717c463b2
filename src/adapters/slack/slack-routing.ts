// Which token the outbox uses: the one bot token in single-workspace mode; with OAuth installs, the home
// workspace's for the region channels and each person's own workspace's for their DMs.
import type { AppContext } from "../../app/context.ts";
import { platformErrorCode } from "./slack-errors.ts";
import { slackUserOfPerson, type SlackClient } from "./slack-identity.ts";
import { identityId, parseIdentity, type Workspaces } from "./slack-workspace.ts";

export interface PersonTarget {
  client: SlackClient;
  userId: string;
  identity: string;
}

export interface SlackRouting {
  channelClient(): Promise<SlackClient>;
  /** The person's Slack user and their workspace's client; null when no installed workspace knows them. */
  personTarget(personId: string): Promise<PersonTarget | null>;
}

export function singleWorkspaceRouting(ctx: AppContext, client: SlackClient): SlackRouting {
  return {
    channelClient: async () => client,
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
  for (const { scope, client } of await workspaces.all()) {
    try {
      const found = await client.users.lookupByEmail({ email });
      if (!found.user?.id || !scope) continue;
      const identity = identityId(scope, found.user.id);
      await ctx.store.transaction((tx) => tx.linkIdentity(personId, "slack", identity));
      ctx.log.info({ personId, scope }, "linked a Slack user to a roster person by e-mail in their workspace");
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
      const client = await workspaces.client(home);
      // Throwing keeps the message in the outbox until the home workspace has installed Schakel.
      if (!client) throw new Error(`the home Slack workspace ${home} has not installed Schakel yet`);
      return client;
    },
    async personTarget(personId) {
      for (const externalId of await ctx.store.read.identitiesOf(personId, "slack")) {
        const { scope, userId } = parseIdentity(externalId, home);
        const client = scope ? await workspaces.client(scope) : null;
        if (client) return { client, userId, identity: externalId };
      }
      return findByEmail(ctx, workspaces, personId);
    },
  };
}
