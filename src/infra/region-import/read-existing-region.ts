// Reads the current region file, if there is one, for what an import keeps from it. The region loader
// validates it fully; here a file that is not a YAML mapping is simply an error to show.
import { existsSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import type { ExistingRegion } from "./region-document.ts";

export function readExistingRegion(file: string): ExistingRegion | null {
  if (!existsSync(file)) return null;
  const value: unknown = parse(readFileSync(file, "utf8"));
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new Error(`${file} is not a region file (expected a YAML mapping with id, name, people, …)`);
  }
  return value as ExistingRegion;
}
