// Start-up skips Prisma's migrate CLI when the SQLite database already has every checked-in migration.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { migrateDatabase } from "../../src/infra/migrate.ts";

describe("migrating at start", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "schakel-migrate-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("finds an up-to-date database current and spawns nothing", async () => {
    const file = path.join(dir, "current.db");
    copyFileSync(inject("templateDb"), file);
    expect(await migrateDatabase(`file:${file}`)).toBe("current");
  });

  it("migrates a new database, which is current afterwards", async () => {
    const url = `file:${path.join(dir, "new", "schakel.db")}`;
    expect(await migrateDatabase(url)).toBe("migrated");
    expect(await migrateDatabase(url)).toBe("current");
  });
});
