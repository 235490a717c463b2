// Reads stored Slack installations (sealed with the data key) and makes a Web API client holding one's bot token.
import { webApi } from "@slack/bolt";
import type { AppContext } from "../../app/context.ts";
import type { SlackClient } from "./slack-identity.ts";
import type { SlackInstallation } from "./slack-installations.ts";

export interface InstallationReader {
  one(key: string): Promise<SlackInstallation | null>;
  all(): Promise<SlackInstallation[]>;
  clientOf(installation: SlackInstallation): SlackClient;
}

export function installationReader(ctx: AppContext, clientOptions: webApi.WebClientOptions): InstallationReader {
  return {
    async one(key) {
      const row = await ctx.store.chat.installation("slack", key);
      return row ? ctx.sealer.open<SlackInstallation>(row.sealed) : null;
    },
    async all() {
      return (await ctx.store.chat.installations("slack")).map((row) => ctx.sealer.open<SlackInstallation>(row.sealed));
    },
    clientOf: (installation) => new webApi.WebClient(installation.bot?.token, clientOptions),
  };
}
