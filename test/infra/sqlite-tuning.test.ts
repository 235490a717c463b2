// The SQLite connection Schakel opens: WAL, synchronous=NORMAL and a busy timeout (see the README's trade-off).
import { must } from "../support/must.ts";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../src/infra/prisma/client.ts";

describe("SQLite tuning", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "schakel-sqlite-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("opens the database in WAL with synchronous=NORMAL and a five-second busy timeout", async () => {
    const db = await createPrismaClient(`file:${path.join(dir, "tuned.db")}`);
    try {
      const pragma = async (name: string) =>
        Object.values(must((await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`))[0]))[0];
      expect(await pragma("journal_mode")).toBe("wal");
      expect(Number(await pragma("synchronous"))).toBe(1); // NORMAL
      expect(Number(await pragma("busy_timeout"))).toBe(5000);
    } finally {
      await db.$disconnect();
    }
  });
});
