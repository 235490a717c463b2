// The sweep's cost per batch, counted in SQL statements (not time, so it holds on a loaded machine): directory data
// is read once per sweep, each batch is read and written in a fixed number of statements whatever its size, and on
// SQLite the batch's statements skip Prisma's client (only BEGIN and COMMIT go through it).
import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { runDeadlineSweep } from "../../src/app/run-deadline-sweep.ts";
import { createPrismaClient } from "../../src/infra/prisma/client.ts";
import { createPrismaStore } from "../../src/infra/prisma/prisma-store.ts";
import { reminders, reportOverlast } from "../support/fixtures.ts";
import { appsPerTest, setClock, type TestApp } from "../support/test-app.ts";

const amsterdam = (iso: string) => DateTime.fromISO(iso, { zone: "Europe/Amsterdam" }).toJSDate();
const start = appsPerTest();

type Seen = { sql: string; route: "prisma" | "direct" };

/** Points the app's store at a client that counts every statement, with the route it took. */
async function countStatements(app: TestApp) {
  const seen: Seen[] = [];
  const db = await createPrismaClient(app.databaseUrl, (sql, route) => seen.push({ sql: sql.trim(), route }));
  (app.ctx as { store: unknown }).store = createPrismaStore(db);
  return { seen, close: () => db.$disconnect() };
}

/** What one batch runs: the due read, then in its transaction the cases, the claim and three inserts. */
const BATCH_STATEMENTS: Record<string, (sql: string) => boolean> = {
  due: (sql) => sql.startsWith("SELECT") && /nextActionAt[`"] <=/.test(sql), // Prisma quotes with backticks
  cases: (sql) => sql.startsWith("SELECT") && sql.includes('FROM "Case"'),
  claim: (sql) => sql.includes('UPDATE "Obligation"'),
  messages: (sql) => sql.includes('INSERT INTO "OutboxMessage"'),
  deliveries: (sql) => sql.includes('INSERT INTO "OutboxDelivery"'),
  events: (sql) => sql.includes('INSERT INTO "CaseEvent"'),
};
const isBatchStatement = (sql: string) => Object.values(BATCH_STATEMENTS).some((match) => match(sql));

describe("deadline sweep statement budget", () => {
  it("writes every batch in eight statements, whatever its size; only BEGIN and COMMIT through Prisma", async () => {
    const app = await start();
    const cases = [];
    for (let i = 0; i < 5; i++) cases.push((await reportOverlast(app.ctx)).caseId);
    setClock(app, amsterdam("2026-11-30T09:00")); // a week later: four rungs due for each of three parties
    const counter = await countStatements(app);
    try {
      // 15 obligations in batches of 4: four batches, and a last read that finds nothing due.
      const result = await runDeadlineSweep({ ctx: app.ctx, batchSize: 4 });
      expect(result).toMatchObject({ fired: 60, obligations: 15, failed: 0 });
      const batches = 4;
      for (const [name, match] of Object.entries(BATCH_STATEMENTS)) {
        const runs = counter.seen.filter((s) => match(s.sql));
        expect({ name, count: runs.length }).toEqual({ name, count: name === "due" ? batches + 1 : batches });
        // The first due read may come before Prisma opened the connection; every later one skips Prisma.
        expect(runs.filter((s) => s.route === "prisma").length).toBeLessThanOrEqual(name === "due" ? 1 : 0);
      }
      const prisma = counter.seen.filter((s) => s.route === "prisma" && !isBatchStatement(s.sql));
      expect(prisma.filter((s) => s.sql === "BEGIN")).toHaveLength(batches);
      expect(prisma.filter((s) => s.sql === "COMMIT")).toHaveLength(batches);
      // Everything else is directory data, read once per sweep: the roster's three parties' entries and the
      // municipality's list, the municipality, organisations, absences and where people are reached.
      const directory = prisma.filter((s) => s.sql !== "BEGIN" && s.sql !== "COMMIT");
      expect(directory.filter((s) => s.sql.includes("RosterEntry"))).toHaveLength(4);
      // Fourteen in all (five organisations, absences, coordinators, places), once each, not once per batch.
      expect(directory.length).toBeLessThanOrEqual(14);
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
