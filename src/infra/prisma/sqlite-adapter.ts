// The better-sqlite3 driver adapter, tuned when its connection opens: WAL (readers never wait for the writer),
// synchronous=NORMAL (one fsync per checkpoint, not per commit), a busy timeout instead of SQLITE_BUSY, and
// secure_delete (deleted rows are overwritten, not left in free pages: crypto-shredding, docs/privacy.md).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { DirectSqlite, SqliteConnection } from "./batch-sql.ts";

/** How long a write waits for another connection's lock (the CLI, a second process) before failing. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** Told every SQL statement the connection runs (BEGIN and COMMIT included): the sweep's statement budget. "direct":
 * run straight on the connection (batch-sql.ts), not through Prisma's client. */
export type StatementListener = (sql: string, route: "prisma" | "direct") => void;

type SqlDriverAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
export type SqlQueryable = Pick<SqlDriverAdapter, "queryRaw" | "executeRaw">;

const PRAGMAS = [
  "journal_mode = WAL",
  "synchronous = NORMAL",
  `busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`,
  "secure_delete = ON",
];

function listen<T extends SqlQueryable>(queryable: T, onStatement: StatementListener): T {
  const query = queryable.queryRaw.bind(queryable);
  const execute = queryable.executeRaw.bind(queryable);
  queryable.queryRaw = (q) => {
    onStatement(q.sql, "prisma");
    return query(q);
  };
  queryable.executeRaw = (q) => {
    onStatement(q.sql, "prisma");
    return execute(q);
  };
  return queryable;
}

function listenToAll(adapter: SqlDriverAdapter, onStatement: StatementListener): SqlDriverAdapter {
  const start = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolation) => {
    onStatement("BEGIN", "prisma"); // the driver runs BEGIN itself, not through queryRaw
    return listen(await start(isolation), onStatement);
  };
  return listen(adapter, onStatement);
}

/** The better-sqlite3 connection inside the adapter: a field its types do not declare, so checked, not assumed. */
function connectionOf(adapter: SqlDriverAdapter): SqliteConnection | undefined {
  const client: unknown = "client" in adapter ? adapter.client : undefined;
  const usable = typeof client === "object" && client !== null && "prepare" in client;
  return usable && typeof client.prepare === "function" ? (client as SqliteConnection) : undefined;
}

export class TunedSqliteAdapter extends PrismaBetterSQLite3 {
  readonly #onStatement: StatementListener | undefined;
  #adapterConnection: SqlDriverAdapter | null = null;
  #connection: SqliteConnection | undefined;

  constructor(url: string, onStatement?: StatementListener) {
    super({ url, timeout: SQLITE_BUSY_TIMEOUT_MS });
    this.#onStatement = onStatement;
  }

  override async connect() {
    const adapter = await super.connect();
    for (const pragma of PRAGMAS) await adapter.queryRaw({ sql: `PRAGMA ${pragma}`, args: [], argTypes: [] });
    this.#connection = connectionOf(adapter);
    this.#adapterConnection = this.#onStatement ? listenToAll(adapter, this.#onStatement) : adapter;
    return this.#adapterConnection;
  }

  /** The open connection (once Prisma has connected), for statements that must skip Prisma's query compiler. */
  get connection(): SqlQueryable | null {
    return this.#adapterConnection;
  }

  /** The connection Prisma runs on (after it connected), for the sweep's batch statements (batch-sql.ts). */
  direct(): DirectSqlite {
    return { connection: () => this.#connection, onStatement: this.#onStatement };
  }
}
