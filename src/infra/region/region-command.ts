// `npm run region -- check|diff|apply|log`: validate the region files, show what applying would change, apply
// it (audited, with notices), and list the audit trail. Output is English, for the person running the command.
import os from "node:os";
import path from "node:path";
import type { Platform } from "../../app/ports.ts";
import { projectRoot, type Config } from "../../config/config.ts";
import { loadFlowDirectory } from "../flow-loader.ts";
import { migrateDatabase } from "../migrate.ts";
import { createPrismaClient, type Db } from "../prisma/client.ts";
import { YamlFileError } from "../yaml/yaml-file.ts";
import { applyRegions, describePlan, planRegions } from "./apply-regions.ts";
import { flowTypeErrors } from "./check-flow-types.ts";
import { checkRegionDirectory, loadRegionDirectory } from "./region-loader.ts";
import { runSpreadsheetCommand } from "../region-import/run-spreadsheet-command.ts";
import { regionLog } from "./region-log.ts";
import { reviewImportedRegion } from "./review-import.ts";

export interface RegionCommandOptions {
  args: string[];
  config: Config;
  /** The platforms notices go to (the console, plus Slack/Teams when configured). */
  platforms: readonly Platform[];
  out(line: string): void;
  err(line: string): void;
}

export const REGION_USAGE =
  "Usage: npm run region -- check | diff | apply [--by <name>] | log [--region <id>]\n" +
  "       npm run region -- import <roster.xlsx | file.csv …> --region <id> [--dry-run] | template [file]";

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

function check(o: RegionCommandOptions): number {
  const { set, errors } = checkRegionDirectory(o.config.regionsDir);
  const problems: YamlFileError[] = [...errors];
  try {
    problems.push(...flowTypeErrors(loadFlowDirectory(o.config.flowsDir), set));
  } catch (error) {
    if (!(error instanceof YamlFileError)) throw error;
    problems.push(error);
  }
  for (const p of problems) o.err(p.message);
  if (problems.length) return 1;
  const files = set.regions.map((r) => `${r.region.id} (${path.relative(projectRoot, r.file) || r.file})`);
  o.out(`${set.regions.length} region file(s) valid: ${files.join(", ")}`);
  return 0;
}

/** The moment recorded on the audit trail and the notices: the console's simulated clock when it runs one. */
async function nowFor(db: Db, config: Config): Promise<Date> {
  const saved = config.clock === "simulated" ? await db.setting.findUnique({ where: { key: "clock.now" } }) : null;
  return saved ? new Date(saved.value) : new Date();
}

async function withDb(config: Config, work: (db: Db) => Promise<number>): Promise<number> {
  await migrateDatabase(config.databaseUrl);
  const db = await createPrismaClient(config.databaseUrl);
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

export async function runRegionCommand(o: RegionCommandOptions): Promise<number> {
  const [command, ...rest] = o.args;
  try {
    switch (command) {
      case "check":
        return check(o);
      case "diff": {
        const set = loadRegionDirectory(o.config.regionsDir);
        return await withDb(o.config, async (db) => {
          describePlan(await planRegions(db, set), o.config.regionsDir).forEach(o.out);
          return 0;
        });
      }
      case "apply": {
        const set = loadRegionDirectory(o.config.regionsDir);
        const by = option(rest, "by") ?? os.userInfo().username;
        return await withDb(o.config, async (db) => {
          const result = await applyRegions({ db, set, by, at: await nowFor(db, o.config), platforms: o.platforms });
          describePlan(result, o.config.regionsDir).forEach(o.out);
          o.out(result.plans.some((p) => p.changes.length) ? `Applied (by ${by}).` : "Nothing to apply.");
          return 0;
        });
      }
      case "import":
      case "template":
        return await runSpreadsheetCommand(o.args, {
          out: o.out,
          err: o.err,
          now: () => new Date(),
          regionsDir: o.config.regionsDir,
          review: (yaml, out) =>
            reviewImportedRegion(o.config, yaml, out, { ...o, withDb: (w) => withDb(o.config, w) }),
        });
      case "log":
        return await withDb(o.config, async (db) => {
          (await regionLog(db, option(rest, "region"))).forEach(o.out);
          return 0;
        });
      default:
        o.err(REGION_USAGE);
        return 2;
    }
  } catch (error) {
    if (error instanceof YamlFileError) {
      o.err(error.message);
      return 1;
    }
    throw error;
  }
}
