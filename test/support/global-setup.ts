// Migrates one template database for the whole run; each test copies it instead of migrating again.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase } from "../../src/infra/migrate.ts";

export default async function setup({ provide }: { provide: (key: string, value: string) => void }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "schakel-template-"));
  const file = path.join(dir, "template.db");
  await migrateDatabase(`file:${file}`);
  provide("templateDb", file);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
  }
}
