// The scheduler's settings, read once at start-up from the environment and validated like the main config.
import { z } from "zod";
import { invalidSettings, issueLines } from "../../config/zod-issues.ts";

const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "use HH:mm")
  .refine((v) => !v.startsWith("02:"), "no job may run between 02:00 and 03:00");

export const schedulerConfigSchema = z.object({
  enabled: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  /** Base URL people open for the digest page; default the console's own URL. */
  publicUrl: z.url().optional(),
  digestWeekday: z.coerce.number().int().min(1).max(7).default(1),
  digestTime: time.default("08:30"),
  retentionTime: time.default("04:15"),
  /** Days after closure that a case's personal details are kept. */
  retentionDays: z.coerce.number().int().min(1).default(730),
  /** Obligations the deadline sweep fires per transaction: smaller batches hold the event loop for less time. */
  sweepBatchSize: z.coerce.number().int().min(1).max(1000).default(50),
});
export type SchedulerConfig = z.infer<typeof schedulerConfigSchema>;

/** The environment variable behind each setting, named after the problem so that the reader knows what to change. */
const VARIABLES: Record<keyof SchedulerConfig, string> = {
  enabled: "SCHAKEL_SCHEDULER",
  publicUrl: "SCHAKEL_PUBLIC_URL",
  digestWeekday: "SCHAKEL_DIGEST_WEEKDAY",
  digestTime: "SCHAKEL_DIGEST_TIME",
  retentionTime: "SCHAKEL_RETENTION_TIME",
  retentionDays: "SCHAKEL_RETENTION_DAYS",
  sweepBatchSize: "SCHAKEL_SWEEP_BATCH_SIZE",
};
const variableOf = (key: PropertyKey | undefined) => Object.entries(VARIABLES).find(([k]) => k === key)?.[1];

export function loadSchedulerConfig(env: NodeJS.ProcessEnv): SchedulerConfig {
  const parsed = schedulerConfigSchema.safeParse({
    enabled: env.SCHAKEL_SCHEDULER,
    publicUrl: env.SCHAKEL_PUBLIC_URL || undefined,
    digestWeekday: env.SCHAKEL_DIGEST_WEEKDAY,
    digestTime: env.SCHAKEL_DIGEST_TIME,
    retentionTime: env.SCHAKEL_RETENTION_TIME,
    retentionDays: env.SCHAKEL_RETENTION_DAYS,
    sweepBatchSize: env.SCHAKEL_SWEEP_BATCH_SIZE,
  });
  if (parsed.success) return parsed.data;
  const note = (path: readonly PropertyKey[]) => {
    const variable = variableOf(path[0]);
    return variable ? ` (${variable})` : "";
  };
  throw invalidSettings("configuration", issueLines(parsed.error.issues, { note }));
}
