// The migration that records where Slack accounts live keeps existing links: a `T…:U…` identity gets its workspace,
// an `E…:W…` one its Grid org, plain ids and other platforms stay without a place. Run on SQLite and PostgreSQL.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { must } from "../support/must.ts";

const MIGRATION = "20261130142441_slack_identity_places";
const ROWS = [
  ["i1", "slack", "TCORP:U0EVA"],
  ["i2", "slack", "E0GRID:W0JORIS"],
  ["i3", "slack", "U0PLAIN"],
  ["i4", "teams", "29:abc"],
];
const EXPECTED = [
  { id: "i1", enterpriseId: null, teamId: "TCORP" },
  { id: "i2", enterpriseId: "E0GRID", teamId: null },
  { id: "i3", enterpriseId: null, teamId: null },
  { id: "i4", enterpriseId: null, teamId: null },
];

/** The migration files of a set, split at ours: everything before it, and it. */
function migrations(dir: string): { before: string[]; ours: string } {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const sql = (name: string) => readFileSync(path.join(dir, name, "migration.sql"), "utf8");
  return { before: names.filter((n) => n < MIGRATION).map(sql), ours: sql(must(names.find((n) => n === MIGRATION))) };
}

describe("the Slack identity places migration", () => {
  it("fills the place of existing Slack identities on SQLite", () => {
    const db = new Database(":memory:");
    db.pragma("foreign_keys = OFF");
    const { before, ours } = migrations("prisma/migrations");
    for (const sql of before) db.exec(sql);
    const insert = db.prepare(
      `INSERT INTO "ChatIdentity" ("id", "personId", "platform", "externalId") VALUES (?, 'p', ?, ?)`,
    );
    for (const row of ROWS) insert.run(...row);
    db.exec(ours);
    expect(db.prepare(`SELECT "id", "enterpriseId", "teamId" FROM "ChatIdentity" ORDER BY "id"`).all()).toEqual(
      EXPECTED,
    );
    db.close();
  });

  const server = process.env.SCHAKEL_TEST_POSTGRES_URL;
  const schema = `migration_${randomBytes(4).toString("hex")}`;
  afterAll(async () => {
    if (!server) return;
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });

  it.skipIf(!server)("fills the place of existing Slack identities on PostgreSQL", async () => {
    const client = new pg.Client({ connectionString: server, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA ${schema}`);
      const { before, ours } = migrations("prisma/postgres/migrations");
      for (const sql of before) await client.query(sql);
      // Only the identities matter here; the person they point at is left out.
      await client.query(`ALTER TABLE "ChatIdentity" DROP CONSTRAINT IF EXISTS "ChatIdentity_personId_fkey"`);
      for (const row of ROWS)
        await client.query(
          `INSERT INTO "ChatIdentity" ("id", "personId", "platform", "externalId") VALUES ($1, 'p', $2, $3)`,
          row,
        );
      await client.query(ours);
      const found = await client.query(`SELECT "id", "enterpriseId", "teamId" FROM "ChatIdentity" ORDER BY "id"`);
      expect(found.rows).toEqual(EXPECTED);
    } finally {
      await client.end();
    }
  });
});
