// The use-case context for command-line tools (export, digest dry run): the same database, flows, calendar
// and clock as `npm start`, without the console or the background loops.
import type { AppContext } from "../../app/context.ts";
import type { Clock, Sealer } from "../../app/ports.ts";
import type { Config } from "../../config/config.ts";
import { loadMasterKeyring } from "../data-key.ts";
import { loadFingerprintKey } from "../keys/fingerprint-key.ts";
import { createSealer } from "../sealer.ts";
import type { Db } from "../prisma/client.ts";
import { createWorkingCalendar } from "../../domain/calendar/working-calendar.ts";
import { SimulatedClock, systemClock } from "../clock.ts";
import { createFlowCatalog } from "../flow-catalog.ts";
import { loadFlowDirectory } from "../flow-loader.ts";
import { createLogger } from "../logger.ts";
import { migrateDatabase } from "../migrate.ts";
import { createPrismaClient } from "../prisma/client.ts";
import { createPrismaStore } from "../prisma/prisma-store.ts";
import { applyRegions } from "../region/apply-regions.ts";
import { loadRegionDirectory } from "../region/region-loader.ts";

export interface CliContextOptions {
  /** The configuration the script read at its start (src/settings.ts). */
  config: Config;
  /** true: the real sealer (the access export opens the resident's data); otherwise none. */
  sealing?: boolean;
}

export async function createCliContext({
  config,
  sealing = false,
}: CliContextOptions): Promise<{ ctx: AppContext; close(): Promise<void> }> {
  await migrateDatabase(config.databaseUrl);
  const db = await createPrismaClient(config.databaseUrl);
  const store = createPrismaStore(db);
  // The console's simulated clock is saved in the database: a dry run sees the same "now" as the console.
  const saved = config.clock === "simulated" ? await db.setting.findUnique({ where: { key: "clock.now" } }) : null;
  const clock: Clock = saved ? new SimulatedClock(systemClock, new Date(saved.value)) : systemClock;
  // A fresh database gets the regions as `npm start` would; changes to a running region are applied by
  // `npm start` or `npm run region -- apply`, which also tell the people concerned.
  if ((await db.region.count()) === 0) {
    const set = loadRegionDirectory(config.regionsDir);
    await applyRegions({ db, set, by: "cli", at: clock.now(), platforms: ["local"] });
  }
  const ctx: AppContext = {
    store,
    clock,
    log: createLogger(config.logLevel === "info" ? "warn" : config.logLevel),
    platforms: ["local"],
    calendar: createWorkingCalendar({
      zone: config.timeZone,
      workdayStart: config.workdayStart,
      workdayEnd: config.workdayEnd,
    }),
    flows: await createFlowCatalog(store, loadFlowDirectory(config.flowsDir)),
    sealer: sealing ? await realSealer(config, db) : noSealer,
  };
  return { ctx, close: () => db.$disconnect() };
}

async function realSealer(config: Config, db: Db): Promise<Sealer> {
  const keyring = loadMasterKeyring(config);
  return createSealer(keyring, await loadFingerprintKey(db, keyring));
}

const noSealer: Sealer = {
  seal: () => {
    throw new Error("the CLI does not seal data");
  },
  open: () => {
    throw new Error("the CLI does not open personal data");
  },
  newCaseKey: () => {
    throw new Error("the CLI does not seal data");
  },
  box: () => {
    throw new Error("the CLI does not open personal data");
  },
  fingerprint: () => "",
};
