// The Slack settings, read once from the environment and validated; null when Slack is not configured.
import { parseEnvSection } from "../../config/env-section.ts";
import { z } from "zod";

/** Several workspaces: each installs Schakel through Slack's OAuth flow; tokens live sealed in the database. */
export interface SlackOAuthConfig {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  /** The team (T…) or Enterprise Grid org (E…) whose installation posts to the region channels. */
  homeWorkspace: string;
}

export interface SlackConfig {
  /** The one workspace's bot token (single-workspace mode); null with OAuth installs. */
  botToken: string | null;
  oauth?: SlackOAuthConfig;
  /** Socket Mode (development behind a firewall) when set; otherwise HTTP with the signing secret. */
  mode:
    | { kind: "http"; signingSecret: string; port: number; path: string }
    | { kind: "socket"; appToken: string; signingSecret?: string };
  /** Web API base URL ending in "/" (GovSlack and tests override it); undefined means Slack's default. */
  apiUrl?: string;
  /** Schakel channel name (a region's sharedChannel or coordinatorsChannel) → Slack channel id; at start the
   *  region files' ids are merged in (SLACK_CHANNELS wins for a name it lists). */
  channels: Record<string, string>;
}

const SLACK_VARIABLES = [
  "SLACK_BOT_TOKEN",
  "SLACK_SIGNING_SECRET",
  "SLACK_APP_TOKEN",
  "SLACK_API_URL",
  "SLACK_PORT",
  "SLACK_PATH",
  "SLACK_CHANNELS",
  "SLACK_CLIENT_ID",
  "SLACK_CLIENT_SECRET",
  "SLACK_STATE_SECRET",
  "SLACK_HOME_WORKSPACE",
] as const;

const channelsSchema = z.string().transform((text, context) => {
  const channels: Record<string, string> = {};
  for (const pair of text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([a-z0-9][a-z0-9_-]*)=([CG][A-Z0-9]{2,})$/.exec(pair);
    const [, name, id] = match ?? [];
    if (!name || !id) {
      context.addIssue({ code: "custom", message: `"${pair}" is not name=CHANNELID (e.g. wbw-casuistiek=C0123ABCD)` });
      continue;
    }
    channels[name] = id;
  }
  return channels;
});

const envSchema = z.object({
  SLACK_BOT_TOKEN: z.string().startsWith("xoxb-", "must be a bot token (xoxb-...)").optional(),
  SLACK_CLIENT_ID: z
    .string()
    .regex(/^\d+\.\d+$/, "must be the app's Client ID (digits.digits)")
    .optional(),
  SLACK_CLIENT_SECRET: z.string().min(8).optional(),
  SLACK_STATE_SECRET: z.string().min(16, "must be at least 16 random characters").optional(),
  SLACK_HOME_WORKSPACE: z
    .string()
    .regex(/^[TE][A-Z0-9]{2,}$/, "must be a team id (T...) or an Enterprise Grid org id (E...)")
    .optional(),
  SLACK_SIGNING_SECRET: z.string().min(8).optional(),
  SLACK_APP_TOKEN: z.string().startsWith("xapp-", "must be an app-level token (xapp-...)").optional(),
  SLACK_API_URL: z.url().optional(),
  SLACK_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  SLACK_PATH: z.string().startsWith("/", "must start with /").optional(),
  SLACK_CHANNELS: channelsSchema.optional(),
});

type Env = z.infer<typeof envSchema>;

function oauthOf(e: Env, fail: (message: string) => never): SlackOAuthConfig | null {
  const names = ["SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_STATE_SECRET", "SLACK_HOME_WORKSPACE"] as const;
  const set = names.filter((k) => e[k]);
  if (set.length === 0) return null;
  const missing = names.filter((k) => !e[k]).join(", ");
  const { SLACK_CLIENT_ID: clientId, SLACK_CLIENT_SECRET: clientSecret } = e;
  const { SLACK_STATE_SECRET: stateSecret, SLACK_HOME_WORKSPACE: homeWorkspace } = e;
  if (!clientId || !clientSecret || !stateSecret || !homeWorkspace) {
    return fail(`OAuth installs need ${missing} as well (see docs/slack.md).`);
  }
  if (e.SLACK_BOT_TOKEN) {
    fail(
      "SLACK_BOT_TOKEN is for one workspace; with OAuth installs (SLACK_CLIENT_ID) each workspace's token " +
        "comes from its install.",
    );
  }
  if (e.SLACK_APP_TOKEN)
    fail("OAuth installs need the HTTP receiver (install pages are web pages); remove SLACK_APP_TOKEN.");
  return {
    clientId,
    clientSecret,
    stateSecret,
    homeWorkspace,
  };
}

/** Returns null when no SLACK_* variable is set; throws a clear English message for bad or contradictory settings. */
export function loadSlackConfig(env: NodeJS.ProcessEnv): SlackConfig | null {
  const e = parseEnvSection(env, SLACK_VARIABLES, envSchema, "Slack");
  if (!e) return null;
  const fail = (message: string): never => {
    throw new Error(`Invalid Slack configuration: ${message}`);
  };
  if (e.SLACK_APP_TOKEN && (e.SLACK_PORT !== undefined || e.SLACK_PATH)) {
    fail(
      "SLACK_APP_TOKEN selects Socket Mode, but SLACK_PORT/SLACK_PATH are HTTP settings. Use either Socket Mode or HTTP, not both.",
    );
  }
  const needsSecret =
    "HTTP mode needs SLACK_SIGNING_SECRET next to SLACK_BOT_TOKEN (or set SLACK_APP_TOKEN for Socket Mode).";
  if (!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) fail(needsSecret);
  const oauth = oauthOf(e, fail);
  if (!oauth && !e.SLACK_BOT_TOKEN) {
    fail("set SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID with OAuth installs (several workspaces).");
  }
  const mode: SlackConfig["mode"] = e.SLACK_APP_TOKEN
    ? {
        kind: "socket",
        appToken: e.SLACK_APP_TOKEN,
        ...(e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}),
      }
    : {
        kind: "http",
        signingSecret: e.SLACK_SIGNING_SECRET ?? fail(needsSecret),
        port: e.SLACK_PORT ?? 3001,
        path: e.SLACK_PATH ?? "/slack/events",
      };
  return {
    botToken: e.SLACK_BOT_TOKEN ?? null,
    ...(oauth ? { oauth } : {}),
    mode,
    ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL.endsWith("/") ? e.SLACK_API_URL : `${e.SLACK_API_URL}/` } : {}),
    channels: e.SLACK_CHANNELS ?? {},
  };
}

/** Every region channel must map to a Slack channel id, or cards would have nowhere to go. */
export function checkChannelMapping(config: SlackConfig, needed: string[]): void {
  const missing = [...new Set(needed)].filter((name) => !config.channels[name]);
  if (missing.length) {
    const example = missing.map((m, i) => `${m}=C0${i}ABCDEF`).join(",");
    throw new Error(
      `Invalid Slack configuration: no Slack channel id for ${missing.join(", ")}: give it in the ` +
        "region file (channels.shared.slack / channels.coordinators.slack) " +
        `or in SLACK_CHANNELS (e.g. SLACK_CHANNELS="${example}").`,
    );
  }
}
