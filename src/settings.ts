// Every environment setting, read and validated once at start-up: the main configuration, the scheduler, Slack
// and Teams. The only reader of process.env; `npm start` and the scripts pass the result down.
import type { SlackConfig } from "./adapters/slack/slack-config.ts";
import { loadSlackConfig } from "./adapters/slack/slack-config.ts";
import type { TeamsConfig } from "./adapters/teams/teams-config.ts";
import { loadTeamsConfig } from "./adapters/teams/teams-config.ts";
import { type Config, loadConfig } from "./config/config.ts";
import { loadSchedulerConfig, type SchedulerConfig } from "./infra/scheduler/scheduler-config.ts";

export interface Settings {
  config: Config;
  scheduler: SchedulerConfig;
  /** null: Slack is not configured. */
  slack: SlackConfig | null;
  /** null: Teams is not configured. */
  teams: TeamsConfig | null;
}

/** Every section is checked before anything throws, so one start names every problem at once. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const problems: string[] = [];
  const read = <T>(load: (env: NodeJS.ProcessEnv) => T): T | undefined => {
    try {
      return load(env);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
      return undefined;
    }
  };
  const settings = {
    config: read(loadConfig),
    scheduler: read(loadSchedulerConfig),
    slack: read(loadSlackConfig),
    teams: read(loadTeamsConfig),
  };
  const { config, scheduler, slack, teams } = settings;
  if (problems.length || !config || !scheduler || slack === undefined || teams === undefined) {
    throw new Error(problems.join("\n"));
  }
  return { config, scheduler, slack, teams };
}
