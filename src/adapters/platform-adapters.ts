// The chat platforms that run next to the console, each enabled by its own settings. Each SDK
// (Bolt, the Teams SDK) is loaded only when its platform is configured: a console-only start skips ~1.5 s and ~50 MB.
import type { Logger } from "../app/ports.ts";
import type { AdapterFactory } from "../app/adapter-port.ts";
import type { SlackConfig } from "./slack/slack-config.ts";
import type { TeamsConfig } from "./teams/teams-config.ts";

/** The platforms' settings as read at start-up (src/settings.ts); null: that platform is off. */
export interface PlatformSettings {
  slack: SlackConfig | null;
  teams: TeamsConfig | null;
}

export function platformAdapters({ slack, teams }: PlatformSettings, log: Logger): AdapterFactory[] {
  const adapters: AdapterFactory[] = [];
  if (slack) {
    adapters.push({
      platform: "slack",
      start: async (ctx, tools) =>
        (await import("./slack/slack-adapter.ts")).createSlackAdapter(slack).start(ctx, tools),
    });
    log.info({ mode: slack.mode.kind, channels: Object.keys(slack.channels) }, "Slack adapter enabled");
  }
  if (teams) {
    adapters.push({
      platform: "teams",
      start: async (ctx, tools) =>
        (await import("./teams/teams-adapter.ts")).createTeamsAdapter(teams).start(ctx, tools),
    });
    log.info({ port: teams.port, path: teams.path, channels: Object.keys(teams.channels) }, "Teams adapter enabled");
  }
  return adapters;
}
