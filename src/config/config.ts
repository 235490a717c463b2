// The main configuration, read from the environment and validated; src/settings.ts calls it once at start-up.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { IANAZone } from "luxon";
import { z } from "zod";
import { isLoopbackHost, loadWebAuthConfig, WEB_AUTH_VARIABLES, webAuthSchema } from "./web-auth-config.ts";
import { invalidSettings, issueLines, keyPath } from "./zod-issues.ts";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "use HH:mm");

export const configSchema = z
  .object({
    /** demo: the console with its act-as API and simulated clock; production: a coordinator's page behind sign-in. */
    mode: z.enum(["demo", "production"]).default("demo"),
    /** OpenID Connect sign-in; required in production. */
    auth: webAuthSchema.optional(),
    port: z.coerce.number().int().min(0).max(65535).default(3000),
    host: z.string().default("127.0.0.1"),
    databaseUrl: z
      .string()
      .regex(/^(file:|postgres(ql)?:\/\/)/, "use file:<path> (SQLite) or postgresql://... (PostgreSQL)")
      .default("file:./data/schakel.db"),
    flowsDir: z.string().default("flows"),
    /** The region files (regions/*.yaml): people, organisations, roster, coordinators, channels. */
    regionsDir: z.string().default("regions"),
    dataKey: z.string().optional(),
    /** Previous master key(s) during a rotation (comma-separated base64): they still unwrap case keys. */
    dataKeyPrevious: z.string().optional(),
    clock: z.enum(["simulated", "system"]).default("simulated"),
    logLevel: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    timeZone: z
      .string()
      .refine((zone) => IANAZone.isValidZone(zone), "unknown time zone (use an IANA name such as Europe/Amsterdam)")
      .default("Europe/Amsterdam"),
    workdayStart: hhmm.default("08:30"),
    workdayEnd: hhmm.default("17:00"),
    sweepIntervalSeconds: z.coerce.number().int().min(5).default(60),
  })
  .superRefine((config, context) => {
    if (config.workdayStart >= config.workdayEnd) {
      const message = "working hours must end after they start (SCHAKEL_WORKDAY_START)";
      context.addIssue({ code: "custom", path: ["workdayEnd"], message });
    }
    if (config.mode !== "production") return;
    if (config.clock !== "system") {
      const message = "SCHAKEL_MODE=production runs on the system clock only; remove SCHAKEL_CLOCK=simulated";
      context.addIssue({ code: "custom", path: ["clock"], message });
    }
    if (!config.auth) {
      const message = "SCHAKEL_MODE=production needs the sign-in settings (see docs/production.md)";
      context.addIssue({ code: "custom", path: ["auth"], message });
    }
  });

/** The environment variable behind each setting, so that an error names what to change. */
const VARIABLES: Record<string, string> = {
  port: "PORT",
  host: "SCHAKEL_HOST",
  databaseUrl: "DATABASE_URL",
  flowsDir: "SCHAKEL_FLOWS_DIR",
  dataKey: "SCHAKEL_DATA_KEY",
  clock: "SCHAKEL_CLOCK",
  logLevel: "LOG_LEVEL",
  timeZone: "SCHAKEL_TIMEZONE",
  workdayStart: "SCHAKEL_WORKDAY_START",
  workdayEnd: "SCHAKEL_WORKDAY_END",
  seedDemo: "SCHAKEL_SEED_DEMO",
  sweepIntervalSeconds: "SCHAKEL_SWEEP_SECONDS",
};
export type Config = z.infer<typeof configSchema>;

/** Any Slack or Teams setting means a real platform is meant, so the mode must be chosen explicitly. */
const PLATFORM_VARIABLE = /^(SLACK|TEAMS)_/;

function chooseMode(env: NodeJS.ProcessEnv): "demo" | "production" {
  const mode = env.SCHAKEL_MODE || undefined;
  if (mode !== undefined && mode !== "demo" && mode !== "production") {
    throw invalidSettings("configuration", [`SCHAKEL_MODE: use demo or production (got "${mode}")`]);
  }
  const platform = Object.keys(env)
    .filter((k) => (PLATFORM_VARIABLE.test(k) || WEB_AUTH_VARIABLES.includes(k)) && env[k])
    .sort();
  if (!mode && platform.length) {
    throw new Error(
      `Slack, Teams or sign-in settings are present (${platform.join(", ")}) but SCHAKEL_MODE is not set. ` +
        "Set SCHAKEL_MODE=production to go live (the web page then needs OpenID Connect sign-in, " +
        "see docs/production.md), or SCHAKEL_MODE=demo to try a platform with the open demo console " +
        "(anyone who reaches the port can act as anyone).",
    );
  }
  if (!mode && env.SCHAKEL_HOST && !isLoopbackHost(env.SCHAKEL_HOST)) {
    throw new Error(
      `SCHAKEL_HOST=${env.SCHAKEL_HOST} opens the web port beyond this machine but SCHAKEL_MODE is not set. ` +
        "The demo console lets anyone who reaches it act as anyone: set SCHAKEL_MODE=production (sign-in), or " +
        "SCHAKEL_MODE=demo if an open demo on the network is really meant.",
    );
  }
  if (mode === "production" && env.TEAMS_DANGEROUSLY_ALLOW_UNAUTHENTICATED === "true") {
    throw new Error(
      "TEAMS_DANGEROUSLY_ALLOW_UNAUTHENTICATED=true turns off Bot Framework token checks; it is for " +
        "tests only and SCHAKEL_MODE=production refuses it. Remove the variable.",
    );
  }
  return mode ?? "demo";
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const mode = chooseMode(env);
  const parsed = configSchema.safeParse({
    mode,
    auth: mode === "production" ? loadWebAuthConfig(env) : undefined,
    port: env.PORT ?? env.SCHAKEL_PORT,
    host: env.SCHAKEL_HOST,
    databaseUrl: env.DATABASE_URL,
    flowsDir: env.SCHAKEL_FLOWS_DIR,
    regionsDir: env.SCHAKEL_REGIONS_DIR,
    dataKey: env.SCHAKEL_DATA_KEY,
    dataKeyPrevious: env.SCHAKEL_DATA_KEY_PREVIOUS,
    clock: env.SCHAKEL_CLOCK || (mode === "production" ? "system" : undefined),
    logLevel: env.LOG_LEVEL,
    timeZone: env.SCHAKEL_TIMEZONE,
    workdayStart: env.SCHAKEL_WORKDAY_START,
    workdayEnd: env.SCHAKEL_WORKDAY_END,
    sweepIntervalSeconds: env.SCHAKEL_SWEEP_SECONDS,
  });
  if (!parsed.success) {
    const name = (path: readonly PropertyKey[]) => VARIABLES[String(path[0])] ?? keyPath(path);
    throw invalidSettings("configuration", issueLines(parsed.error.issues, { name }));
  }
  const config = parsed.data;
  // Relative SQLite paths and the flows and regions folders are relative to the project, wherever `npm start` runs.
  if (config.databaseUrl.startsWith("file:") && !path.isAbsolute(config.databaseUrl.slice(5))) {
    config.databaseUrl = `file:${path.resolve(projectRoot, config.databaseUrl.slice(5))}`;
  }
  config.flowsDir = path.resolve(projectRoot, config.flowsDir);
  config.regionsDir = path.resolve(projectRoot, config.regionsDir);
  return config;
}
