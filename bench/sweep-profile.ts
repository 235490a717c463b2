// `npx tsx bench/sweep-profile.ts [open] [out.cpuprofile]`: a CPU profile of one sweep of 1 000 due obligations
// (the sweep only, not the seeding), and its statements by kind. Not part of `npm test`.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { performance } from "node:perf_hooks";
import { runDeadlineSweep } from "../src/app/run-deadline-sweep.ts";
import { createPrismaClient } from "../src/infra/prisma/client.ts";
import { createPrismaStore } from "../src/infra/prisma/prisma-store.ts";
import { seeded, withContext } from "./sweep.ts";

const open = Number(process.argv[2] ?? 1_000);
const out = process.argv[3] ?? "sweep.cpuprofile";
const file = await seeded(open);
const statements = new Map<string, number>();
await withContext(file, async (ctx) => {
  const db = await createPrismaClient(`file:${file}`, (sql) => {
    const kind = sql.replace(/\s+/g, " ").slice(0, 60);
    statements.set(kind, (statements.get(kind) ?? 0) + 1);
  });
  (ctx as { store: unknown }).store = createPrismaStore(db);
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await runDeadlineSweep({ ctx });
  const { user, system } = process.cpuUsage(cpu);
  console.log(`fired ${result.fired} in ${Math.round(performance.now() - start)} ms, CPU ${(user + system) / 1000} ms`);
  const { profile } = await session.post("Profiler.stop");
  writeFileSync(out, JSON.stringify(profile));
  await db.$disconnect();
});
for (const [kind, n] of [...statements].sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(5), kind);
process.exit(0);
