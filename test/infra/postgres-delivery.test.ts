// Several instances on one PostgreSQL database deliver each queued message once between them: each delivery
// is claimed (a lease) before it is sent. Runs when SCHAKEL_TEST_POSTGRES_URL points at a server.
import { must } from "../support/must.ts";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "../../src/infra/migrate.ts";
import { VALID_REPORT } from "../contract/adapter-contract.ts";
import { consoleClient } from "../support/console-client.ts";
import { REPORT_BERGEN_OP_ZOOM, reportOverlast } from "../support/fixtures.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const server = process.env.SCHAKEL_TEST_POSTGRES_URL;
const database = `schakel_test_${randomBytes(4).toString("hex")}`;
const urlOf = (name: string) => {
  const u = new URL(must(server, "server"));
  u.pathname = `/${name}`;
  return u.toString();
};
async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Console messages that appear more than once in the same conversation (a message delivered twice). */
async function duplicateConsoleMessages(url: string): Promise<string[]> {
  const rows = await query<{ key: string; n: string }>(
    url,
    `SELECT "channelId" || ' | ' || coalesce("threadOf", '') || ' | ' || coalesce("caseId", '') || ' | ' || "text" AS key,
    count(*) AS n FROM "ConsoleMessage" GROUP BY 1 HAVING count(*) > 1`,
  );
  return rows.map((r) => `${r.n}× ${r.key}`);
}

describe.skipIf(!server)("delivery from several instances on PostgreSQL", () => {
  const apps: TestApp[] = [];
  beforeAll(async () => {
    await query(must(server, "server"), `CREATE DATABASE ${database}`);
    await migrateDatabase(urlOf(database));
  }, 60_000);
  afterAll(async () => {
    for (const app of apps) await app.close();
    await query(must(server, "server"), `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  it("two instances flushing at once send every console message once", async () => {
    for (let i = 0; i < 2; i++) apps.push(await startTestApp({ databaseUrl: urlOf(database) }));
    const [a, b] = apps as [TestApp, TestApp];
    for (let i = 0; i < 5; i++) await reportOverlast(a.ctx, { ...REPORT_BERGEN_OP_ZOOM });
    await Promise.all([a.flush(), b.flush(), a.flush(), b.flush()]);
    const [{ n }] = (await query<{ n: string }>(urlOf(database), `SELECT count(*) AS n FROM "ConsoleMessage"`)) as [
      { n: string },
    ];
    expect(Number(n)).toBeGreaterThan(10);
    expect(await duplicateConsoleMessages(urlOf(database))).toEqual([]);
    const undelivered = await query(
      urlOf(database),
      `SELECT id FROM "OutboxDelivery" WHERE platform = 'local' AND status <> 'delivered'`,
    );
    expect(undelivered).toEqual([]);
  }, 90_000);
});

/** A real Schakel process (`tsx src/main.ts`, the start code of `npm start`) on the given database; resolves with its URL. */
function startProcess(databaseUrl: string, children: ChildProcess[]): Promise<string> {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: "0",
    SCHAKEL_HOST: "127.0.0.1",
    SCHAKEL_CLOCK: "simulated",
    SCHAKEL_SEED_DEMO: "true",
    SCHAKEL_DATA_KEY: Buffer.alloc(32, 7).toString("base64"),
    LOG_LEVEL: "warn",
    SCHAKEL_SCHEDULER: "false",
  };
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = "";
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /open (http:\/\/\S+) in je browser/.exec(output)?.[1];
      if (url) resolve(url);
    };
    must(child.stdout, "child.stdout").on("data", seen);
    must(child.stderr, "child.stderr").on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => reject(new Error(`Schakel exited (${code}) before it was ready:\n${output}`)));
  });
}

describe.skipIf(!server)("two Schakel processes on one PostgreSQL database", () => {
  const name = `${database}_p`;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    await query(must(server, "server"), `CREATE DATABASE ${name}`);
  });
  afterAll(async () => {
    for (const child of children) child.kill("SIGKILL");
    await query(must(server, "server"), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it("delivers every console message once between them, also when both advance the clock at once", async () => {
    const first = await startProcess(urlOf(name), children); // migrates and seeds; the second finds it done
    const second = await startProcess(urlOf(name), children);
    const [a, b] = [consoleClient(first), consoleClient(second)];
    for (let i = 0; i < 6; i++) {
      const form = (await a.command("eva-bakker", "/overlast")).body.form;
      expect((await (i % 2 ? b : a).submit("eva-bakker", form.id, VALID_REPORT)).status).toBe(200);
    }
    await Promise.all([a.advance({ workingDays: 3 }), b.advance({ workingDays: 3 })]);
    await Promise.all([a.advance({ hours: 1 }), b.advance({ hours: 1 })]); // each flushes after its sweep
    const pending = `SELECT count(*) AS n FROM "OutboxDelivery" WHERE platform = 'local' AND status <> 'delivered'`;
    expect(await query<{ n: string }>(urlOf(name), pending)).toEqual([{ n: "0" }]);
    const [{ n }] = (await query<{ n: string }>(urlOf(name), `SELECT count(*) AS n FROM "ConsoleMessage"`)) as [
      { n: string },
    ];
    expect(Number(n)).toBeGreaterThan(30);
    expect(await duplicateConsoleMessages(urlOf(name))).toEqual([]);
  }, 240_000);
});
