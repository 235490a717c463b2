// The better-sqlite3 driver adapter, tuned when its connection opens: WAL (readers never wait for the writer),
// synchronous=NORMAL (one fsync per checkpoint, not per commit), a busy timeout instead of SQLITE_BUSY, and
// secure_delete (deleted rows are overwritten, not left in free pages: crypto-shredding, docs/privacy.md).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

/** How long a write waits for another connection's lock (the CLI, a second process) before failing. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

const PRAGMAS = [
  "journal_mode = WAL",
  "synchronous = NORMAL",
  `busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`,
  "secure_delete = ON",
];

export class TunedSqliteAdapter extends PrismaBetterSQLite3 {
  constructor(url: string) {
    super({ url, timeout: SQLITE_BUSY_TIMEOUT_MS });
  }

  override async connect() {
    const adapter = await super.connect();
    for (const pragma of PRAGMAS) await adapter.queryRaw({ sql: `PRAGMA ${pragma}`, args: [], argTypes: [] });
    return adapter;
  }
}
