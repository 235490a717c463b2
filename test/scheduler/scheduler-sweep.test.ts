// The scheduler's sweep job with a controlled clock: deadlines over Christmas and a weekend escalate on
// the right working day and hour, two instances on one database send each reminder once, and an
// instance that was down for three days catches up without duplicates.
import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { JOBS } from "../../src/infra/scheduler/schakel-scheduler.ts";
import { reminders, reportOverlast } from "../support/fixtures.ts";
import { MONDAY_10, appsPerTest, setClock, type TestApp } from "../support/test-app.ts";

const zone = "Europe/Amsterdam";
const amsterdam = (iso: string) => DateTime.fromISO(iso, { zone }).toJSDate();
const local = (d: Date) => DateTime.fromJSDate(d, { zone }).toFormat("yyyy-MM-dd HH:mm");
const start = appsPerTest();

async function reminderTimes(app: TestApp, caseId: string) {
  return (await app.ctx.store.read.events(caseId))
    .filter((e) => e.type === "obligation.reminded")
    .map((e) => `${e.partyId}:${e.data.notify}@${local(e.at)}`);
}

describe("scheduler: the deadline sweep job", () => {
  it("escalates a deadline that falls over Christmas and a weekend on the right working day and hour", async () => {
    const app = await start({ clockStart: amsterdam("2026-12-24T10:00") }); // Thursday before Christmas
    const { caseId } = await reportOverlast(app.ctx); // acknowledge by the next working day: Monday 28 Dec 17:00
    // Each day only at the moments that matter (around the working morning, midday and the end of the working
    // day, and at night): a rung fired too early, too late or on a holiday shows up at another moment.
    const moments = ["00:00", "08:00", "08:30", "09:00", "12:00", "16:30", "17:00", "17:30", "21:00"];
    for (let day = DateTime.fromISO("2026-12-24", { zone }); day <= DateTime.fromISO("2027-01-04", { zone }); ) {
      for (const time of moments) {
        const at = amsterdam(`${day.toISODate()}T${time}`);
        if (at < amsterdam("2026-12-24T10:30") || at > amsterdam("2027-01-04T12:00")) continue;
        setClock(app, at);
        await app.scheduler.trigger(JOBS.sweep);
      }
      day = day.plus({ days: 1 });
    }
    const fired = await reminderTimes(app, caseId);
    expect(fired.filter((r) => r.startsWith("care:"))).toEqual([
      "care:owner@2026-12-29 08:30", // the deadline (Mon 17:00) is after hours: the next working morning
      "care:deputy@2026-12-30 08:30",
      "care:coordinator@2026-12-31 08:30",
      "care:organisation@2027-01-04 08:30", // New Year's Day and the weekend skipped
    ]);
    expect(fired).toHaveLength(12);
  });

  it("runs each tick on one instance only and sends each reminder once", async () => {
    const first = await start();
    const second = await start({ databaseUrl: first.databaseUrl });
    const { caseId } = await reportOverlast(first.ctx);
    const tick = amsterdam("2026-11-26T10:00");
    for (const app of [first, second]) setClock(app, tick);
    // One after the other: two SQLite clients in one process would block each other's event loop on the lock
    // (busy timeout); runs at the same moment are tested on PostgreSQL (test/infra/postgres-delivery.test.ts).
    const outcomes = [await first.scheduler.runJob(JOBS.sweep, tick), await second.scheduler.runJob(JOBS.sweep, tick)];
    expect(outcomes.map((o) => o.status)).toEqual(["done", "skipped"]);
    // The next tick on both: nothing left to send.
    const next = amsterdam("2026-11-26T10:01");
    for (const app of [first, second]) setClock(app, next);
    await first.scheduler.trigger(JOBS.sweep);
    await second.scheduler.trigger(JOBS.sweep);
    expect((await reminders(first.ctx, caseId)).sort()).toEqual([
      "care:1:owner",
      "care:2:deputy",
      "corporation:1:owner",
      "corporation:2:deputy",
      "wmo:1:owner",
      "wmo:2:deputy",
    ]);
  });

  it("catches up after three days down, every rung exactly once, also with a second instance", async () => {
    const first = await start({ clockStart: MONDAY_10 });
    const { caseId } = await reportOverlast(first.ctx); // acknowledge by Tuesday 24 Nov 17:00
    setClock(first, amsterdam("2026-11-24T10:00"));
    await first.scheduler.trigger(JOBS.sweep);
    expect(await reminders(first.ctx, caseId)).toEqual([]);
    // Down from Tuesday 10:00 until Friday 27 Nov 10:00; then two instances come up together.
    const second = await start({ databaseUrl: first.databaseUrl });
    // One after the other: two SQLite clients in one process would block each other's event loop.
    for (const at of ["2026-11-27T10:00", "2026-11-27T10:05"]) {
      for (const app of [first, second]) setClock(app, amsterdam(at));
      const outcomes = [await first.scheduler.trigger(JOBS.sweep), await second.scheduler.trigger(JOBS.sweep)];
      expect(outcomes.map((o) => o?.status)).toEqual(["done", "skipped"]);
    }
    const fired = await reminders(first.ctx, caseId);
    expect(fired).toHaveLength(9);
    for (const party of ["corporation", "care", "wmo"]) {
      expect(fired.filter((r) => r.startsWith(`${party}:`))).toEqual([
        `${party}:1:owner`,
        `${party}:2:deputy`,
        `${party}:3:coordinator`,
      ]);
    }
  });
});
