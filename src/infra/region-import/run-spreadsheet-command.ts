// `npm run region -- import <file...> --region <id> [--name …] [--out file] [--dry-run]` and `… template [file]`:
// the spreadsheet half of the region command, with its output, clock and review passed in for tests.
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ID_PATTERN } from "./field-rules.ts";
import { formatProblem } from "./import-problem.ts";
import { summariseImport } from "./import-summary.ts";
import { readExistingRegion } from "./read-existing-region.ts";
import { readRoster } from "./read-roster.ts";
import { regionToYaml } from "./region-yaml.ts";
import { writeRosterTemplate } from "./roster-template.ts";
import { writeRegionFile } from "./write-region-file.ts";

export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
  now(): Date;
  regionsDir: string;
  /** Checks the imported file among the other region files and shows its diff; false refuses the write. */
  review?(yaml: string, out: string): Promise<boolean>;
}

const OPTIONS = {
  region: { type: "string" },
  name: { type: "string" },
  out: { type: "string" },
  "dry-run": { type: "boolean" },
} as const;

export const USAGE = [
  "Usage:",
  "  npm run region -- import <roster.xlsx | file.csv …> --region <id>",
  "                                  [--name <name>] [--out <file>] [--dry-run]",
  "  npm run region -- template [roster-template.xlsx]",
].join("\n");

const parseCommand = (args: string[]) => parseArgs({ args, allowPositionals: true, strict: true, options: OPTIONS });

export async function runSpreadsheetCommand(args: string[], io: CommandIo): Promise<number> {
  let parsed: ReturnType<typeof parseCommand>;
  try {
    // Strict: a misspelt --dry-rn must not turn a dry run into a write.
    parsed = parseCommand(args);
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const {
    values,
    positionals: [command, ...files],
  } = parsed;
  try {
    if (command === "template" && files.length <= 1) return await writeTemplate(files[0] ?? "roster-template.xlsx", io);
    const region = values.region ?? "";
    if (command !== "import" || files.length === 0 || !ID_PATTERN.test(region)) {
      const badId = command === "import" && region !== "" && !ID_PATTERN.test(region);
      if (badId) io.err(`The region id "${region}" is not valid: use lower-case letters, digits and hyphens.`);
      io.err(USAGE);
      return 2;
    }
    const out = values.out ?? path.join(io.regionsDir, `${region}.yaml`);
    return await importFiles({ files, region, name: values.name, out, dryRun: values["dry-run"] === true, io });
  } catch (error) {
    io.err(`Failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

async function writeTemplate(file: string, io: CommandIo): Promise<number> {
  if (existsSync(file)) {
    io.err(`${file} already exists; it may hold a filled-in roster. Choose another file name.`);
    return 1;
  }
  await writeRosterTemplate(file);
  io.out(
    `Wrote an empty roster workbook to ${file}.\n` +
      `Fill it in and run: npm run region -- import ${file} --region <id>`,
  );
  return 0;
}

interface ImportRun {
  files: string[];
  region: string;
  name: string | undefined;
  out: string;
  dryRun: boolean;
  io: CommandIo;
}

async function importFiles({ files, region, name, out, dryRun, io }: ImportRun): Promise<number> {
  let existing: ReturnType<typeof readExistingRegion>;
  try {
    existing = readExistingRegion(out);
  } catch (error) {
    io.err(`Cannot read the current region file: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const result = await readRoster(files, { regionId: region, ...(name ? { regionName: name } : {}), existing });
  const source = files.map((f) => path.basename(f)).join(", ");
  if (!result.ok) {
    io.err(`Import refused: ${result.problems.length} problem(s) in ${source}. Nothing was written.\n`);
    io.err(result.problems.map(formatProblem).join("\n"));
    return 1;
  }
  io.out(summariseImport(result.region, source, result.keptFromFile).join("\n"));
  const header = { source, importedAt: io.now() };
  if (io.review && !(await io.review(regionToYaml(result.region, header), out))) {
    io.err(`\nImport refused: the region file would not be valid. Nothing was written.`);
    return 1;
  }
  if (dryRun) {
    io.out(`\nDry run: nothing written. ${out} would read:\n\n${regionToYaml(result.region, header)}`);
    return 0;
  }
  const outcome = writeRegionFile(out, result.region, header);
  if (outcome === "unchanged") {
    io.out(`\n${out} already says exactly this; left unchanged.`);
  } else {
    const done = outcome === "created" ? "Created" : "Updated";
    io.out(`\n${done} ${out}. Next: npm run region -- check, then diff and apply.`);
  }
  return 0;
}
