// The sweep's two reads per batch (the due obligations, then their cases) straight from SQLite's connection
// (batch-sql.ts), with rows shaped as Prisma shapes them: Prisma's client cost more than SQLite to read them.
// test/infra/direct-reads.test.ts reads the same rows both ways and compares them.
import { Prisma } from "../../generated/prisma/client.ts";
import type { SqliteRows } from "./batch-sql.ts";
import { sqlTimestamp } from "./json-rows.ts";

type Row = Record<string, unknown>;

const OBLIGATION_TEXT = ["id", "caseId", "stepId", "partyId", "organisationId", "status", "doneById"];
const OBLIGATION_DATES = ["startedAt", "dueAt", "nextActionAt", "doneAt"];
const CASE_TEXT = [
  "id",
  "reference",
  "flowId",
  "flowVersionId",
  "municipalityId",
  "status",
  "currentStepId",
  "publicValues",
  "outcome",
  "reportedById",
  "platform",
  "householdKey",
  "linkedCaseId",
];
const CASE_DATES = ["reportedAt", "closedAt"];

const columns = (...names: string[][]) =>
  Prisma.raw(
    names
      .flat()
      .map((name) => `"${name}"`)
      .join(", "),
  );

/** A DateTime column as Prisma reads it: ISO 8601 text (or epoch milliseconds) to a Date; null stays null. */
function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return new Date(typeof value === "bigint" ? Number(value) : (value as string | number));
}

function withDates<T>(row: Row, dates: readonly string[]): T {
  for (const name of dates) row[name] = toDate(row[name]);
  return row as T;
}

/** Open obligations whose next rung is due, earliest first (the same query Prisma ran, on the same index). */
export function dueObligationRows<T>(rows: SqliteRows, now: Date, limit: number): T[] {
  const due = rows(Prisma.sql`
    SELECT ${columns(OBLIGATION_TEXT, OBLIGATION_DATES, ["ladderLevel"])} FROM "Obligation"
    WHERE "status" = 'open' AND "nextActionAt" <= ${sqlTimestamp(now)}
    ORDER BY "nextActionAt" ASC LIMIT ${limit}`);
  return due.map((row) => withDates<T>(row, OBLIGATION_DATES));
}

/** The cases with these ids (their public values still JSON text, as Prisma returns them). */
export function caseRows<T>(rows: SqliteRows, ids: readonly string[]): T[] {
  const found = rows(Prisma.sql`
    SELECT ${columns(CASE_TEXT, CASE_DATES, ["level", "revision"])} FROM "Case"
    WHERE "id" IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`);
  return found.map((row) => withDates<T>(row, CASE_DATES));
}
