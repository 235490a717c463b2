// The deadline sweep fires every reminder and escalation exactly once: when sweeps overlap, when two
// instances share a database, after downtime, and only within working hours.
import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { runDeadlineSweep } from "../../src/app/run-deadline-sweep.ts";
import { reminders, reportOverlast } from "../support/fixtures.ts";
import { MONDAY_10, appsPerTest, setClock } from "../support/test-app.ts";

const amsterdam = (iso: string) => DateTime.fromISO(iso, { zone: "Europe/Amsterdam" }).toJSDate();
const start = appsPerTest();

describe("deadline sweep", () => {
  it("fires nothing before the deadline passes", async () => {
    const app = await start();
    const { caseId } = await reportOverlast(app.ctx);
    setClock(app, amsterdam("2026-11-24T16:59"));
    expect((await runDeadlineSweep({ ctx: app.ctx })).fired).toBe(0);
    expect(await reminders(app.ctx, caseId)).toEqual([]);
  });

  it("catches up after three days of downtime with every rung exactly once", async () => {
    const app = await start();
    const { caseId } = await reportOverlast(app.ctx); // ack deadline Tuesday 24 Nov 17:00
    setClock(app, amsterdam("2026-11-30T09:00")); // next Monday
    const first = await runDeadlineSweep({ ctx: app.ctx });
    expect(first.fired).toBe(12);
    const again = await runDeadlineSweep({ ctx: app.ctx });
    expect(again.fired).toBe(0);
    const fired = await reminders(app.ctx, caseId);
    for (const party of ["corporation", "care", "wmo"]) {
      expect(fired.filter((r) => r.startsWith(`${party}:`))).toEqual([
        `${party}:1:owner`,
        `${party}:2:deputy`,
        `${party}:3:coordinator`,
        `${party}:4:organisation`,
      ]);
    }
  });

  it("never fires a rung twice when sweeps overlap", async () => {
    const app = await start();
    const { caseId } = await reportOverlast(app.ctx);
    setClock(app, amsterdam("2026-11-25T10:00"));
    const results = await Promise.all([
      runDeadlineSweep({ ctx: app.ctx }),
      runDeadlineSweep({ ctx: app.ctx }),
      runDeadlineSweep({ ctx: app.ctx }),
    ]);
    expect(results.reduce((n, r) => n + r.fired, 0)).toBe(3);
    expect((await reminders(app.ctx, caseId)).sort()).toEqual(["care:1:owner", "corporation:1:owner", "wmo:1:owner"]);
  });

  it("sends each reminder once when two instances share one database", async () => {
    const first = await start();
    const second = await start({ databaseUrl: first.databaseUrl });
    const { caseId } = await reportOverlast(first.ctx);
    for (const app of [first, second]) setClock(app, amsterdam("2026-11-26T10:00"));
    await Promise.all([runDeadlineSweep({ ctx: first.ctx }), runDeadlineSweep({ ctx: second.ctx })]);
    await Promise.all([runDeadlineSweep({ ctx: first.ctx }), runDeadlineSweep({ ctx: second.ctx })]);
    expect((await reminders(first.ctx, caseId)).sort()).toEqual([
      "care:1:owner",
      "care:2:deputy",
      "corporation:1:owner",
      "corporation:2:deputy",
      "wmo:1:owner",
      "wmo:2:deputy",
    ]);
  });

  it("waits for working hours: nothing at 03:00 on a Sunday, everything on Monday morning", async () => {
    const app = await start({ clockStart: amsterdam("2026-11-27T15:30") }); // Friday afternoon
    const { caseId } = await reportOverlast(app.ctx); // ack deadline Monday 30 Nov 17:00
    setClock(app, amsterdam("2026-12-06T03:00")); // Sunday night, a week later
    expect(await runDeadlineSweep({ ctx: app.ctx })).toMatchObject({ deferred: true, fired: 0 });
    setClock(app, amsterdam("2026-12-07T08:30"));
    expect((await runDeadlineSweep({ ctx: app.ctx })).fired).toBe(12);
    expect(await reminders(app.ctx, caseId)).toHaveLength(12);
  });

  it("stops reminding a party once it has acted", async () => {
    const app = await start({ clockStart: MONDAY_10 });
    const { caseId } = await reportOverlast(app.ctx);
    const { acknowledgeObligation } = await import("../../src/app/acknowledge-obligation.ts");
    await acknowledgeObligation({ ctx: app.ctx, actor: { personId: "hanna-visser", platform: "local" }, caseId });
    setClock(app, amsterdam("2026-11-25T10:00"));
    await runDeadlineSweep({ ctx: app.ctx });
    expect((await reminders(app.ctx, caseId)).sort()).toEqual(["corporation:1:owner", "wmo:1:owner"]);
  });
});
