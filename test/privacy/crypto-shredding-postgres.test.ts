// On PostgreSQL: after the retention purge, an erasure on request and a rectification, the raw bytes of every
// table file (dead rows included: PostgreSQL keeps old row versions in its pages) hold nothing of the purged or
// erased case, nor the old value, that opens with any key the system still holds, while the kept case does.
// Runs when SCHAKEL_TEST_POSTGRES_URL points at a server whose user may create databases and read files.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addNote } from "../../src/app/add-note.ts";
import { eraseDetails } from "../../src/app/avg/erase-details.ts";
import { rectifyDetails } from "../../src/app/avg/rectify-details.ts";
import { closeCase } from "../../src/app/close-case.ts";
import { purgeExpiredDetails } from "../../src/app/purge-expired-details.ts";
import { reportCase } from "../../src/app/report-case.ts";
import { migrateDatabase } from "../../src/infra/migrate.ts";
import { createMasterKeyring } from "../../src/infra/keys/master-keyring.ts";
import { createPrismaClient } from "../../src/infra/prisma/client.ts";
import { MONDAY_10, setClock, startTestApp, TEST_DATA_KEY, type TestApp } from "../support/test-app.ts";
import { must } from "../support/must.ts";
import { openEverything, reachableKeysOf } from "./raw-bytes.ts";

const server = process.env.SCHAKEL_TEST_POSTGRES_URL;
const database = `schakel_shred_${randomBytes(4).toString("hex")}`;
const urlOf = (name: string) => {
  const u = new URL(server ?? "postgresql://localhost");
  u.pathname = `/${name}`;
  return u.toString();
};
const anouk = { personId: "anouk-jansen", platform: "local" as const };
const yvonne = { personId: "yvonne-maas", platform: "local" as const };
const PURGED = { name: "Pieternel Purge-Pg", story: "PGPURGEDSTORY", note: "PGPURGEDNOTE" };
const ERASED = { name: "Evert Erase-Pg", story: "PGERASEDSTORY", note: "PGERASEDNOTE" };
const KEPT = { name: "Karel Kept-Pg", story: "PGKEPTSTORY", note: "PGKEPTNOTE" };
const OLD_ADDRESS = "Oudelaan 5-PgRectified";

async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every byte of every table file and its TOAST file, read from the server's disk after a checkpoint. */
async function rawTableBytes(url: string): Promise<string> {
  return withClient(url, async (c) => {
    await c.query("CHECKPOINT");
    const files = await c.query<{ path: string }>(
      `SELECT pg_relation_filepath(r.oid) AS path FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace
       JOIN pg_class r ON r.oid IN (t.oid, t.reltoastrelid)
       WHERE n.nspname = 'public' AND t.relkind = 'r'`,
    );
    const parts: string[] = [];
    for (const { path } of files.rows) {
      const bytes = await c.query<{ b: Buffer }>("SELECT pg_read_binary_file($1) AS b", [path]);
      parts.push(bytes.rows[0]?.b.toString("latin1") ?? "");
    }
    return parts.join("\n");
  });
}

async function report(app: TestApp, who: typeof KEPT, address: string) {
  const values = {
    municipality: "bergen-op-zoom",
    corporation: "woonhaven",
    days_in_arrears: "45",
    legal_basis: "public_task",
    arrears_amount: "1234",
    resident_name: who.name,
    address,
    date_of_birth: "1955-05-05",
    description: who.story,
    objection: false,
    children_in_household: false,
  };
  const result = await reportCase({ ctx: app.ctx, actor: anouk, flowId: "huisuitzetting", values });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  await addNote({ ctx: app.ctx, actor: anouk, caseId: result.caseId, note: who.note });
  return result.caseId;
}

describe.skipIf(!server)("crypto-shredding on PostgreSQL", () => {
  let app: TestApp | undefined;
  beforeAll(async () => {
    await withClient(server ?? "", (c) => c.query(`CREATE DATABASE ${database}`));
    await migrateDatabase(urlOf(database));
    app = await startTestApp({ databaseUrl: urlOf(database) });
    const purged = await report(app, PURGED, "Purgeweg 1");
    await closeCase({ ctx: app.ctx, actor: anouk, caseId: purged, outcome: "resolved", note: "PGCLOSENOTE" });
    const erased = await report(app, ERASED, "Eraseweg 2");
    const rectified = await report(app, KEPT, OLD_ADDRESS);
    await eraseDetails({ ctx: app.ctx, actor: yvonne, caseId: erased, reason: "verzoek bewoner" });
    const values = { address: "Nieuwelaan 6", reason: "verhuisd" };
    await rectifyDetails({ ctx: app.ctx, actor: anouk, caseId: rectified, values });
    setClock(app, new Date(MONDAY_10.getTime() + 731 * 86_400_000));
    expect((await purgeExpiredDetails({ ctx: app.ctx, retentionDays: 730 })).purged).toHaveLength(1);
  }, 90_000);
  afterAll(async () => {
    await app?.close();
    await withClient(server ?? "", (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  });

  it("leaves no row, live or dead, of the purged or erased case, nor the old value, that any held key opens", async () => {
    const raw = await rawTableBytes(urlOf(database));
    const gone = [...Object.values(PURGED), ...Object.values(ERASED), "PGCLOSENOTE", OLD_ADDRESS];
    for (const planted of gone) expect(raw.includes(planted), planted).toBe(false);
    const keyring = createMasterKeyring(Buffer.from(TEST_DATA_KEY, "base64"));
    const { caseIds, keys } = await reachableKeysOf(await createPrismaClient(urlOf(database)), keyring, raw);
    const opened = openEverything(raw, keys, caseIds).join("\n");
    for (const planted of gone) expect(opened.includes(planted), planted).toBe(false);
    // The control: the same search opens the kept case, its new address and its note.
    for (const planted of [KEPT.name, KEPT.note, "Nieuwelaan 6"]) expect(opened).toContain(planted);
  }, 60_000);

  it("erases while an older transaction still holds its snapshot, and the key table keeps no copy of the key", async () => {
    const ctx = must(app, "the app").ctx;
    const LATE = { name: "Lotte Late-Pg", story: "PGLATESTORY", note: "PGLATENOTE" };
    const caseId = await report(must(app, "the app"), LATE, "Lateweg 3");
    // Another instance's work (a sweep, say): a snapshot taken before the erasure, on a table other than the keys.
    await withClient(urlOf(database), async (held) => {
      await held.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
      await held.query('SELECT count(*) FROM "Case"');
      const erasing = eraseDetails({ ctx, actor: yvonne, caseId, reason: "verzoek bewoner" });
      // The key row is deleted (committed) while the snapshot still sees it; only then does the other work end.
      const keyRows = () =>
        withClient(urlOf(database), async (c) => {
          const rows = await c.query('SELECT 1 FROM "CaseKey" WHERE "caseId" = $1', [caseId]);
          return rows.rowCount;
        });
      await expect.poll(keyRows, { timeout: 20_000, interval: 50 }).toBe(0);
      await held.query("COMMIT");
      await erasing;
    });
    const raw = await rawTableBytes(urlOf(database));
    const keyring = createMasterKeyring(Buffer.from(TEST_DATA_KEY, "base64"));
    const { caseIds, keys } = await reachableKeysOf(await createPrismaClient(urlOf(database)), keyring, raw);
    const opened = openEverything(raw, keys, caseIds).join("\n");
    for (const planted of Object.values(LATE)) expect(opened.includes(planted), planted).toBe(false);
  }, 60_000);
});
