// The chat platforms that run next to the console, each enabled by its own settings in the environment. Each SDK
// (Bolt, the Teams SDK) is loaded only when its platform is configured: a console-only start skips ~1.5 s and ~50 MB.
import type { Logger } from "../app/ports.ts";
import type { AdapterFactory } from "../app/adapter-port.ts";
import { loadSlackConfig } from "./slack/slack-config.ts";
import { loadTeamsConfig } from "./teams/teams-config.ts";

export function platformAdapters(env: NodeJS.ProcessEnv, log: Logger): AdapterFactory[] {
  const adapters: AdapterFactory[] = [];
  const slack = loadSlackConfig(env);
  if (slack) {
    adapters.push({
      platform: "slack",
      start: async (ctx, tools) =>
        (await import("./slack/slack-adapter.ts")).createSlackAdapter(slack).start(ctx, tools),
    });
    log.info({ mode: slack.mode.kind, channels: Object.keys(slack.channels) }, "Slack adapter enabled");
  }
  const teams = loadTeamsConfig(env);
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
