// Schakel's jobs: the deadline sweep every few minutes, the weekly digest (Monday 08:30) and the daily
// retention job (04:15), each coordinated through JobRun so that one instance runs each tick.
import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import type { AppContext } from "../../app/context.ts";
import { postWeeklyDigest } from "../../app/post-weekly-digest.ts";
import { purgeExpiredDetails } from "../../app/purge-expired-details.ts";
import { runDeadlineSweep } from "../../app/run-deadline-sweep.ts";
import type { Db } from "../prisma/client.ts";
import { createJobRunCoordinator } from "../prisma/job-runs.ts";
import type { SchedulerConfig } from "./scheduler-config.ts";
import { createScheduler, type JobDefinition, type Scheduler } from "./scheduler.ts";

export const JOBS = { sweep: "deadline-sweep", digest: "weekly-digest", retention: "retention" } as const;

export interface SchakelSchedulerOptions {
  ctx: AppContext;
  db: Db;
  settings: SchedulerConfig;
  sweepIntervalSeconds: number;
  /** Delivers queued messages right after a job queued them. */
  flush: () => Promise<void>;
  /** The console's URL, the default for links to the digest page. */
  consoleUrl: string;
}

export function schakelJobs({
  ctx,
  settings,
  sweepIntervalSeconds,
  flush,
  consoleUrl,
}: Omit<SchakelSchedulerOptions, "db">): JobDefinition[] {
  return [
    {
      name: JOBS.sweep,
      schedule: { kind: "interval", seconds: sweepIntervalSeconds },
      async run() {
        const result = await runDeadlineSweep({ ctx, batchSize: settings.sweepBatchSize });
        if (result.fired || result.failed) ctx.log.info({ ...result }, "deadline sweep done");
        await flush();
        return result;
      },
    },
    {
      name: JOBS.digest,
      schedule: { kind: "weekly", weekday: settings.digestWeekday, time: settings.digestTime },
      catchUpHours: 48,
      async run() {
        const result = await postWeeklyDigest({ ctx, publicUrl: settings.publicUrl ?? consoleUrl });
        await flush();
        return result;
      },
    },
    {
      name: JOBS.retention,
      schedule: { kind: "daily", time: settings.retentionTime },
      catchUpHours: 24,
      run: () => purgeExpiredDetails({ ctx, retentionDays: settings.retentionDays }),
    },
  ];
}

export function createSchakelScheduler(options: SchakelSchedulerOptions): Scheduler {
  const { ctx, db } = options;
  return createScheduler({
    jobs: schakelJobs(options),
    coordinator: createJobRunCoordinator(db),
    clock: () => ctx.clock,
    zone: ctx.calendar.zone,
    instance: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    log: ctx.log,
  });
}
