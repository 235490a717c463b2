// kill -9 safety with real processes: a Schakel process (`tsx src/main.ts`) is killed with SIGKILL in the middle
// of delivering the outbox, and in the middle of a deadline sweep; after a restart on the same SQLite database
// every message is delivered and every escalation rung has fired exactly once.
import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type Db } from "../../src/infra/prisma/client.ts";
import { consoleClient } from "../support/console-client.ts";
import { drainOutbox } from "../support/drain-outbox.ts";
import { REPORT_BERGEN_OP_ZOOM, reportOverlast } from "../support/fixtures.ts";
import { MONDAY_10, startTestApp, TEST_DATA_KEY } from "../support/test-app.ts";

const children: ChildProcess[] = [];
const dirs: string[] = [];
afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function freshDatabase(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "schakel-kill-"));
  dirs.push(dir);
  copyFileSync(inject("templateDb"), path.join(dir, "schakel.db"));
  return `file:${path.join(dir, "schakel.db")}`;
}

/** `npm start`'s code in its own process, on the given database; resolves with its URL once it serves. */
function startProcess(
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
): Promise<{ child: ChildProcess; url: string }> {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: "0",
    SCHAKEL_HOST: "127.0.0.1",
    SCHAKEL_CLOCK: "simulated",
    SCHAKEL_DATA_KEY: TEST_DATA_KEY,
    LOG_LEVEL: "warn",
    SCHAKEL_SCHEDULER: "false",
    ...extraEnv,
  };
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = "";
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /open (http:\/\/\S+) in je browser/.exec(output)?.[1];
      if (url) resolve({ child, url });
    };
    child.stdout?.on("data", seen);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => reject(new Error(`Schakel exited (${code}) before it was ready:\n${output}`)));
  });
}

const count = async (db: Db, sql: string) =>
  Number(Object.values((await db.$queryRawUnsafe<Record<string, unknown>[]>(sql))[0] ?? {})[0] ?? 0);

/** Polls (every few milliseconds, a read next to the writer thanks to WAL) until the condition holds. */
async function until(check: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function killNine(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

/** Console messages that appear more than once in one conversation (a message delivered twice). */
const DUPLICATES = `SELECT count(*) FROM (SELECT 1 FROM "ConsoleMessage"
  GROUP BY "channelId", coalesce("threadOf", ''), coalesce("caseId", ''), "text" HAVING count(*) > 1)`;
/** The killed process held leases on what it was sending; pretend their minute has passed. */
const LEASES_RUN_OUT = `UPDATE "OutboxDelivery" SET "leaseUntil" = NULL`;

describe("kill -9", () => {
  it("mid-delivery: after a restart every queued message is delivered, a card once per case", async () => {
    const databaseUrl = freshDatabase();
    const seed = await startTestApp({ databaseUrl });
    const reports = 15;
    for (let i = 0; i < reports; i++) await reportOverlast(seed.ctx, { ...REPORT_BERGEN_OP_ZOOM });
    await seed.close();
    const db = await createPrismaClient(databaseUrl);
    try {
      const queued = await count(db, `SELECT count(*) FROM "OutboxDelivery" WHERE platform = 'local'`);
      const { child } = await startProcess(databaseUrl); // its background loop starts delivering within 2 s
      await until(async () => (await count(db, `SELECT count(*) FROM "ConsoleMessage"`)) > 0);
      await killNine(child);
      const delivered = await count(db, `SELECT count(*) FROM "OutboxDelivery" WHERE status = 'delivered'`);
      expect(delivered).toBeLessThan(queued); // it really died with work left
      await db.$executeRawUnsafe(LEASES_RUN_OUT);
      // An hour on (the seeding ran on a clock that moves with real time): everything queued is due.
      const restarted = await startTestApp({ databaseUrl, clockStart: new Date(MONDAY_10.getTime() + 3_600_000) });
      await drainOutbox(restarted);
      await restarted.close();
      expect(await count(db, `SELECT count(*) FROM "OutboxDelivery" WHERE status <> 'delivered'`)).toBe(0);
      const cards = `SELECT count(DISTINCT "caseId") FROM "ConsoleMessage" WHERE "threadOf" IS NULL AND "caseId" IS NOT NULL
        AND "channelId" = 'wbw-casuistiek'`;
      expect(await count(db, cards)).toBe(reports);
      // The console writes a message and then marks it sent: at most the one in flight at the kill is doubled.
      expect(await count(db, DUPLICATES)).toBeLessThanOrEqual(1);
    } finally {
      await db.$disconnect();
    }
  }, 300_000);

  it("mid-sweep: after a restart every due rung has fired exactly once", async () => {
    const databaseUrl = freshDatabase();
    const seed = await startTestApp({ databaseUrl });
    for (let i = 0; i < 10; i++) await reportOverlast(seed.ctx, { ...REPORT_BERGEN_OP_ZOOM });
    await drainOutbox(seed);
    await seed.close();
    // The same database, swept without a kill: how many rungs the moment should fire.
    const reference = freshDatabase();
    copyFileSync(databaseUrl.slice("file:".length), reference.slice("file:".length));
    const db = await createPrismaClient(databaseUrl);
    const rungs = `SELECT count(*) FROM "CaseEvent" WHERE type = 'obligation.reminded'`;
    try {
      // The child's simulated clock starts at a fixed working-day moment after the seeding (it would otherwise start
      // at the real time, and three working days on from after 17:00 the sweep waits for the next working morning).
      const start = new Date(MONDAY_10.getTime() + 3_600_000).toISOString();
      await db.setting.upsert({
        where: { key: "clock.now" },
        create: { key: "clock.now", value: start },
        update: { value: start },
      });
      // One obligation per transaction, so the kill lands between commits with rungs left to fire.
      const { child, url } = await startProcess(databaseUrl, { SCHAKEL_SWEEP_BATCH_SIZE: "1" });
      // Three working days on: every open obligation is overdue, so the sweep fires a rung for each.
      void consoleClient(url)
        .advance({ workingDays: 3 })
        .catch(() => undefined);
      await until(async () => (await count(db, rungs)) > 0);
      await killNine(child);
      const firedBeforeKill = await count(db, rungs);
      const saved = await db.setting.findUnique({ where: { key: "clock.now" } });
      expect(saved).not.toBeNull();
      await db.$executeRawUnsafe(LEASES_RUN_OUT);
      const restarted = await startTestApp({ databaseUrl, clockStart: new Date(saved?.value ?? "") });
      await restarted.sweep();
      await restarted.sweep(); // a second sweep at the same moment fires nothing more
      await drainOutbox(restarted);
      await restarted.close();
      const perRung = `SELECT count(*) FROM (SELECT 1 FROM "CaseEvent" WHERE type = 'obligation.reminded'
        GROUP BY json_extract(data, '$.obligationId'), json_extract(data, '$.level') HAVING count(*) > 1)`;
      expect(await count(db, perRung)).toBe(0);
      const unkilled = await startTestApp({ databaseUrl: reference, clockStart: new Date(saved?.value ?? "") });
      await unkilled.sweep();
      const expected = await count(db, rungs).then(async () => {
        const ref = await createPrismaClient(reference);
        try {
          return await count(ref, rungs);
        } finally {
          await ref.$disconnect();
        }
      });
      await unkilled.close();
      expect(expected).toBeGreaterThan(firedBeforeKill); // it really died with rungs left to fire
      expect(await count(db, rungs)).toBe(expected);
      expect(await count(db, `SELECT count(*) FROM "OutboxDelivery" WHERE status <> 'delivered'`)).toBe(0);
    } finally {
      await db.$disconnect();
    }
  }, 300_000);
});
