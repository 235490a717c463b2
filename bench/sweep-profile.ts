// `npx tsx bench/sweep-profile.ts [open] [out.cpuprofile] [warm-up sweeps]`: a CPU profile of one sweep of 1 000 due
// obligations among `open` open cases (the sweep only, not the seeding; after the warm-up sweeps on copies of the
// same database, so the profile shows the steady state), and its SQL statements by kind. Not part of `npm test`.
import { copyFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { performance } from "node:perf_hooks";
import { runDeadlineSweep } from "../src/app/run-deadline-sweep.ts";
import { createPrismaClient } from "../src/infra/prisma/client.ts";
import { createPrismaStore } from "../src/infra/prisma/prisma-store.ts";
import { seeded, withContext } from "./sweep.ts";

const open = Number(process.argv[2] ?? 1_000);
const out = process.argv[3] ?? "sweep.cpuprofile";
const warmUps = Number(process.argv[4] ?? 0);
const template = await seeded(open);

async function sweep(round: number, profile: boolean) {
  const file = `${template}.${round}`;
  copyFileSync(template, file);
  const statements = new Map<string, number>();
  await withContext(file, async (ctx) => {
    const db = await createPrismaClient(`file:${file}`, (sql) => {
      const kind = sql.replace(/\s+/g, " ").trim().slice(0, 60);
      statements.set(kind, (statements.get(kind) ?? 0) + 1);
    });
    (ctx as { store: unknown }).store = createPrismaStore(db);
    const session = new Session();
    session.connect();
    if (profile) {
      await session.post("Profiler.enable");
      await session.post("Profiler.setSamplingInterval", { interval: 100 });
      await session.post("Profiler.start");
    }
    const start = performance.now();
    const cpu = process.cpuUsage();
    const result = await runDeadlineSweep({ ctx });
    const { user, system } = process.cpuUsage(cpu);
    const ms = Math.round(performance.now() - start);
    console.log(`sweep ${round}: fired ${result.fired} in ${ms} ms, CPU ${Math.round((user + system) / 1000)} ms`);
    if (profile) writeFileSync(out, JSON.stringify((await session.post("Profiler.stop")).profile));
    await db.$disconnect();
  });
  return statements;
}

for (let round = 0; round < warmUps; round++) await sweep(round, false);
const statements = await sweep(warmUps, true);
for (const [kind, n] of [...statements].sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(5), kind);
process.exit(0);
