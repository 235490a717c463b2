// The weekly digest over a year of a large region (50 000 cases) and the monitor's export of that year.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { DateTime } from "luxon";
import { buildWeeklyDigest } from "../src/app/build-weekly-digest.ts";
import { exportCases } from "../src/app/export-cases.ts";
import { loadConfig } from "../src/config/config.ts";
import { createCliContext } from "../src/infra/export/cli-context.ts";
import { createPrismaClient } from "../src/infra/prisma/client.ts";
import { seedYearOfCases } from "./bench-data.ts";

const zone = "Europe/Amsterdam";
const NOW = DateTime.fromISO("2026-11-25T10:00", { zone }).toJSDate();

const time = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const result = await work();
  return [result, Math.round(performance.now() - start)];
};

export async function benchDigest(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "schakel-bench-digest-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
  process.env.SCHAKEL_DATA_KEY = Buffer.alloc(32, 1).toString("base64");
  process.env.LOG_LEVEL = "error";
  const { ctx, close } = await createCliContext({ config: loadConfig(process.env) });
  (ctx as { clock: unknown }).clock = { now: () => NOW };
  const db = await createPrismaClient(process.env.DATABASE_URL);
  try {
    const [seeded, seedMs] = await time(() => seedYearOfCases(db, ctx, { cases: 50_000, now: NOW }));
    console.log(
      `digest: seeded ${seeded.cases} cases over a year (${seeded.open} open), ${seeded.obligations} obligations, ` +
        `${seeded.events} events in ${seedMs} ms`,
    );
    const [report, digestMs] = await time(() => buildWeeklyDigest({ ctx, regionId: "wbw" }));
    const figures = report.municipalities.map((m) => `${m.name}: ${m.thisWeek.newCases} new, ${m.openCases} open`);
    console.log(`digest: weekly digest of the region in ${digestMs} ms (${figures.join("; ")})`);
    const from = DateTime.fromISO("2026-01-01", { zone }).toJSDate();
    const [rows, exportMs] = await time(() => exportCases({ ctx, from, to: NOW }));
    console.log(`export: ${rows.cases.length} cases, ${rows.obligations.length} obligations in ${exportMs} ms`);
  } finally {
    await db.$disconnect();
    await close();
    rmSync(dir, { recursive: true, force: true });
  }
}
