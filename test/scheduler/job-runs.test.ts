// The run coordinator: a failing job is logged, marked failed and retried on the next tick; a weekly
// job an instance missed while it was down runs once when it is back, but never for a time before it existed.
import { must } from "../support/must.ts";
import { afterEach, describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { SimulatedClock } from "../../src/infra/clock.ts";
import { createPrismaClient } from "../../src/infra/prisma/client.ts";
import { createJobRunCoordinator } from "../../src/infra/prisma/job-runs.ts";
import { createScheduler } from "../../src/infra/scheduler/scheduler.ts";
import { JOBS } from "../../src/infra/scheduler/schakel-scheduler.ts";
import type { Logger } from "../../src/app/ports.ts";
import { setClock, startTestApp, type TestApp } from "../support/test-app.ts";

const zone = "Europe/Amsterdam";
const amsterdam = (iso: string) => DateTime.fromISO(iso, { zone }).toJSDate();
const open: TestApp[] = [];
afterEach(async () => {
  while (open.length) await must(open.pop(), "open.pop()").close();
});

describe("scheduler: run coordination in JobRun", () => {
  it("marks a failing run failed, logs it, and runs it again on the next attempt", async () => {
    const app = await startTestApp();
    open.push(app);
    const db = await createPrismaClient(app.databaseUrl);
    const errors: string[] = [];
    const log: Logger = {
      info() {},
      warn() {},
      debug() {},
      error: (_o, msg) => {
        errors.push(msg);
      },
    };
    let calls = 0;
    const clock = new SimulatedClock(undefined, amsterdam("2026-11-23T08:30"));
    const scheduler = createScheduler({
      jobs: [
        {
          name: "flaky",
          schedule: { kind: "weekly", weekday: 1, time: "08:30" },
          catchUpHours: 48,
          run: async () => {
            if (++calls === 1) throw new Error("platform down");
            return "ok";
          },
        },
      ],
      coordinator: createJobRunCoordinator(db),
      clock: () => clock,
      zone,
      instance: "test",
      log,
    });
    const tick = amsterdam("2026-11-23T08:30");
    expect(await scheduler.runJob("flaky", tick)).toEqual({ status: "failed", error: "platform down" });
    expect(errors).toEqual(["scheduled job failed; it is retried on the next tick"]);
    expect((await db.jobRun.findUnique({ where: { job_tick: { job: "flaky", tick } } }))?.status).toBe("failed");
    await scheduler.catchUp(); // what every sweep tick does
    expect(calls).toBe(2);
    const row = await db.jobRun.findUnique({ where: { job_tick: { job: "flaky", tick } } });
    expect(row).toMatchObject({ status: "done", error: null });
    await scheduler.catchUp();
    expect(calls).toBe(2);
    await db.$disconnect();
  });

  it("posts the weekly digest once after an instance was down over Monday 08:30", async () => {
    const app = await startTestApp({ clockStart: amsterdam("2026-12-01T10:00") }); // Tuesday
    open.push(app);
    const db = await createPrismaClient(app.databaseUrl);
    // This installation has run since the week before; it was down on Monday morning.
    await db.setting.create({ data: { key: "scheduler.since", value: amsterdam("2026-11-23T09:00").toISOString() } });
    await app.scheduler.catchUp();
    await app.scheduler.catchUp();
    const runs = await db.jobRun.findMany({ where: { job: JOBS.digest } });
    expect(runs.map((r) => [r.status, r.tick.toISOString()])).toEqual([
      ["done", amsterdam("2026-11-30T08:30").toISOString()],
    ]);
    expect(await db.outboxMessage.count({ where: { kind: "digest.post" } })).toBe(1);
    await db.$disconnect();
  });

  it("posts no digest for a Monday before a brand-new installation started", async () => {
    const app = await startTestApp({ clockStart: amsterdam("2026-12-01T10:00") }); // Tuesday, first start
    open.push(app);
    await app.scheduler.catchUp();
    const db = await createPrismaClient(app.databaseUrl);
    expect(await db.jobRun.count({ where: { job: JOBS.digest } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { kind: "digest.post" } })).toBe(0);
    // The next Monday's digest does run: the installation existed by then.
    setClock(app, amsterdam("2026-12-07T09:00"));
    await app.scheduler.catchUp();
    expect(await db.outboxMessage.count({ where: { kind: "digest.post" } })).toBe(1);
    await db.$disconnect();
  });
});
