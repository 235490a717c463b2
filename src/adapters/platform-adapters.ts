// The chat platforms that run next to the console, each enabled by its own settings in the environment.
import type { Logger } from "../app/ports.ts";
import type { AdapterFactory } from "../bootstrap.ts";
import { loadSlackConfig } from "./slack/slack-config.ts";
import { createSlackAdapter } from "./slack/slack-adapter.ts";
import { loadTeamsConfig } from "./teams/teams-config.ts";
import { createTeamsAdapter } from "./teams/teams-adapter.ts";

export function platformAdapters(env: NodeJS.ProcessEnv, log: Logger): AdapterFactory[] {
  const adapters: AdapterFactory[] = [];
  const slack = loadSlackConfig(env);
  if (slack) {
    adapters.push(createSlackAdapter(slack));
    log.info({ mode: slack.mode.kind, channels: Object.keys(slack.channels) }, "Slack adapter enabled");
  }
  const teams = loadTeamsConfig(env);
  if (teams) {
    adapters.push(createTeamsAdapter(teams));
    log.info({ port: teams.port, path: teams.path, channels: Object.keys(teams.channels) }, "Teams adapter enabled");
  }
  return adapters;
}
