// The sweep's claim: due obligations moved up the ladder in one UPDATE per batch, each only while it still matches
// what the sweep read (open, at that level, with that deadline). The rows it returns are this sweep's to fire.
import type { ObligationClaim } from "../../app/ports.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { DbTx } from "./client.ts";

/** Claims per statement: 5 bound values each, far inside both databases' limits. */
const CHUNK = 500;

/** SQLite or PostgreSQL: the one difference is that PostgreSQL needs the VALUES list's types spelled out. */
export type Dialect = "sqlite" | "postgresql";

export function dialectOf(db: DbTx): Dialect {
  const provider = (db as { _activeProvider?: string })._activeProvider;
  return provider === "postgresql" ? "postgresql" : "sqlite";
}

function valuesRow(claim: ObligationClaim, dialect: Dialect): Prisma.Sql {
  const { id, ladderLevel, dueAt, reached, nextActionAt } = claim;
  if (dialect === "sqlite") return Prisma.sql`(${id}, ${ladderLevel}, ${dueAt}, ${reached}, ${nextActionAt})`;
  return Prisma.sql`(CAST(${id} AS TEXT), CAST(${ladderLevel} AS INTEGER), CAST(${dueAt} AS TIMESTAMP(3)),
    CAST(${reached} AS INTEGER), CAST(${nextActionAt} AS TIMESTAMP(3)))`;
}

/** The ids claimed: an obligation another sweep or a person changed since it was read is left out. */
export async function claimObligations(db: DbTx, claims: readonly ObligationClaim[]): Promise<Set<string>> {
  const claimed = new Set<string>();
  const dialect = dialectOf(db);
  for (let i = 0; i < claims.length; i += CHUNK) {
    const rows = claims.slice(i, i + CHUNK).map((claim) => valuesRow(claim, dialect));
    // VALUES columns are named column1…column5 on both databases.
    const ids = await db.$queryRaw<{ id: string }[]>`
      UPDATE "Obligation" SET "ladderLevel" = c.column4, "nextActionAt" = c.column5
      FROM (VALUES ${Prisma.join(rows)}) AS c
      WHERE "Obligation"."id" = c.column1 AND "Obligation"."status" = 'open'
        AND "Obligation"."ladderLevel" = c.column2 AND "Obligation"."dueAt" = c.column3
      RETURNING "Obligation"."id"`;
    for (const { id } of ids) claimed.add(id);
  }
  return claimed;
}
