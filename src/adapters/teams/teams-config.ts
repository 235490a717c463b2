// The Teams settings, read once from the environment and validated; null when Teams is not configured.
import { parseEnvSection } from "../../config/env-section.ts";
import { z } from "zod";
import { isMicrosoftConnectorUrl } from "./connector-hosts.ts";

export interface TeamsConfig {
  clientId: string;
  clientSecret: string;
  tenantId: string;
  /** Tenants whose people may use this bot (lower case); TEAMS_ALLOWED_TENANTS, by default only tenantId. */
  allowedTenants: string[];
  port: number;
  /** The messaging endpoint path the bot listens on (Azure Bot "Messaging endpoint" ends with it). */
  path: `/${string}`;
  /** Schakel channel name (a region's sharedChannel or coordinatorsChannel) → Teams channel id (19:...@thread.tacv2). */
  channels: Record<string, string>;
  /** Connector URL used until Teams has told us the tenant's serviceUrl (on install or first message). */
  serviceUrl: string;
  /** Tests only, set in code through TeamsAdapterOptions, never from the environment: no token checks. */
  dangerouslyAllowUnauthenticated: boolean;
  /** Tests and the local Playground mode, set in code through TeamsAdapterOptions: a connector on this machine. */
  testConnectorUrl: (() => string | null) | null;
  /**
   * Installing the personal app for roster people through Microsoft Graph (TEAMS_GRAPH_APP_ID: the app's id in
   * the organisation's app catalog; TEAMS_GRAPH_URL: Graph's root, for sovereign clouds and tests); null: off.
   */
  graph: { baseUrl: string; catalogAppId: string } | null;
  /** The local Playground mode only, set in code: forms inline, as the Playground cannot open dialogs (task/fetch). */
  inlineForms?: boolean;
}

const TEAMS_VARIABLES = [
  "TEAMS_CLIENT_ID",
  "TEAMS_CLIENT_SECRET",
  "TEAMS_TENANT_ID",
  "TEAMS_PORT",
  "TEAMS_PATH",
  "TEAMS_CHANNELS",
  "TEAMS_SERVICE_URL",
  "TEAMS_ALLOWED_TENANTS",
  "TEAMS_GRAPH_APP_ID",
  "TEAMS_GRAPH_URL",
  "TEAMS_DANGEROUSLY_ALLOW_UNAUTHENTICATED",
] as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const channelsSchema = z.string().transform((text, context) => {
  const channels: Record<string, string> = {};
  for (const pair of text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([a-z0-9][a-z0-9_-]*)=(19:[^,\s]+@thread\.(?:tacv2|skype))$/.exec(pair);
    const [, name, id] = match ?? [];
    if (!name || !id) {
      context.addIssue({
        code: "custom",
        message: `"${pair}" is not name=CHANNELID (e.g. wbw-casuistiek=19:abc123@thread.tacv2)`,
      });
      continue;
    }
    channels[name] = id;
  }
  return channels;
});

const envSchema = z.object({
  TEAMS_CLIENT_ID: z.string().regex(GUID, "must be the Application (client) ID, a GUID").optional(),
  TEAMS_CLIENT_SECRET: z.string().min(8, "looks too short for a client secret").optional(),
  TEAMS_TENANT_ID: z.string().regex(GUID, "must be the Directory (tenant) ID, a GUID").optional(),
  TEAMS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  TEAMS_PATH: z
    .string()
    .regex(/^\/[A-Za-z0-9/_-]*$/, "must be a path starting with / (e.g. /api/messages)")
    .optional(),
  TEAMS_CHANNELS: channelsSchema.optional(),
  TEAMS_SERVICE_URL: z
    .url()
    .refine(isMicrosoftConnectorUrl, "must be a Microsoft connector URL (https://smba.trafficmanager.net/...)")
    .optional(),
  TEAMS_ALLOWED_TENANTS: z
    .string()
    .transform((text) =>
      text
        .split(",")
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(GUID, "must be a comma-separated list of tenant ids (GUIDs)")).min(1))
    .optional(),
  TEAMS_GRAPH_APP_ID: z.string().regex(GUID, "must be the app's id in the Teams app catalog, a GUID").optional(),
  TEAMS_GRAPH_URL: z.url().optional(),
  TEAMS_DANGEROUSLY_ALLOW_UNAUTHENTICATED: z
    .never({ error: "is no longer a setting: the unauthenticated mode exists only for tests, in code" })
    .optional(),
});

/** Returns null when no TEAMS_* variable is set; throws a clear English message for bad or contradictory settings. */
export function loadTeamsConfig(env: NodeJS.ProcessEnv): TeamsConfig | null {
  const e = parseEnvSection(env, TEAMS_VARIABLES, envSchema, "Teams");
  if (!e) return null;
  const { TEAMS_CLIENT_ID: clientId, TEAMS_CLIENT_SECRET: clientSecret, TEAMS_TENANT_ID: tenantId } = e;
  if (!clientId || !clientSecret || !tenantId) {
    const missing = (["TEAMS_CLIENT_ID", "TEAMS_CLIENT_SECRET", "TEAMS_TENANT_ID"] as const).filter((k) => !e[k]);
    throw new Error(
      `Invalid Teams configuration: ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} missing. The bot needs the client id, secret and tenant id of its Entra app registration (see docs/teams.md).`,
    );
  }
  return {
    clientId,
    clientSecret,
    tenantId,
    allowedTenants: e.TEAMS_ALLOWED_TENANTS ?? [tenantId.toLowerCase()],
    port: e.TEAMS_PORT ?? 3978,
    path: (e.TEAMS_PATH ?? "/api/messages") as `/${string}`,
    channels: e.TEAMS_CHANNELS ?? {},
    serviceUrl: (e.TEAMS_SERVICE_URL ?? "https://smba.trafficmanager.net/teams").replace(/\/+$/, ""),
    dangerouslyAllowUnauthenticated: false,
    testConnectorUrl: null,
    graph: e.TEAMS_GRAPH_APP_ID
      ? {
          baseUrl: (e.TEAMS_GRAPH_URL ?? "https://graph.microsoft.com").replace(/\/+$/, ""),
          catalogAppId: e.TEAMS_GRAPH_APP_ID,
        }
      : null,
  };
}
