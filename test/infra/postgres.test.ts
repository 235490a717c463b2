// PostgreSQL, for deployments with several instances: migrations apply once, and two instances sharing one
// database fire each reminder once. CI starts a server (.ci/run); locally the test runs when
// SCHAKEL_TEST_POSTGRES_URL points at a server whose user may create databases.
import { must } from "../support/must.ts";
import { randomBytes } from "node:crypto";
import { DateTime } from "luxon";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDeadlineSweep } from "../../src/app/run-deadline-sweep.ts";
import { migrateDatabase } from "../../src/infra/migrate.ts";
import { reminders, reportOverlast } from "../support/fixtures.ts";
import { setClock, startTestApp, type TestApp } from "../support/test-app.ts";

const server = process.env.SCHAKEL_TEST_POSTGRES_URL;
const database = `schakel_test_${randomBytes(4).toString("hex")}`;
const urlOf = (name: string) => {
  const u = new URL(must(server, "server"));
  u.pathname = `/${name}`;
  return u.toString();
};
const admin = async (sql: string) => {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

if (!server && process.env.CI) {
  it("needs a PostgreSQL server in CI", () => {
    throw new Error("SCHAKEL_TEST_POSTGRES_URL is not set; .ci/run starts PostgreSQL and sets it");
  });
}

describe.skipIf(!server)("PostgreSQL", () => {
  const apps: TestApp[] = [];
  beforeAll(async () => {
    await admin(`CREATE DATABASE ${database}`);
    await Promise.all([migrateDatabase(urlOf(database)), migrateDatabase(urlOf(database))]);
  }, 60_000);
  afterAll(async () => {
    for (const app of apps) await app.close();
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  it("applies the migrations once, also when two instances start together", async () => {
    const client = new pg.Client({ connectionString: urlOf(database) });
    await client.connect();
    const rows = (await client.query(`SELECT migration_name FROM "_prisma_migrations"`)).rows;
    await client.end();
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r: { migration_name: string }) => r.migration_name)).size).toBe(rows.length);
  });

  it("runs the core loop and sends each reminder once from two instances", async () => {
    for (let i = 0; i < 2; i++) apps.push(await startTestApp({ databaseUrl: urlOf(database) }));
    const [first, second] = apps as [TestApp, TestApp];
    const { caseId, reference } = await reportOverlast(first.ctx);
    expect(reference).toMatch(/^OV-2026-\d{4}$/);
    const wednesday = DateTime.fromISO("2026-11-25T10:00", { zone: "Europe/Amsterdam" }).toJSDate();
    for (const app of apps) setClock(app, wednesday);
    await Promise.all([runDeadlineSweep({ ctx: first.ctx }), runDeadlineSweep({ ctx: second.ctx })]);
    await Promise.all([runDeadlineSweep({ ctx: first.ctx }), runDeadlineSweep({ ctx: second.ctx })]);
    expect((await reminders(second.ctx, caseId)).sort()).toEqual([
      "care:1:owner",
      "corporation:1:owner",
      "wmo:1:owner",
    ]);
  });
});
