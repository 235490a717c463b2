// The Store port on Prisma: every use-case's writes run in one interactive transaction.
import type { Store, StoreTx } from "../../app/ports.ts";
import type { DirectSqlite } from "./batch-sql.ts";
import { type Db, type DbTx, directSqliteOf } from "./client.ts";
import { absenceStore } from "./absence-store.ts";
import { caseStore } from "./case-store.ts";
import { createChatStateStore } from "./chat-state-store.ts";
import { formSubmissionStore } from "./form-submission-store.ts";
import { inboxStore } from "./inbox-store.ts";
import { directoryReads } from "./directory-reads.ts";
import { outboxStore, outboxWrites } from "./outbox-store.ts";
import { reportReads } from "./report-reads.ts";
import { reachStore } from "./reach-store.ts";

/** The store port on one client or transaction (the region apply uses it to end absences in its transaction).
 * `direct`: on SQLite, the connection under the client, for the sweep's batch statements (batch-sql.ts). */
export function storeTx(db: DbTx, direct?: DirectSqlite): StoreTx {
  return {
    ...directoryReads(db),
    ...caseStore(db, direct),
    ...outboxWrites(db, direct),
    ...reportReads(db),
    ...absenceStore(db),
    ...reachStore(db),
  };
}

/**
 * After a purge, an erasure or a rectification: SQLite in WAL mode keeps older page versions (the wrapped case key
 * among them) in the -wal file until a checkpoint; TRUNCATE copies the current, zeroed pages into the database and
 * empties the file. PostgreSQL keeps a deleted or updated row as a dead row, whose bytes even a plain VACUUM may
 * leave in the page: VACUUM FULL rewrites the (small) key table, so no old wrapped key stays in it.
 */
async function releaseErased(db: Db): Promise<void> {
  // Prisma keeps the provider in a field its types do not declare; read it only where it is present.
  const provider = "_activeProvider" in db ? db._activeProvider : undefined;
  if (provider === "sqlite") await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  if (provider !== "postgresql") return;
  // VACUUM FULL copies a deleted row that an older transaction may still see (another instance's sweep, say): wait
  // until every transaction in this database that began before now has ended, so the wrapped key is not copied.
  const [{ since }] = await db.$queryRaw<[{ since: Date }]>`SELECT clock_timestamp() AS since`;
  for (let waited = 0; waited < OLDER_TRANSACTIONS_WAIT_MS; waited += 50) {
    const older = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
      AND backend_xmin IS NOT NULL AND xact_start < ${since}`;
    if (Number(older[0]?.n ?? 0) === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await db.$executeRawUnsafe('VACUUM FULL "CaseKey"');
}

/** How long an erasure waits for older transactions before rewriting the key table anyway (the next one rewrites
 *  it again). */
const OLDER_TRANSACTIONS_WAIT_MS = 30_000;

export function createPrismaStore(db: Db): Store {
  const direct = directSqliteOf(db);
  return {
    read: storeTx(db, direct),
    outbox: outboxStore(db),
    chat: createChatStateStore(db),
    forms: formSubmissionStore(db),
    inbox: inboxStore(db),
    transaction: (work) => db.$transaction((tx) => work(storeTx(tx, direct)), { timeout: 20_000, maxWait: 20_000 }),
    releaseErased: () => releaseErased(db),
  };
}
