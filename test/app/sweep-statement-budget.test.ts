// The sweep's cost per fired rung, counted in SQL statements (not time, so it holds on a loaded machine):
// directory data is read once per sweep, rungs are written in batches, nothing is read back after an insert.
import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { runDeadlineSweep } from "../../src/app/run-deadline-sweep.ts";
import { createPrismaClient } from "../../src/infra/prisma/client.ts";
import { createPrismaStore } from "../../src/infra/prisma/prisma-store.ts";
import { reminders, reportOverlast } from "../support/fixtures.ts";
import { appsPerTest, setClock, type TestApp } from "../support/test-app.ts";

const amsterdam = (iso: string) => DateTime.fromISO(iso, { zone: "Europe/Amsterdam" }).toJSDate();
const start = appsPerTest();

/** Points the app's store at a client that counts every statement; returns the count so far. */
async function countStatements(app: TestApp) {
  const seen: string[] = [];
  const db = await createPrismaClient(app.databaseUrl, (sql) => seen.push(sql));
  (app.ctx as { store: unknown }).store = createPrismaStore(db);
  return { seen, close: () => db.$disconnect() };
}

/** The budget: 19.3 statements per rung before batching, 0.6 with batches, 0.3 with one claim per batch. */
const STATEMENTS_PER_RUNG = 0.4;

describe("deadline sweep statement budget", () => {
  it("fires sixty rungs within one statement per rung, each rung once", async () => {
    const app = await start();
    const cases = [];
    for (let i = 0; i < 5; i++) cases.push((await reportOverlast(app.ctx)).caseId);
    setClock(app, amsterdam("2026-11-30T09:00")); // a week later: four rungs due for each of three parties
    const counter = await countStatements(app);
    try {
      const result = await runDeadlineSweep({ ctx: app.ctx });
      expect(result).toMatchObject({ fired: 60, obligations: 15, failed: 0 });
      expect(counter.seen.length).toBeLessThanOrEqual(STATEMENTS_PER_RUNG * result.fired);
      expect(counter.seen.filter((sql) => sql.startsWith("SELECT") && sql.includes("RosterEntry"))).toHaveLength(
        4, // the roster is read once per sweep: three parties' entries and the municipality's list
      );
      // One batch: its fifteen obligations are claimed in one statement, not one each.
      expect(counter.seen.filter((sql) => sql.includes('UPDATE "Obligation"'))).toHaveLength(1);
      for (const caseId of cases) expect(await reminders(app.ctx, caseId)).toHaveLength(12);
    } finally {
      await counter.close();
    }
  });

  it("fires every rung once across many small batches", async () => {
    const app = await start();
    const first = await reportOverlast(app.ctx);
    const second = await reportOverlast(app.ctx);
    setClock(app, amsterdam("2026-11-30T09:00"));
    const result = await runDeadlineSweep({ ctx: app.ctx, batchSize: 4 });
    expect(result).toMatchObject({ fired: 24, obligations: 6, failed: 0 });
    expect((await runDeadlineSweep({ ctx: app.ctx, batchSize: 4 })).fired).toBe(0);
    for (const { caseId } of [first, second])
      expect((await reminders(app.ctx, caseId)).sort()).toEqual(
        ["care", "corporation", "wmo"].flatMap((party) =>
          [`1:owner`, `2:deputy`, `3:coordinator`, `4:organisation`].map((rung) => `${party}:${rung}`),
        ),
      );
  });
});
