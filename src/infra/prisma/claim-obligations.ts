// The sweep's claim: due obligations moved up the ladder in one UPDATE per batch, each only while it still matches
// what the sweep read (open, at that level, with that deadline). The rows it returns are this sweep's to fire.
import type { ObligationClaim } from "../../app/ports.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { BatchSql } from "./batch-sql.ts";
import { type JsonColumns, jsonRows, sqlTimestamp } from "./json-rows.ts";

const COLUMNS: JsonColumns = [
  ["id", "text"],
  ["ladderLevel", "integer"],
  ["dueAt", "timestamp"],
  ["reached", "integer"],
  ["nextActionAt", "timestamp"],
];

/** The ids claimed: an obligation another sweep or a person changed since it was read is left out. */
export async function claimObligations(sql: BatchSql, claims: readonly ObligationClaim[]): Promise<Set<string>> {
  if (claims.length === 0) return new Set();
  const rows = claims.map(({ id, ladderLevel, dueAt, reached, nextActionAt }) => ({
    id,
    ladderLevel,
    dueAt: sqlTimestamp(dueAt),
    reached,
    nextActionAt: nextActionAt && sqlTimestamp(nextActionAt),
  }));
  // One statement and one bound parameter for the whole batch (json-rows.ts), the same guard per obligation.
  const ids = await sql.query<{ id: string }>(Prisma.sql`
    WITH ${jsonRows(sql.dialect, "c", COLUMNS, rows)}
    UPDATE "Obligation" SET "ladderLevel" = c."reached", "nextActionAt" = c."nextActionAt"
    FROM c
    WHERE "Obligation"."id" = c."id" AND "Obligation"."status" = 'open'
      AND "Obligation"."ladderLevel" = c."ladderLevel" AND "Obligation"."dueAt" = c."dueAt"
    RETURNING "Obligation"."id"`);
  return new Set(ids.map(({ id }) => id));
}
