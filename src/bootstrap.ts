// Wires Schakel together: database, flows, use-case context, the console and its background loops.
import type { AppContext } from "./app/context.ts";
import { deliverOutbox } from "./app/deliver-outbox.ts";
import { createInbox, type Inbox } from "./app/interactions/inbox.ts";
import type { Clock, Platform } from "./app/ports.ts";
import type { AdapterFactory, AdapterTools, StartedAdapter } from "./app/adapter-port.ts";
import type { ChatPort } from "./app/chat-port.ts";
import { runDeadlineSweep } from "./app/run-deadline-sweep.ts";
import { randomBytes } from "node:crypto";
import { createConsoleApp, listen } from "./adapters/local/console-server.ts";
import { createConsolePort } from "./adapters/local/console-port.ts";
import { createCoordinatorWebApp } from "./adapters/web/web-app.ts";
import type { Config } from "./config/config.ts";
import { createWorkingCalendar } from "./domain/calendar/working-calendar.ts";
import { SimulatedClock, systemClock } from "./infra/clock.ts";
import { loadMasterKeyring } from "./infra/data-key.ts";
import { loadFingerprintKey } from "./infra/keys/fingerprint-key.ts";
import { createFlowCatalog } from "./infra/flow-catalog.ts";
import { loadFlowDirectory } from "./infra/flow-loader.ts";
import { createLogger, personalFieldIds } from "./infra/logger.ts";
import { migrateDatabase } from "./infra/migrate.ts";
import { createPrismaClient, type Db } from "./infra/prisma/client.ts";
import type { RegionSet } from "./infra/region/region-loader.ts";
import { createConsoleMessageStore } from "./infra/prisma/console-message-store.ts";
import { createPrismaStore } from "./infra/prisma/prisma-store.ts";
import { createWebSessionStore } from "./infra/prisma/web-session-store.ts";
import { createSealer } from "./infra/sealer.ts";
import { toCsv, toXlsx } from "./infra/export/write-export.ts";
import { applyRegions } from "./infra/region/apply-regions.ts";
import { checkFlowOrganisationTypes } from "./infra/region/check-flow-types.ts";
import { loadRegionDirectory } from "./infra/region/region-loader.ts";
import type { Logger } from "./app/ports.ts";
import { createSchakelScheduler } from "./infra/scheduler/schakel-scheduler.ts";
import { schedulerConfigSchema, type SchedulerConfig } from "./infra/scheduler/scheduler-config.ts";
import type { Scheduler } from "./infra/scheduler/scheduler.ts";

export type { AdapterFactory, AdapterTools, StartedAdapter } from "./app/adapter-port.ts";

export interface StartOptions {
  config: Config;
  log?: Logger;
  /** Tests start the simulated clock at a known moment. */
  clockStart?: Date;
  /** Skip the background loops (tests drive sweeps and deliveries themselves). */
  background?: boolean;
  adapters?: AdapterFactory[];
  /** Tests start from an already migrated copy and skip the CLI run. */
  migrate?: boolean;
  /** An already listening HTTP server to serve on (tests whose public URL must be known before the start). */
  server?: import("node:http").Server;
  /** Scheduler settings (default: read from the environment at start-up). */
  scheduler?: SchedulerConfig;
  /** How long an interaction recorded before its ack belongs to this process (tests of a restart shorten it). */
  inboxLeaseMs?: number;
  /** How long the console's answer to a button waits for its work before saying "pending" (tests set 0). */
  consoleActionBudgetMs?: number;
  /** Tests only: let production mode run on a region file marked `demo: true` (its people are fictional). */
  allowDemoRegionInProduction?: boolean;
  /** Told as each start-up stage begins, so `npm start` can show progress instead of silence. */
  progress?: (stage: StartStage) => void;
}

export type StartStage = "migrate" | "flows" | "adapters" | "listen";

export interface RunningSchakel {
  ctx: AppContext;
  url: string;
  scheduler: Scheduler;
  flush(): Promise<void>;
  sweep(): Promise<void>;
  /** The ack-first inbox (tests wait for `inbox.idle()`). */
  inbox: Inbox;
  close(): Promise<void>;
  /** Every route the web server registers (tests check that none serves data without a session). */
  routes: readonly { method: string; path: string }[];
}

/**
 * Runs one delivery at a time; callers that come while a run waits to start share that run (it starts after
 * their call, so it sends what they queued), so ten requests at once cost two flushes, not ten in a row.
 */
function coalesced(task: () => Promise<void>): () => Promise<void> {
  let chain = Promise.resolve();
  let waiting: Promise<void> | null = null;
  return () => {
    if (waiting) return waiting;
    const run = chain.then(() => {
      waiting = null;
      return task();
    });
    waiting = run;
    chain = run.catch(() => undefined);
    return run;
  };
}

/** Runs one task at a time, so two deliveries never send the same queued message twice. */
function serialized(task: () => Promise<void>): () => Promise<void> {
  let chain = Promise.resolve();
  return () => (chain = chain.then(task, task));
}

/** The demo region's people are fictional, and their e-mail addresses could be claimed elsewhere: production
 *  never signs anyone in or routes anything on a file marked `demo: true`. */
function refuseDemoRegions(regions: RegionSet): void {
  const demo = regions.regions.filter((r) => r.region.demo).map((r) => r.file);
  if (demo.length === 0) return;
  throw new Error(
    `SCHAKEL_MODE=production refuses the demo region (${demo.join(", ")}, demo: true). Point ` +
      "SCHAKEL_REGIONS_DIR at a folder with your own region files (docs/regions.md).",
  );
}

/** `npm start` applies the region files; unchanged files (same hash as last applied) cost one read. */
async function applyRegionFiles(db: Db, regions: RegionSet, at: Date, platforms: Platform[], log: Logger) {
  const apply = () => applyRegions({ db, set: regions, by: "npm start", at, platforms, skipWhenUnchanged: true, log });
  try {
    // Two instances starting at once on one PostgreSQL database: the loser's transaction fails on a unique key;
    // once more finds the files applied (same hash) and skips.
    const result = await apply().catch((error: unknown) => {
      log.warn({ err: error }, "applying the region files failed; trying once more (another instance at once?)");
      return apply();
    });
    const changes = result.plans.reduce((n, p) => n + p.changes.length, 0);
    if (!result.skipped) log.info({ regions: result.plans.map((p) => p.regionId), changes }, "region files applied");
    for (const id of result.orphans) log.warn({ region: id }, "a region in the database has no file; left as it is");
  } catch (error) {
    await db.$disconnect();
    throw error;
  }
}

export async function startSchakel({
  config,
  log: givenLog,
  clockStart,
  background = true,
  adapters = [],
  migrate = true,
  scheduler: schedulerConfig,
  server: existingServer,
  progress = () => {},
  allowDemoRegionInProduction = false,
  inboxLeaseMs,
  consoleActionBudgetMs,
}: StartOptions): Promise<RunningSchakel> {
  const schedulerSettings = schedulerConfig ?? schedulerConfigSchema.parse({});
  progress("flows");
  const flows = loadFlowDirectory(config.flowsDir);
  const regions = loadRegionDirectory(config.regionsDir);
  checkFlowOrganisationTypes(flows, regions);
  if (config.mode === "production" && !allowDemoRegionInProduction) refuseDemoRegions(regions);
  const log = givenLog ?? createLogger(config.logLevel, { personalKeys: personalFieldIds(flows.map((p) => p.flow)) });
  progress("migrate");
  if (migrate) await migrateDatabase(config.databaseUrl);
  const db = await createPrismaClient(config.databaseUrl);
  const store = createPrismaStore(db);
  const keyring = loadMasterKeyring(config);
  const calendar = createWorkingCalendar({
    zone: config.timeZone,
    workdayStart: config.workdayStart,
    workdayEnd: config.workdayEnd,
  });
  const saved = await db.setting.findUnique({ where: { key: "clock.now" } });
  const simulated =
    config.clock === "simulated"
      ? new SimulatedClock(systemClock, clockStart ?? (saved ? new Date(saved.value) : undefined))
      : null;
  const clock: Clock = simulated ?? systemClock;
  const platforms: Platform[] = ["local", ...adapters.map((a) => a.platform)];
  await applyRegionFiles(db, regions, clock.now(), platforms, log);
  const ctx: AppContext = {
    store,
    clock,
    calendar,
    log,
    platforms,
    flows: await createFlowCatalog(store, flows),
    sealer: createSealer(keyring, await loadFingerprintKey(db, keyring)),
  };
  const messages = createConsoleMessageStore(db);
  const started: StartedAdapter[] = [];
  const inbox = createInbox({ ctx, flush: () => flush(), ...(inboxLeaseMs ? { leaseMs: inboxLeaseMs } : {}) });
  const tools: AdapterTools = { flush: () => flush(), inbox };
  try {
    if (adapters.length) progress("adapters");
    for (const adapter of adapters) started.push(await adapter.start(ctx, tools));
  } catch (error) {
    // A platform that cannot start stops the start; release what is open so the process can exit.
    for (const adapter of started) await adapter.close().catch(() => undefined);
    await db.$disconnect();
    throw error;
  }
  const ports: ChatPort[] = [createConsolePort(messages, clock), ...started.map((a) => a.port)];
  const flush = coalesced(async () => {
    // Delivery lets requests in between its steps too (the console port writes without waiting on I/O).
    for (const port of ports) await deliverOutbox({ ctx: inbox.workContext, port });
  });
  const sweep = serialized(async () => {
    const result = await runDeadlineSweep({ ctx, batchSize: schedulerSettings.sweepBatchSize });
    if (result.fired || result.failed) log.info({ ...result }, "deadline sweep done");
  });
  const advanceClock = simulated
    ? async (by: { workingDays?: number; hours?: number }) => {
        const now = simulated.advance(by, calendar);
        await db.setting.upsert({
          where: { key: "clock.now" },
          create: { key: "clock.now", value: now.toISOString() },
          update: { value: now.toISOString() },
        });
        log.info({ now: now.toISOString(), ...by }, "simulated clock advanced");
        await sweep();
        await flush();
        return now;
      }
    : undefined;
  // Production serves only the coordinator's page behind sign-in; the act-as console exists in demo mode only.
  const auth = config.mode === "production" ? config.auth : undefined;
  if (config.mode === "production" && (!auth || simulated)) {
    throw new Error("production mode needs sign-in settings and the system clock");
  }
  const exportFiles = { toCsv, toXlsx };
  const app = auth
    ? createCoordinatorWebApp({ ctx, auth, sessions: createWebSessionStore(db, auth.sessionSecret), exportFiles })
    : createConsoleApp({
        ctx,
        messages,
        flush,
        exportFiles,
        inbox,
        ...(consoleActionBudgetMs !== undefined ? { actionBudgetMs: consoleActionBudgetMs } : {}),
        ...(advanceClock ? { advanceClock } : {}),
        // External participants' console sessions; the secret lives as long as the process (sign in again after).
        externalSessions: createWebSessionStore(db, randomBytes(32).toString("base64url")),
      });
  progress("listen");
  const { server, port: boundPort } = await listen(app, config.port, config.host, existingServer);
  const url = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${boundPort}`;
  // The sweep, the weekly digest and retention run on the scheduler (node-cron, coordinated through JobRun).
  const scheduler = createSchakelScheduler({
    ctx,
    db,
    settings: schedulerSettings,
    sweepIntervalSeconds: config.sweepIntervalSeconds,
    flush,
    consoleUrl: auth?.publicUrl ?? url,
  });
  // Interactions a stopped process recorded but did not finish: at start, and later when their lease runs out.
  const resume = () =>
    inbox.resume().catch((error: unknown) => log.error({ err: error }, "could not resume the inbox"));
  await resume();
  const timers = background ? [setInterval(() => void flush(), 2000), setInterval(() => void resume(), 10_000)] : [];
  if (background && schedulerSettings.enabled) scheduler.start();
  const flowVersions = ctx.flows.all().map((f) => `${f.flow.id}@${f.flow.version}`);
  log.info({ url, mode: config.mode, flows: flowVersions }, "Schakel web server is running");
  return {
    ctx,
    url,
    flush,
    scheduler,
    inbox,
    routes: app.routes.map((r) => ({ method: r.method, path: r.path })),
    sweep: async () => {
      await sweep();
      await flush();
    },
    async close() {
      timers.forEach(clearInterval);
      await scheduler.stop();
      await inbox.idle();
      for (const adapter of started) await adapter.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.$disconnect();
    },
  };
}
