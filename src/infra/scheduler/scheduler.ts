// Runs Schakel's jobs on node-cron (Europe/Amsterdam). Every run is claimed in the database first, so
// several instances never run the same tick; a failed run is logged, marked failed and retried on the next
// tick; daily and weekly jobs an instance missed while down are caught up when it runs again.
import cron, { type ScheduledTask } from "node-cron";
import type { Clock, Logger } from "../../app/ports.ts";
import type { RunCoordinator } from "../prisma/job-runs.ts";
import { cronExpression, latestTick, type Schedule } from "./schedule.ts";

export interface JobDefinition {
  name: string;
  schedule: Schedule;
  /** Daily and weekly jobs: a missed or failed tick younger than this is run late (caught up). */
  catchUpHours?: number;
  run(tick: Date): Promise<unknown>;
}

export type JobOutcome =
  | { status: "done"; result: unknown }
  | { status: "skipped" }
  | { status: "failed"; error: string };

export interface Scheduler {
  start(): void;
  stop(): Promise<void>;
  /** Runs a job for a given tick through the coordinator (tests call this instead of waiting for cron). */
  runJob(name: string, tick: Date): Promise<JobOutcome>;
  /** Runs a job for its latest tick at the clock's now (what a cron trigger does). */
  trigger(name: string): Promise<JobOutcome | null>;
  /** Runs daily and weekly jobs whose latest tick has not run (after downtime or a failure). */
  catchUp(): Promise<void>;
  cronOf(name: string): string;
}

export interface SchedulerOptions {
  jobs: JobDefinition[];
  coordinator: RunCoordinator;
  clock: () => Clock;
  zone: string;
  instance: string;
  log: Logger;
}

export function createScheduler({ jobs, coordinator, clock, zone, instance, log }: SchedulerOptions): Scheduler {
  const byName = new Map(jobs.map((j) => [j.name, j]));
  const tasks: ScheduledTask[] = [];
  const running = new Set<Promise<unknown>>();
  const job = (name: string) => {
    const found = byName.get(name);
    if (!found) throw new Error(`unknown job ${name}`);
    return found;
  };

  async function runJob(name: string, tick: Date): Promise<JobOutcome> {
    const definition = job(name);
    if (!(await coordinator.claim(name, tick, instance, clock().now()))) {
      log.debug({ job: name, tick: tick.toISOString(), instance }, "job tick already claimed by another run; skipped");
      return { status: "skipped" };
    }
    try {
      const result = await definition.run(tick);
      await coordinator.finish(name, tick, clock().now());
      return { status: "done", result };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log.error(
        { job: name, tick: tick.toISOString(), instance, err: error },
        "scheduled job failed; it is retried on the next tick",
      );
      await coordinator
        .fail(name, tick, clock().now(), message)
        .catch((e: unknown) => log.error({ job: name, err: e }, "could not mark the job run as failed"));
      return { status: "failed", error: message };
    }
  }

  async function catchUp(): Promise<void> {
    const now = clock().now();
    // A brand-new installation has missed nothing: no all-zero digest for a week before it existed.
    const since = await coordinator.since(now);
    for (const definition of jobs.filter((j) => j.schedule.kind !== "interval")) {
      const tick = latestTick(definition.schedule, now, zone);
      if (!tick || now.getTime() - tick.getTime() > (definition.catchUpHours ?? 24) * 3_600_000) continue;
      const status = await coordinator.status(definition.name, tick);
      if (status === "done" || status === "running") continue;
      // Never claimed, and before this installation's first run: nothing was missed (a failed run is retried).
      if (status === null && tick < since) continue;
      log.info(
        { job: definition.name, tick: tick.toISOString(), previous: status ?? "missed" },
        "catching up a scheduled job",
      );
      await runJob(definition.name, tick);
    }
  }

  async function trigger(name: string): Promise<JobOutcome | null> {
    const tick = latestTick(job(name).schedule, clock().now(), zone);
    if (!tick) return null;
    const outcome = await runJob(name, tick);
    // The frequent job doubles as the retry loop for the daily and weekly ones.
    if (job(name).schedule.kind === "interval") await catchUp();
    return outcome;
  }

  const track = (work: Promise<unknown>) => {
    running.add(work);
    void work.finally(() => running.delete(work));
  };

  return {
    runJob,
    trigger,
    catchUp,
    cronOf: (name) => cronExpression(job(name).schedule),
    start() {
      for (const definition of jobs) {
        const task = cron.schedule(
          cronExpression(definition.schedule),
          () =>
            track(
              trigger(definition.name).catch((e: unknown) =>
                log.error({ job: definition.name, err: e }, "job trigger failed"),
              ),
            ),
          {
            timezone: zone,
            name: `schakel:${definition.name}:${instance}`,
            noOverlap: true,
          },
        );
        tasks.push(task);
      }
      track(catchUp().catch((e: unknown) => log.error({ err: e }, "catching up scheduled jobs failed")));
      log.info(
        { jobs: jobs.map((j) => `${j.name} (${cronExpression(j.schedule)})`), zone, instance },
        "scheduler started",
      );
    },
    async stop() {
      for (const task of tasks.splice(0)) await task.destroy();
      await Promise.allSettled([...running]);
    },
  };
}
