// Shared by the benchmarks: a migrated template database, an app started on a copy of it, load at a given
// concurrency, percentiles, and rounds that alternate Schakel and its floor so both see the same machine load.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { AdapterFactory } from "../src/bootstrap.ts";
import { migrateDatabase } from "../src/infra/migrate.ts";
import { startTestApp, type TestApp } from "../test/support/test-app.ts";

export const benchDir = mkdtempSync(path.join(os.tmpdir(), "schakel-bench-"));
process.on("exit", () => rmSync(benchDir, { recursive: true, force: true }));

let template: Promise<string> | undefined;
let copies = 0;

/** A copy of a migrated database (migrated once per run). */
export async function freshDatabase(): Promise<string> {
  template ??= (async () => {
    const file = path.join(benchDir, "template.db");
    await migrateDatabase(`file:${file}`);
    return file;
  })();
  const file = path.join(benchDir, `copy-${++copies}.db`);
  copyFileSync(await template, file);
  return `file:${file}`;
}

/** A real Schakel (region files, simulated clock at Monday 10:00) on a fresh database with these adapters. */
export async function startBenchApp(adapters: AdapterFactory[] = []): Promise<TestApp> {
  return startTestApp({ databaseUrl: await freshDatabase(), adapters });
}

/** Requests sent again after a connection reset (printed with the summary). */
export let resets = 0;

/** Sends `count` requests with `concurrency` in flight; the latency of each, in ms. */
export async function load(concurrency: number, count: number, send: (i: number) => Promise<unknown>) {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const start = performance.now();
      // A kept-alive socket the server closed as it was reused (its 5 s idle timeout, on a loaded machine): once more.
      await send(i).catch((error: unknown) => {
        if ((error as { cause?: { code?: string } })?.cause?.code !== "ECONNRESET") throw error;
        resets += 1;
        return send(i);
      });
      latencies.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return latencies;
}

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

export type Side = (concurrency: number, count: number) => Promise<number[]>;

/** Alternates Schakel and its floor for `rounds` rounds at each concurrency; prints p50/p99 and the ratio. */
export async function compareAcks(name: string, schakel: Side, floor: Side, levels = [1, 10, 50], rounds = 2) {
  const rows: AckRow[] = [];
  for (const concurrency of levels) {
    const count = Math.max(30, concurrency * 4);
    await schakel(concurrency, 5); // warm both up outside the measurement
    await floor(concurrency, 5);
    const ours: number[] = [];
    const bare: number[] = [];
    for (let round = 0; round < rounds; round++) {
      ours.push(...(await schakel(concurrency, count)));
      bare.push(...(await floor(concurrency, count)));
    }
    const row = ackRow(name, concurrency, ours, bare);
    rows.push(row);
    console.log(formatAckRow(row));
  }
  return rows;
}

export interface AckRow {
  name: string;
  concurrency: number;
  p50: number;
  p99: number;
  floorP50: number;
  floorP99: number;
}

const ackRow = (name: string, concurrency: number, ours: number[], bare: number[]): AckRow => ({
  name,
  concurrency,
  p50: percentile(ours, 50),
  p99: percentile(ours, 99),
  floorP50: percentile(bare, 50),
  floorP99: percentile(bare, 99),
});

const ms = (n: number) => `${n.toFixed(1)} ms`;
export const formatAckRow = (r: AckRow) =>
  `${r.name} at ${r.concurrency}: Schakel p50 ${ms(r.p50)} p99 ${ms(r.p99)} | floor p50 ${ms(r.floorP50)} ` +
  `p99 ${ms(r.floorP99)} | p99 ${(r.p99 / r.floorP99).toFixed(1)}× floor`;
