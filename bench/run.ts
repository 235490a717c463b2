// `npm run bench`: the deadline sweep with 100 000 open cases of which 1 000 are due, and the weekly
// digest over a year of a large region (50 000 cases). Seeds temporary SQLite databases with createMany.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { DateTime } from "luxon";
import { buildWeeklyDigest } from "../src/app/build-weekly-digest.ts";
import { exportCases } from "../src/app/export-cases.ts";
import { runDeadlineSweep } from "../src/app/run-deadline-sweep.ts";
import type { AppContext } from "../src/app/context.ts";
import { createCliContext } from "../src/infra/export/cli-context.ts";
import { createPrismaClient } from "../src/infra/prisma/client.ts";
import { seedSweepCases, seedYearOfCases } from "./bench-data.ts";

const zone = "Europe/Amsterdam";
const NOW = DateTime.fromISO("2026-11-25T10:00", { zone }).toJSDate(); // a Wednesday morning
const fixedClock = { now: () => NOW };

async function withDatabase(name: string, work: (ctx: AppContext, databaseUrl: string) => Promise<void>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `schakel-bench-${name}-`));
  process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
  process.env.SCHAKEL_DATA_KEY = Buffer.alloc(32, 1).toString("base64");
  process.env.LOG_LEVEL = "error";
  const { ctx, close } = await createCliContext();
  (ctx as { clock: unknown }).clock = fixedClock;
  try {
    await work(ctx, process.env.DATABASE_URL);
  } finally {
    await close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const time = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const result = await work();
  return [result, Math.round(performance.now() - start)];
};

await withDatabase("sweep", async (ctx, databaseUrl) => {
  const db = createPrismaClient(databaseUrl);
  const [seeded, seedMs] = await time(() => seedSweepCases(db, ctx, { cases: 100_000, due: 1_000, now: NOW }));
  console.log(
    `sweep: seeded ${seeded.cases} open cases, ${seeded.obligations} open obligations (${seeded.due} due) in ${seedMs} ms`,
  );
  const plan = await db.$queryRawUnsafe<{ detail: string }[]>(
    `EXPLAIN QUERY PLAN SELECT * FROM "Obligation" WHERE "status" = 'open' AND "nextActionAt" <= ? ORDER BY "nextActionAt" LIMIT 200`,
    NOW.getTime(),
  );
  console.log(`sweep: query plan for the due obligations: ${plan.map((p) => p.detail).join("; ")}`);
  const [, queryMs] = await time(() => ctx.store.read.dueObligations(NOW, 200));
  console.log(`sweep: reading one batch of 200 due obligations: ${queryMs} ms`);
  const [result, sweepMs] = await time(() => runDeadlineSweep({ ctx }));
  console.log(
    `sweep: fired ${result.fired} rungs on ${result.obligations} obligations in ${sweepMs} ms (${(sweepMs / Math.max(1, result.obligations)).toFixed(2)} ms per obligation)`,
  );
  const [again, idleMs] = await time(() => runDeadlineSweep({ ctx }));
  console.log(`sweep: a second sweep finds ${again.fired} to fire in ${idleMs} ms`);
  await db.$disconnect();
});

await withDatabase("digest", async (ctx, databaseUrl) => {
  const db = createPrismaClient(databaseUrl);
  const [seeded, seedMs] = await time(() => seedYearOfCases(db, ctx, { cases: 50_000, now: NOW }));
  console.log(
    `digest: seeded ${seeded.cases} cases over a year (${seeded.open} open), ${seeded.obligations} obligations, ${seeded.events} events in ${seedMs} ms`,
  );
  const [report, digestMs] = await time(() => buildWeeklyDigest({ ctx, regionId: "wbw" }));
  const figures = report.municipalities
    .map((m) => `${m.name}: ${m.thisWeek.newCases} new, ${m.openCases} open`)
    .join("; ");
  console.log(`digest: weekly digest of the region in ${digestMs} ms (${figures})`);
  const [rows, exportMs] = await time(() =>
    exportCases({ ctx, from: DateTime.fromISO("2026-01-01", { zone }).toJSDate(), to: NOW }),
  );
  console.log(
    `export: ${rows.cases.length} cases and ${rows.obligations.length} obligations prepared in ${exportMs} ms`,
  );
  await db.$disconnect();
});
