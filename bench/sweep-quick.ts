// `npx tsx bench/sweep-quick.ts`: a quick before/after measure of the deadline sweep (1 000 due obligations
// among 5 000 open cases) and of the working calendar's holiday lookups. Not part of `npm test`.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { DateTime } from "luxon";
import { runDeadlineSweep } from "../src/app/run-deadline-sweep.ts";
import { createWorkingCalendar } from "../src/domain/calendar/working-calendar.ts";
import { loadConfig } from "../src/config/config.ts";
import { createCliContext } from "../src/infra/export/cli-context.ts";
import { createPrismaClient } from "../src/infra/prisma/client.ts";
import { seedSweepCases } from "./bench-data.ts";

const zone = "Europe/Amsterdam";
const NOW = DateTime.fromISO("2026-11-25T10:00", { zone }).toJSDate();

const calendar = createWorkingCalendar({ zone, workdayStart: "08:30", workdayEnd: "17:00" });
let started = performance.now();
for (let i = 0; i < 2_000; i++) calendar.addWorkingDays(new Date(NOW.getTime() + i * 3_600_000), 10);
console.log(`calendar: 2 000 × addWorkingDays(10) in ${Math.round(performance.now() - started)} ms`);

const dir = mkdtempSync(path.join(os.tmpdir(), "schakel-sweep-quick-"));
process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
process.env.SCHAKEL_DATA_KEY = Buffer.alloc(32, 1).toString("base64");
process.env.LOG_LEVEL = "error";
const { ctx, close } = await createCliContext({ config: loadConfig(process.env) });
(ctx as { clock: unknown }).clock = { now: () => NOW };
try {
  const db = await createPrismaClient(process.env.DATABASE_URL);
  const seeded = await seedSweepCases(db, ctx, { cases: 5_000, due: 1_000, now: NOW });
  const mode = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
  await db.$disconnect();
  started = performance.now();
  const result = await runDeadlineSweep({ ctx });
  const ms = performance.now() - started;
  console.log(
    `sweep (${mode[0]?.journal_mode}): fired ${result.fired} rungs on ${result.obligations} ` +
      `of ${seeded.obligations} open obligations ` +
      `in ${Math.round(ms)} ms (${(ms / Math.max(1, result.fired)).toFixed(2)} ms per rung)`,
  );
} finally {
  await close();
  rmSync(dir, { recursive: true, force: true });
}
