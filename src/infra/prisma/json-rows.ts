// A batch of rows as one JSON parameter that the database unpacks (SQLite json_each, PostgreSQL json_to_recordset):
// Prisma's client and query compiler cost about as much per bound parameter as SQLite costs per row, so a batch's
// writes bind one parameter per statement instead of one per value.
import { Prisma } from "../../generated/prisma/client.ts";
import type { DbTx } from "./client.ts";

/** SQLite or PostgreSQL: the SQL differs only where the database unpacks JSON or needs types spelled out. */
export type Dialect = "sqlite" | "postgresql";

export function dialectOf(db: DbTx): Dialect {
  const provider = (db as { _activeProvider?: string })._activeProvider;
  return provider === "postgresql" ? "postgresql" : "sqlite";
}

/** A DateTime as both databases compare it: the text Prisma's SQLite adapter stores (ISO 8601 with +00:00), which
 * PostgreSQL reads as the same UTC instant in a `timestamp(3)` column (it ignores the offset there). */
export const sqlTimestamp = (at: Date): string => at.toISOString().replace("Z", "+00:00");

export type JsonColumnType = "text" | "integer" | "timestamp";
export type JsonColumns = readonly (readonly [name: string, type: JsonColumnType])[];

const POSTGRES_TYPES: Record<JsonColumnType, string> = {
  text: "text",
  integer: "integer",
  timestamp: "timestamp(3)",
};

/**
 * `rows` as a common table expression named `alias` with these columns plus `"ord"`, each row's place in the list
 * (an INSERT … SELECT … ORDER BY keeps their order): `WITH ${jsonRows(…)} UPDATE/INSERT …`. MATERIALIZED makes
 * both planners read the few rows first and look each one up by key (without it SQLite scanned the obligations by
 * status and unpacked the JSON once per open obligation). Values: strings, integers, null, and timestamps as
 * `sqlTimestamp` text. Column names come from our code, never from input.
 */
export function jsonRows(
  dialect: Dialect,
  alias: string,
  columns: JsonColumns,
  rows: readonly Record<string, string | number | null>[],
): Prisma.Sql {
  const json = JSON.stringify(rows);
  const name = Prisma.raw(`"${alias}"`);
  if (dialect === "sqlite") {
    const list = Prisma.raw(columns.map(([column]) => `value ->> '${column}' AS "${column}"`).join(", "));
    return Prisma.sql`${name} AS MATERIALIZED (SELECT ${list}, key AS "ord" FROM json_each(${json}))`;
  }
  // A record-returning function takes its column types in ROWS FROM when it also numbers its rows.
  const types = Prisma.raw(columns.map(([column, type]) => `"${column}" ${POSTGRES_TYPES[type]}`).join(", "));
  const names = Prisma.raw(`r(${columns.map(([column]) => `"${column}"`).join(", ")}, "ord")`);
  const recordset = Prisma.sql`json_to_recordset(CAST(${json} AS json)) AS (${types})`;
  const unpack = Prisma.sql`ROWS FROM (${recordset}) WITH ORDINALITY AS ${names}`;
  return Prisma.sql`${name} AS MATERIALIZED (SELECT * FROM ${unpack})`;
}
