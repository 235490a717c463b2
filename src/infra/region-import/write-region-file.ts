// Writes the imported region file atomically (a temporary file in the same folder, then a rename), and not
// at all when only the header would change: importing the same workbook twice leaves the file as it was.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { RegionDocument } from "./region-document.ts";
import { regionBody, regionToYaml, withoutHeader, type ImportHeader } from "./region-yaml.ts";

export type WriteOutcome = "created" | "updated" | "unchanged";

export function writeRegionFile(file: string, region: RegionDocument, header: ImportHeader): WriteOutcome {
  const before = existsSync(file) ? readFileSync(file, "utf8") : null;
  if (before !== null && withoutHeader(before) === regionBody(region)) return "unchanged";
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    writeFileSync(temporary, regionToYaml(region, header), { encoding: "utf8", flag: "wx" });
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return before === null ? "created" : "updated";
}
