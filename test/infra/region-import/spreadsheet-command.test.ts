// The command line: a dry run shows the file without writing it, bad usage explains itself, and the real
// script exits 1 with the problems on bad input.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { demoRegion, regionSheets, tempDir, writeDutchCsv, writeWorkbook } from "./roster-fixtures.ts";
import { runSheetCommand } from "./run-command.ts";

describe("npm run region -- import|template", () => {
  it("with --dry-run prints the summary and the YAML and writes nothing", async () => {
    const dir = tempDir();
    const workbook = await writeWorkbook(path.join(dir, "wbw.xlsx"), regionSheets(demoRegion));
    const out = path.join(dir, "elsewhere", "wbw.yaml");
    const run = await runSheetCommand(["import", workbook, "--region", "wbw", "--out", out, "--dry-run"], dir);
    expect(run.code).toBe(0);
    expect(run.out).toContain("Region wbw (wbw) from wbw.xlsx:");
    expect(run.out).toContain(`Dry run: nothing written. ${out} would read:`);
    expect(run.out).toContain("  - id: umay-yilmaz\n    name: Umay Yılmaz\n    email: umay-yilmaz@demo.schakel.nl");
    expect(existsSync(out)).toBe(false);
  });

  it("explains its usage when the region is missing or not a valid id", async () => {
    const dir = tempDir();
    const missing = await runSheetCommand(["import", "x.xlsx"], dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("Usage:");
    const invalid = await runSheetCommand(["import", "x.xlsx", "--region", "West Brabant"], dir);
    expect(invalid.err).toContain('The region id "West Brabant" is not valid');
    const typo = await runSheetCommand(["import", "x.xlsx", "--region", "wbw", "--dry-rn"], dir);
    expect(typo.code).toBe(2);
    expect(typo.err).toContain("--dry-rn");
  });

  it("never writes a template over an existing workbook", async () => {
    const dir = tempDir();
    const filled = await writeWorkbook(path.join(dir, "roster.xlsx"), regionSheets(demoRegion));
    const before = readFileSync(filled);
    const run = await runSheetCommand(["template", filled], dir);
    expect(run.code).toBe(1);
    expect(run.err).toContain("already exists");
    expect(readFileSync(filled).equals(before)).toBe(true);
  });

  it("exits 1 with the problems when run as a script on bad input", async () => {
    const dir = tempDir();
    const csv = writeDutchCsv(path.join(dir, "rooster.csv"), [
      ["organisatie", "gemeente"],
      ["woonhaven", "tholen"],
    ]);
    const script = path.resolve("scripts/region.ts");
    const tsx = path.resolve("node_modules/.bin/tsx");
    const env = { ...process.env, SCHAKEL_REGIONS_DIR: path.join(dir, "regions") };
    const result = await promisify(execFile)(tsx, [script, "import", csv, "--region", "wbw"], { cwd: dir, env }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Sheet "rooster.csv", row 1: required column "contactpersoon" is missing.');
    expect(existsSync(path.join(dir, "regions", "wbw.yaml"))).toBe(false);
  });
});
