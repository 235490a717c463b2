// Before an imported roster is written: check it as `region check` would (with the other region files beside
// it) and show what applying it would change in the database, so a coordinator sees the diff first.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Config } from "../../config/config.ts";
import { loadFlowDirectory } from "../flow-loader.ts";
import type { Db } from "../prisma/client.ts";
import { describePlan, planRegions } from "./apply-regions.ts";
import { flowTypeErrors } from "./check-flow-types.ts";
import { checkRegionDirectory } from "./region-loader.ts";

export interface ReviewIo {
  out(line: string): void;
  err(line: string): void;
  withDb(work: (db: Db) => Promise<number>): Promise<number>;
}

/** True when the imported file is valid among the others; prints its problems or the database diff. */
export async function reviewImportedRegion(config: Config, yaml: string, out: string, io: ReviewIo): Promise<boolean> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "schakel-import-"));
  try {
    const target = path.basename(out);
    const others = existsSync(config.regionsDir) ? readdirSync(config.regionsDir) : [];
    for (const file of others.filter((f) => /\.ya?ml$/.test(f) && f !== target)) {
      copyFileSync(path.join(config.regionsDir, file), path.join(scratch, file));
    }
    writeFileSync(path.join(scratch, target), yaml);
    const { set, errors } = checkRegionDirectory(scratch);
    const problems = errors.length ? errors : flowTypeErrors(loadFlowDirectory(config.flowsDir), set);
    for (const problem of problems) io.err(problem.message.replaceAll(scratch, config.regionsDir));
    if (problems.length) return false;
    await io.withDb(async (db) => {
      io.out("\nWhat applying it would change in the database:");
      const lines = describePlan(await planRegions(db, set), scratch);
      // The plan names the scratch copy; people should read the file's real place.
      for (const line of lines) io.out(line.replace(/[^\s(,]*schakel-import-[^/]+\//g, `${config.regionsDir}/`));
      return 0;
    });
    return true;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
