// The deadline sweep: 1 000 due obligations among 1 000 and among 100 000 open cases, Schakel's sweep against
// the same writes by hand with better-sqlite3 in batches of 200 (the floor), on copies of one seeded database.
// Also the event loop's delay while Schakel sweeps (what an ack arriving then would wait).
import { randomUUID } from "node:crypto";
import { copyFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { DateTime } from "luxon";
import { runDeadlineSweep } from "../src/app/run-deadline-sweep.ts";
import { loadConfig } from "../src/config/config.ts";
import { createCliContext } from "../src/infra/export/cli-context.ts";
import { createPrismaClient } from "../src/infra/prisma/client.ts";
import { seedSweepCases } from "./bench-data.ts";
import { insertAllRaw } from "./seed-bulk.ts";
import { benchDir, freshDatabase, percentile } from "./bench-lib.ts";

const NOW = DateTime.fromISO("2026-11-25T10:00", { zone: "Europe/Amsterdam" }).toJSDate(); // a Wednesday
const DAY = 86_400_000;
/** Schakel's batch size: the production default unless SCHAKEL_BENCH_SWEEP_BATCH says otherwise (the floor's is 200). */
const BATCH_SIZE = Number(process.env.SCHAKEL_BENCH_SWEEP_BATCH ?? 50);
/** How Prisma's SQLite adapter stores a DateTime (ISO 8601 text). */
const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

/** The longest and typical wait of a 1 ms timer while `work` runs: how long an arriving ack would queue. */
async function loopDelay<T>(work: () => Promise<T>) {
  const gaps: number[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    gaps.push(now - last - 1);
    last = now;
  }, 1);
  try {
    const result = await work();
    return { result, gaps };
  } finally {
    clearInterval(timer);
  }
}

export interface SweepRow {
  open: number;
  rungs: number;
  ms: number;
  floorMs: number;
  statementsPerRung: number;
  /** CPU time of this process (user + system): steadier than wall time on a machine shared with other work. */
  cpuMs: number;
  floorCpuMs: number;
  loopDelayMaxMs: number;
  loopDelayP99Ms: number;
  /** The typical wait (median of the waits longer than 5 ms): one batch's work. */
  loopDelayBatchMs: number;
}

const cpuMsSince = (since: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};

export async function withContext<T>(
  file: string,
  work: (ctx: Awaited<ReturnType<typeof createCliContext>>["ctx"]) => Promise<T>,
) {
  process.env.DATABASE_URL = `file:${file}`;
  process.env.SCHAKEL_DATA_KEY = Buffer.alloc(32, 1).toString("base64");
  process.env.LOG_LEVEL = "error";
  const { ctx, close } = await createCliContext({ config: loadConfig(process.env) });
  (ctx as { clock: unknown }).clock = { now: () => NOW };
  try {
    return await work(ctx);
  } finally {
    await close();
  }
}

export async function seeded(cases: number): Promise<string> {
  const file = (await freshDatabase()).slice("file:".length);
  await withContext(file, async (ctx) => {
    const db = await createPrismaClient(`file:${file}`);
    await seedSweepCases(db, ctx, { cases, due: 1_000, now: NOW }, (rows) => insertAllRaw(file, rows));
    await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    await db.$disconnect();
  });
  return file;
}

const copyOf = (file: string, name: string) => {
  const copy = path.join(benchDir, `${name}-${randomUUID()}.db`);
  copyFileSync(file, copy);
  return copy;
};

async function schakelSweep(file: string) {
  let statements = 0;
  return withContext(file, async (ctx) => {
    const db = await createPrismaClient(`file:${file}`, () => statements++);
    (ctx as { store: unknown }).store = (await import("../src/infra/prisma/prisma-store.ts")).createPrismaStore(db);
    const start = performance.now();
    const cpu = process.cpuUsage();
    const { result, gaps } = await loopDelay(() => runDeadlineSweep({ ctx, batchSize: BATCH_SIZE }));
    const ms = performance.now() - start;
    const cpuMs = cpuMsSince(cpu);
    await db.$disconnect();
    const raw = new Database(file, { readonly: true });
    const count = (table: string) =>
      Number((raw.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n);
    const written = {
      messages: count("OutboxMessage"),
      deliveries: count("OutboxDelivery"),
      events: count("CaseEvent"),
    };
    raw.close();
    const long = gaps.filter((g) => g > 5);
    const loop = {
      loopMaxMs: Math.max(0, ...gaps),
      loopP99Ms: percentile(gaps, 99),
      loopBatchMs: percentile(long, 50),
    };
    return { result, ms, cpuMs, statements, written, ...loop };
  });
}

/** The same writes by hand: claim, messages with their deliveries, one event per rung; a transaction per 200. */
function floorSweep(file: string, perObligation: { messages: number; deliveries: number; events: number }) {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  const due = db.prepare(
    `SELECT id, caseId, ladderLevel FROM "Obligation" WHERE status = 'open' AND nextActionAt <= ? ORDER BY nextActionAt LIMIT 200`,
  );
  const claim = db.prepare(
    `UPDATE "Obligation" SET ladderLevel = ladderLevel + 1, nextActionAt = ? WHERE id = ? AND status = 'open' AND ladderLevel = ?`,
  );
  const message = db.prepare(
    `INSERT INTO "OutboxMessage" (createdAt, kind, caseId, payload) VALUES (?, 'person.dm', ?, ?)`,
  );
  const delivery = db.prepare(
    `INSERT INTO "OutboxDelivery" (id, outboxId, platform, status, attempts, nextAttemptAt) VALUES (?, ?, 'local', 'pending', 0, ?)`,
  );
  const event = db.prepare(
    `INSERT INTO "CaseEvent" (id, caseId, seq, at, type, data) VALUES (?, ?, ` +
      `(SELECT COALESCE(MAX(seq), 0) + 1 FROM "CaseEvent" WHERE caseId = ?), ?, 'obligation.reminded', '{}')`,
  );
  const now = iso(NOW.getTime());
  const next = iso(NOW.getTime() + DAY);
  const batch = db.transaction((rows: { id: string; caseId: string; ladderLevel: number }[]) => {
    for (const o of rows) {
      if (claim.run(next, o.id, o.ladderLevel).changes !== 1) continue;
      for (let m = 0; m < perObligation.messages; m++) {
        const { lastInsertRowid } = message.run(now, o.caseId, '{"kind":"person.dm"}');
        for (let d = 0; d < perObligation.deliveries; d++) delivery.run(randomUUID(), lastInsertRowid, now);
      }
      for (let e = 0; e < perObligation.events; e++) event.run(randomUUID(), o.caseId, o.caseId, now);
    }
  });
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (let rows = due.all(now); rows.length; rows = due.all(now))
    batch(rows as { id: string; caseId: string; ladderLevel: number }[]);
  const ms = performance.now() - start;
  const cpuMs = cpuMsSince(cpu);
  db.close();
  return { ms, cpuMs };
}

export async function benchSweep(sizes = [1_000, 100_000]): Promise<SweepRow[]> {
  const rows: SweepRow[] = [];
  for (const open of sizes) {
    const started = performance.now();
    const template = await seeded(open);
    console.log(`sweep: seeded ${open} open cases (1 000 due) in ${Math.round(performance.now() - started)} ms`);
    const ours = await schakelSweep(copyOf(template, "schakel"));
    const before = await (async () => {
      const raw = new Database(template, { readonly: true });
      const n = (t: string) => Number((raw.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n);
      const counts = { messages: n("OutboxMessage"), deliveries: n("OutboxDelivery"), events: n("CaseEvent") };
      raw.close();
      return counts;
    })();
    const obligations = Math.max(1, ours.result.obligations);
    const per = {
      messages: Math.round((ours.written.messages - before.messages) / obligations),
      deliveries: Math.round(
        (ours.written.deliveries - before.deliveries) / Math.max(1, ours.written.messages - before.messages),
      ),
      events: Math.round((ours.written.events - before.events) / obligations),
    };
    const floor = floorSweep(copyOf(template, "floor"), per);
    const row: SweepRow = {
      open,
      rungs: ours.result.fired,
      ms: ours.ms,
      floorMs: floor.ms,
      cpuMs: ours.cpuMs,
      floorCpuMs: floor.cpuMs,
      statementsPerRung: ours.statements / Math.max(1, ours.result.fired),
      loopDelayMaxMs: ours.loopMaxMs,
      loopDelayP99Ms: ours.loopP99Ms,
      loopDelayBatchMs: ours.loopBatchMs,
    };
    rows.push(row);
    console.log(
      `sweep among ${open} open: Schakel fired ${row.rungs} rungs in ${Math.round(row.ms)} ms ` +
        `(${row.statementsPerRung.toFixed(1)} statements per rung; ${per.messages} messages per obligation) | ` +
        `floor ${Math.round(row.floorMs)} ms | ${(row.ms / row.floorMs).toFixed(1)}× floor | CPU ${Math.round(row.cpuMs)} ` +
        `ms against ${Math.round(row.floorCpuMs)} ms, ${(row.cpuMs / row.floorCpuMs).toFixed(1)}× | event loop delay ` +
        `during the sweep: typical batch ${row.loopDelayBatchMs.toFixed(0)} ms, max ${row.loopDelayMaxMs.toFixed(0)} ms`,
    );
  }
  return rows;
}
