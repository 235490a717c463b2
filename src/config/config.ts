// Configuration, read once from the environment at start-up and validated; nothing else reads process.env.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "use HH:mm");

export const configSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  host: z.string().default("127.0.0.1"),
  databaseUrl: z.string().regex(/^(file:|postgres(ql)?:\/\/)/, "use file:<path> (SQLite) or postgresql://... (PostgreSQL)").default("file:./data/schakel.db"),
  flowsDir: z.string().default("flows"),
  dataKey: z.string().optional(),
  clock: z.enum(["simulated", "system"]).default("simulated"),
  logLevel: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  timeZone: z.string().default("Europe/Amsterdam"),
  workdayStart: hhmm.default("08:30"),
  workdayEnd: hhmm.default("17:00"),
  seedDemo: z.enum(["true", "false"]).default("true").transform((v) => v === "true"),
  sweepIntervalSeconds: z.coerce.number().int().min(5).default(60),
});
export type Config = z.infer<typeof configSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse({
    port: env.PORT ?? env.SCHAKEL_PORT,
    host: env.SCHAKEL_HOST,
    databaseUrl: env.DATABASE_URL,
    flowsDir: env.SCHAKEL_FLOWS_DIR,
    dataKey: env.SCHAKEL_DATA_KEY,
    clock: env.SCHAKEL_CLOCK,
    logLevel: env.LOG_LEVEL,
    timeZone: env.SCHAKEL_TIMEZONE,
    workdayStart: env.SCHAKEL_WORKDAY_START,
    workdayEnd: env.SCHAKEL_WORKDAY_END,
    seedDemo: env.SCHAKEL_SEED_DEMO,
    sweepIntervalSeconds: env.SCHAKEL_SWEEP_SECONDS,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  const config = parsed.data;
  // Relative SQLite paths and the flows folder are relative to the project, wherever `npm start` runs.
  if (config.databaseUrl.startsWith("file:") && !path.isAbsolute(config.databaseUrl.slice(5))) {
    config.databaseUrl = `file:${path.resolve(projectRoot, config.databaseUrl.slice(5))}`;
  }
  config.flowsDir = path.resolve(projectRoot, config.flowsDir);
  return config;
}
