// Runs the sweep's batch statements (claim, messages, deliveries, events): on SQLite straight on the connection that
// Prisma's adapter holds, so inside the same transaction, as prepared statements kept per SQL text; on PostgreSQL
// (or when the connection cannot be reached) through Prisma. The SQL is the same either way (json-rows.ts).
import type { Prisma } from "../../generated/prisma/client.ts";
import type { DbTx } from "./client.ts";
import { type Dialect, dialectOf } from "./json-rows.ts";
import type { StatementListener } from "./sqlite-adapter.ts";

/** The little of better-sqlite3 this needs (it ships no types; the adapter's connection is one of these). */
export interface SqliteStatement {
  run(...values: unknown[]): { changes: number };
  all(...values: unknown[]): unknown[];
  safeIntegers(on: boolean): SqliteStatement;
}
export interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}

/** The adapter's own connection, told to the statement listener like every other statement. */
export interface DirectSqlite {
  connection(): SqliteConnection | undefined;
  onStatement?: StatementListener;
}

/** Rows as better-sqlite3 returns them: one object per row, values as SQLite holds them (dates as text). */
export type SqliteRows = (sql: Prisma.Sql) => Record<string, unknown>[];

export interface BatchSql {
  dialect: Dialect;
  query<T>(sql: Prisma.Sql): Promise<T[]>;
  execute(sql: Prisma.Sql): Promise<number>;
  /** Only on SQLite's own connection, once Prisma opened it: a read that skips Prisma (direct-reads.ts shapes rows). */
  sqliteRows(): SqliteRows | undefined;
}

/** Prepared statements per connection: a batch's SQL text does not depend on its size (one JSON parameter). */
const prepared = new WeakMap<SqliteConnection, Map<string, SqliteStatement>>();

function statementOn(connection: SqliteConnection, sql: string): SqliteStatement {
  const statements = prepared.get(connection) ?? new Map<string, SqliteStatement>();
  prepared.set(connection, statements);
  // Integers as numbers, as Prisma returns our Int columns (the adapter's connection defaults to BigInt).
  const statement = statements.get(sql) ?? connection.prepare(sql).safeIntegers(false);
  statements.set(sql, statement);
  return statement;
}

export function batchSql(db: DbTx, direct: DirectSqlite | undefined): BatchSql {
  const dialect = dialectOf(db);
  // Looked up at each call: Prisma opens the connection on its first query, after this store was made.
  const connection = () => (dialect === "sqlite" ? direct?.connection() : undefined);
  const prepare = (on: SqliteConnection, sql: Prisma.Sql) => {
    direct?.onStatement?.(sql.sql, "direct");
    return statementOn(on, sql.sql);
  };
  return {
    dialect,
    async query<T>(sql: Prisma.Sql) {
      const on = connection();
      return on ? (prepare(on, sql).all(...sql.values) as T[]) : db.$queryRaw<T[]>(sql);
    },
    async execute(sql) {
      const on = connection();
      return on ? prepare(on, sql).run(...sql.values).changes : db.$executeRaw(sql);
    },
    sqliteRows() {
      const on = connection();
      return on && ((sql) => prepare(on, sql).all(...sql.values) as Record<string, unknown>[]);
    },
  };
}
