// The database, its folder and the key file are created readable by their owner only, from the first byte.
import { must } from "../support/must.ts";
import { chmodSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadMasterKeys } from "../../src/infra/data-key.ts";
import { migrateDatabase } from "../../src/infra/migrate.ts";
import { createPrismaClient } from "../../src/infra/prisma/client.ts";

const mode = (file: string) => statSync(file).mode & 0o777;
const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(must(dirs.pop(), "dirs.pop()"), { recursive: true, force: true });
});
function tempBase(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "schakel-perms-"));
  dirs.push(dir);
  return dir;
}

describe("private files", () => {
  it("migrates a new database into a 0700 folder as a 0600 file, and writes the key file 0600", async () => {
    const url = `file:${path.join(tempBase(), "data", "schakel.db")}`;
    await migrateDatabase(url);
    const file = url.slice(5);
    expect(mode(path.dirname(file))).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    const first = loadMasterKeys(undefined, undefined, url).current;
    const keyFile = path.join(path.dirname(file), "schakel.key");
    expect(mode(keyFile)).toBe(0o600);
    // A key file copied in with loose permissions is tightened, and still read.
    chmodSync(keyFile, 0o644);
    expect(loadMasterKeys(undefined, undefined, url).current.equals(first)).toBe(true);
    expect(mode(keyFile)).toBe(0o600);
  });

  it("opens a database that does not exist yet as a 0600 file with secure_delete on", async () => {
    const file = path.join(tempBase(), "fresh", "schakel.db");
    const db = await createPrismaClient(`file:${file}`);
    const [pragma] = await db.$queryRawUnsafe<{ secure_delete: bigint | number }[]>("PRAGMA secure_delete");
    await db.$disconnect();
    expect(Number(must(pragma, "pragma").secure_delete)).toBe(1);
    expect(mode(file)).toBe(0o600);
    expect(mode(path.dirname(file))).toBe(0o700);
  });
});
