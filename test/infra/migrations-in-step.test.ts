// The SQLite and PostgreSQL migrations must describe the same tables, columns and indexes: a schema change
// needs a migration for both (scripts/new-migration.sh writes both).
import { must } from "../support/must.ts";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function shape(dir: string): string[] {
  const sql = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => readFileSync(path.join(dir, name, "migration.sql"), "utf8"))
    .join("\n");
  const items = new Set<string>();
  for (const [, table, body] of sql.matchAll(/CREATE TABLE "(\w+)" \(([\s\S]*?)\n\);/g)) {
    for (const [, column] of must(body, "body").matchAll(/^\s+"(\w+)" /gm)) items.add(`${table}.${column}`);
  }
  // PostgreSQL adds several columns in one statement: ALTER TABLE "T" ADD COLUMN "a" …, ADD COLUMN "b" …;
  for (const [, table, body] of sql.matchAll(/ALTER TABLE "(\w+)" ([^;]*);/g)) {
    for (const [, column] of must(body, "body").matchAll(/ADD COLUMN\s+"(\w+)"/g)) items.add(`${table}.${column}`);
  }
  for (const [, index] of sql.matchAll(/CREATE (?:UNIQUE )?INDEX "(\w+)"/g)) items.add(`index ${index}`);
  return [...items].sort();
}

describe("migrations", () => {
  it("keep SQLite and PostgreSQL in step", () => {
    const sqlite = shape("prisma/migrations");
    expect(sqlite.length).toBeGreaterThan(50);
    expect(shape("prisma/postgres/migrations")).toEqual(sqlite);
  });
});
