// Starts a real Schakel (SQLite copy of the migrated template, the region files, simulated clock) for a test.
import { must } from "./must.ts";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import os from "node:os";
import path from "node:path";
import { afterEach, inject } from "vitest";
import { startSchakel, type AdapterFactory, type RunningSchakel } from "../../src/bootstrap.ts";
import { configSchema } from "../../src/config/config.ts";
import type { Logger } from "../../src/app/ports.ts";
import type { WebAuthConfig } from "../../src/config/web-auth-config.ts";
import { SimulatedClock } from "../../src/infra/clock.ts";

/** Monday 23 November 2026, 10:00 in Amsterdam. */
export const MONDAY_10 = new Date("2026-11-23T09:00:00Z");

/** The master key of test apps (base64). */
export const TEST_DATA_KEY = Buffer.alloc(32, 7).toString("base64");

export const silentLog: Logger = { info() {}, warn() {}, error() {}, debug() {} };

export interface TestApp extends RunningSchakel {
  dir: string;
  databaseUrl: string;
}

export interface TestAppOptions {
  clockStart?: Date;
  flowsDir?: string;
  regionsDir?: string;
  log?: Logger;
  databaseUrl?: string;
  adapters?: AdapterFactory[];
  /** Production mode with these sign-in settings (system clock; use setClock to fix the time). */
  production?: WebAuthConfig;
  /** Serve on this already listening server (its URL is the public URL the sign-in needs up front). */
  server?: Server;
  /** The master key (base64); null for the key-file mode beside the database. */
  dataKey?: string | null;
  /** Previous master keys during a rotation. */
  dataKeyPrevious?: string;
  /** How long an interaction recorded before its ack stays with this app (a restart test shortens it). */
  inboxLeaseMs?: number;
  /** How long the console answers a button before "pending" (0: always pending, the result is asked for). */
  consoleActionBudgetMs?: number;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "schakel-test-"));
  let databaseUrl = options.databaseUrl;
  if (!databaseUrl) {
    const file = path.join(dir, "schakel.db");
    copyFileSync(inject("templateDb"), file);
    databaseUrl = `file:${file}`;
  }
  const mode = options.production ? { mode: "production", auth: options.production, clock: "system" } : {};
  const config = configSchema.parse({
    port: 0,
    databaseUrl,
    flowsDir: options.flowsDir ?? path.resolve("flows"),
    regionsDir: options.regionsDir ?? path.resolve("regions"),
    logLevel: "silent",
    dataKey: options.dataKey === null ? undefined : (options.dataKey ?? TEST_DATA_KEY),
    dataKeyPrevious: options.dataKeyPrevious,
    ...mode,
  });
  const running = await startSchakel({
    config,
    log: options.log ?? silentLog,
    clockStart: options.clockStart ?? MONDAY_10,
    background: false,
    adapters: options.adapters ?? [],
    migrate: false,
    allowDemoRegionInProduction: true,
    ...(options.inboxLeaseMs ? { inboxLeaseMs: options.inboxLeaseMs } : {}),
    ...(options.consoleActionBudgetMs !== undefined ? { consoleActionBudgetMs: options.consoleActionBudgetMs } : {}),
    ...(options.server ? { server: options.server } : {}),
  });
  return {
    ...running,
    dir,
    databaseUrl,
    async close() {
      await running.close();
      if (!options.databaseUrl) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts apps for the tests of one file and closes them after each test. */
export function appsPerTest(): (options?: Parameters<typeof startTestApp>[0]) => Promise<TestApp> {
  const open: TestApp[] = [];
  afterEach(async () => {
    while (open.length) await must(open.pop(), "open.pop()").close();
  });
  return async (options = {}) => {
    const app = await startTestApp(options);
    open.push(app);
    return app;
  };
}

/** Puts a test app's clock at a fixed moment (the sweep and the use-cases read it). */
export function setClock(app: TestApp, at: Date): void {
  (app.ctx as { clock: unknown }).clock = new SimulatedClock(undefined, at);
}
