// The database-backed run coordinator: one JobRun row per (job, tick). Creating it claims the run; a second
// instance hits the unique key and skips. A failed run, or one whose instance died, can be claimed again.
import type { Db } from "./client.ts";

export interface RunCoordinator {
  /** True when this instance may run the job for this tick. */
  claim(job: string, tick: Date, instance: string, now: Date): Promise<boolean>;
  finish(job: string, tick: Date, now: Date): Promise<void>;
  fail(job: string, tick: Date, now: Date, error: string): Promise<void>;
  status(job: string, tick: Date): Promise<string | null>;
  /** When this database first ran the scheduler (recorded on the first call): ticks before it were never missed. */
  since(now: Date): Promise<Date>;
}

const isUniqueViolation = (error: unknown) =>
  (error as { code?: string }).code === "P2002" ||
  /unique constraint/i.test(error instanceof Error ? error.message : String(error));

/** How long a "running" row may stay before another instance assumes its instance died. */
const LEASE_MS = 30 * 60_000;

export function createJobRunCoordinator(db: Db): RunCoordinator {
  return {
    async claim(job, tick, instance, now) {
      try {
        await db.jobRun.create({ data: { job, tick, instance, status: "running", startedAt: now } });
        return true;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      const retry = await db.jobRun.updateMany({
        where: {
          job,
          tick,
          OR: [{ status: "failed" }, { status: "running", startedAt: { lt: new Date(now.getTime() - LEASE_MS) } }],
        },
        data: { status: "running", instance, startedAt: now, finishedAt: null, error: null },
      });
      return retry.count === 1;
    },
    async finish(job, tick, now) {
      await db.jobRun.update({ where: { job_tick: { job, tick } }, data: { status: "done", finishedAt: now } });
    },
    async fail(job, tick, now, error) {
      await db.jobRun.update({
        where: { job_tick: { job, tick } },
        data: { status: "failed", finishedAt: now, error: error.slice(0, 2000) },
      });
    },
    async since(now) {
      const key = "scheduler.since";
      const row = await db.setting.upsert({ where: { key }, create: { key, value: now.toISOString() }, update: {} });
      return new Date(row.value);
    },
    async status(job, tick) {
      return (await db.jobRun.findUnique({ where: { job_tick: { job, tick } } }))?.status ?? null;
    },
  };
}
