// Several instances on one PostgreSQL database deliver each queued message once between them: each delivery
// is claimed (a lease) before it is sent. Runs when SCHAKEL_TEST_POSTGRES_URL points at a server.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "../../src/infra/migrate.ts";
import { REPORT_BERGEN_OP_ZOOM, reportOverlast } from "../support/fixtures.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const server = process.env.SCHAKEL_TEST_POSTGRES_URL;
const database = `schakel_test_${randomBytes(4).toString("hex")}`;
const urlOf = (name: string) => { const u = new URL(server!); u.pathname = `/${name}`; return u.toString(); };
async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try { return (await client.query(sql)).rows as T[]; } finally { await client.end(); }
}

/** Console messages that appear more than once in the same conversation (a message delivered twice). */
export async function duplicateConsoleMessages(url: string): Promise<string[]> {
  const rows = await query<{ key: string; n: string }>(url, `SELECT "channelId" || ' | ' || coalesce("threadOf", '') || ' | ' || coalesce("caseId", '') || ' | ' || "text" AS key,
    count(*) AS n FROM "ConsoleMessage" GROUP BY 1 HAVING count(*) > 1`);
  return rows.map((r) => `${r.n}× ${r.key}`);
}

describe.skipIf(!server)("delivery from several instances on PostgreSQL", () => {
  const apps: TestApp[] = [];
  beforeAll(async () => {
    await query(server!, `CREATE DATABASE ${database}`);
    await migrateDatabase(urlOf(database));
  }, 60_000);
  afterAll(async () => {
    for (const app of apps) await app.close();
    await query(server!, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  it("two instances flushing at once send every console message once", async () => {
    for (let i = 0; i < 2; i++) apps.push(await startTestApp({ databaseUrl: urlOf(database) }));
    const [a, b] = apps as [TestApp, TestApp];
    for (let i = 0; i < 8; i++) await reportOverlast(a.ctx, { ...REPORT_BERGEN_OP_ZOOM });
    await Promise.all([a.flush(), b.flush(), a.flush(), b.flush()]);
    const [{ n }] = await query<{ n: string }>(urlOf(database), `SELECT count(*) AS n FROM "ConsoleMessage"`) as [{ n: string }];
    expect(Number(n)).toBeGreaterThan(16);
    expect(await duplicateConsoleMessages(urlOf(database))).toEqual([]);
    const undelivered = await query(urlOf(database), `SELECT id FROM "OutboxDelivery" WHERE platform = 'local' AND status <> 'delivered'`);
    expect(undelivered).toEqual([]);
  });
});
