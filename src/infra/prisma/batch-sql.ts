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
}
export interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}

/** The adapter's own connection, told to the statement listener like every other statement. */
export interface DirectSqlite {
  connection(): SqliteConnection | undefined;
  onStatement?: StatementListener;
}

export interface BatchSql {
  dialect: Dialect;
  query<T>(sql: Prisma.Sql): Promise<T[]>;
  execute(sql: Prisma.Sql): Promise<number>;
}

/** Prepared statements per connection: a batch's SQL text does not depend on its size (one JSON parameter). */
const prepared = new WeakMap<SqliteConnection, Map<string, SqliteStatement>>();

function statementOn(connection: SqliteConnection, sql: string): SqliteStatement {
  const statements = prepared.get(connection) ?? new Map<string, SqliteStatement>();
  prepared.set(connection, statements);
  const statement = statements.get(sql) ?? connection.prepare(sql);
  statements.set(sql, statement);
  return statement;
}

export function batchSql(db: DbTx, direct: DirectSqlite | undefined): BatchSql {
  const dialect = dialectOf(db);
  const connection = dialect === "sqlite" ? direct?.connection() : undefined;
  if (!connection)
    return {
      dialect,
      query: <T>(sql: Prisma.Sql) => db.$queryRaw<T[]>(sql),
      execute: (sql) => db.$executeRaw(sql),
    };
  const run = (sql: Prisma.Sql) => {
    direct?.onStatement?.(sql.sql);
    return statementOn(connection, sql.sql);
  };
  return {
    dialect,
    query: async <T>(sql: Prisma.Sql) => run(sql).all(...sql.values) as T[],
    execute: async (sql) => run(sql).run(...sql.values).changes,
  };
}
