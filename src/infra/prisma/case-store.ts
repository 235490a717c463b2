// Cases, parties, obligations, the append-only timeline and the sealed resident details.
import { required } from "../../domain/required.ts";
import type {
  CaseEventInput,
  CaseEventRecord,
  CaseRecord,
  CaseReads,
  ObligationRecord,
  StoreTx,
} from "../../app/ports.ts";
import { randomUUID } from "node:crypto";
import { Prisma } from "../../generated/prisma/client.ts";
import { type BatchSql, batchSql, type DirectSqlite } from "./batch-sql.ts";
import type { DbTx } from "./client.ts";
import { claimObligations } from "./claim-obligations.ts";
import { caseRows, dueObligationRows } from "./direct-reads.ts";
import { type JsonColumns, jsonRows, sqlTimestamp } from "./json-rows.ts";

type CaseWrites = Pick<
  StoreTx,
  | "casesOfHousehold"
  | "householdCasesSince"
  | "saveCaseDate"
  | "setCaseFlag"
  | "clearCaseFlag"
  | "nextSequence"
  | "saveFlowVersion"
  | "createCase"
  | "updateCase"
  | "addParties"
  | "createObligations"
  | "updateObligation"
  | "claimObligations"
  | "appendEvent"
  | "appendEvents"
  | "saveResidentDetails"
  | "claimRequest"
  | "caseKey"
  | "saveCaseKey"
  | "resealCase"
>;

type CaseRow = Omit<CaseRecord, "publicValues" | "status" | "platform"> & {
  publicValues: string;
  status: string;
  platform: string;
};
const toCase = (row: CaseRow | null): CaseRecord | null =>
  row
    ? {
        ...row,
        publicValues: JSON.parse(row.publicValues),
        status: row.status as CaseRecord["status"],
        platform: row.platform as CaseRecord["platform"],
      }
    : null;
type ObligationRow = Omit<ObligationRecord, "status"> & { status: string };
const toObligation = (row: ObligationRow): ObligationRecord => ({
  ...row,
  status: row.status as ObligationRecord["status"],
});
const toEvent = (
  row: Omit<CaseEventRecord, "data" | "platform"> & { data: string; platform: string | null },
): CaseEventRecord => ({ ...row, data: JSON.parse(row.data), platform: row.platform as CaseEventRecord["platform"] });

const EVENT_COLUMNS: JsonColumns = [
  ["id", "text"],
  ["caseId", "text"],
  ["n", "integer"],
  ["at", "timestamp"],
  ["type", "text"],
  ["actorId", "text"],
  ["platform", "text"],
  ["partyId", "text"],
  ["data", "text"],
  ["sealed", "text"],
];

/**
 * One statement however many events: each gets its case's last seq plus its place among this call's events of that
 * case. The last seq is read in the same statement (SQLite runs the SELECT to the end before it inserts when it reads
 * the table it writes; PostgreSQL's subquery sees the table as it was when the statement began). Nothing read back.
 */
async function appendEvents(sql: BatchSql, events: readonly CaseEventInput[]): Promise<void> {
  if (events.length === 0) return;
  const counts = new Map<string, number>();
  const rows = events.map((e) => {
    const n = (counts.get(e.caseId) ?? 0) + 1;
    counts.set(e.caseId, n);
    const { caseId, type, actorId, platform, partyId, sealed } = e;
    const data = JSON.stringify(e.data);
    return { id: randomUUID(), caseId, n, at: sqlTimestamp(e.at), type, actorId, platform, partyId, data, sealed };
  });
  await sql.execute(Prisma.sql`
    WITH ${jsonRows(sql.dialect, "e", EVENT_COLUMNS, rows)}
    INSERT INTO "CaseEvent" ("id", "caseId", "seq", "at", "type", "actorId", "platform", "partyId", "data", "sealed")
    SELECT e."id", e."caseId",
      COALESCE((SELECT MAX(l."seq") FROM "CaseEvent" l WHERE l."caseId" = e."caseId"), 0) + e."n",
      e."at", e."type", e."actorId", e."platform", e."partyId", e."data", e."sealed"
    FROM e ORDER BY e."ord"`);
}

export function caseStore(db: DbTx, direct?: DirectSqlite): CaseReads & CaseWrites {
  const sql = batchSql(db, direct);
  return {
    case: async (id) => toCase(await db.case.findUnique({ where: { id } })),
    cases: async (ids) => {
      if (ids.length === 0) return [];
      const direct = sql.sqliteRows();
      const rows = direct
        ? caseRows<CaseRow>(direct, ids)
        : await db.case.findMany({ where: { id: { in: [...ids] } } });
      return rows.flatMap((row) => toCase(row) ?? []);
    },
    caseByReference: async (reference) => toCase(await db.case.findUnique({ where: { reference } })),
    parties: (caseId) => db.caseParty.findMany({ where: { caseId } }),
    obligations: async (caseId) =>
      (await db.obligation.findMany({ where: { caseId }, orderBy: [{ startedAt: "asc" }, { partyId: "asc" }] })).map(
        toObligation,
      ),
    events: async (caseId) =>
      (await db.caseEvent.findMany({ where: { caseId }, orderBy: { seq: "asc" } })).map(toEvent),
    residentDetails: (caseId) =>
      db.residentDetails.findUnique({ where: { caseId }, select: { sealed: true, legalBasis: true } }),
    dueObligations: async (now, limit) => {
      const direct = sql.sqliteRows();
      return (
        direct
          ? dueObligationRows<ObligationRow>(direct, now, limit)
          : await db.obligation.findMany({
              where: { status: "open", nextActionAt: { lte: now } },
              orderBy: { nextActionAt: "asc" },
              take: limit,
            })
      ).map(toObligation);
    },
    openObligationsOfOrganisations: async (ids) =>
      (
        await db.obligation.findMany({
          where: { status: "open", organisationId: { in: ids } },
          orderBy: { dueAt: "asc" },
        })
      ).map(toObligation),
    flowDefinition: async (id) => (await db.flowVersion.findUnique({ where: { id } }))?.definition ?? null,
    caseDates: (caseId) => db.caseDate.findMany({ where: { caseId }, orderBy: { date: "asc" } }),
    caseDatesBetween: (from, to) =>
      db.caseDate.findMany({ where: { date: { gte: from, lt: to } }, orderBy: { date: "asc" } }),
    caseFlags: async (caseId) => (await db.caseFlag.findMany({ where: { caseId } })).map((f) => f.flag),
    householdCases: async (householdKey) =>
      (await db.case.findMany({ where: { householdKey }, orderBy: { reportedAt: "asc" } })).flatMap((row) => {
        const c = toCase(row);
        return c ? [c] : [];
      }),
    async saveCaseDate(record) {
      const key = { caseId: record.caseId, key: record.key };
      await db.caseDate.upsert({
        where: { caseId_key: key },
        create: record,
        update: { date: record.date, enteredById: record.enteredById, enteredAt: record.enteredAt },
      });
    },
    async setCaseFlag(caseId, flag, setById, setAt) {
      if (await db.caseFlag.findUnique({ where: { caseId_flag: { caseId, flag } } })) return false;
      await db.caseFlag.create({ data: { caseId, flag, setById, setAt } });
      return true;
    },
    async clearCaseFlag(caseId, flag) {
      return (await db.caseFlag.deleteMany({ where: { caseId, flag } })).count === 1;
    },

    async nextSequence(key) {
      const row = await db.counter.upsert({
        where: { key },
        create: { key, value: 1 },
        update: { value: { increment: 1 } },
      });
      return row.value;
    },
    async saveFlowVersion({ flowId, version, hash, definition }) {
      const row = await db.flowVersion.upsert({
        where: { hash },
        create: { flowId, version, hash, definition },
        update: {},
      });
      return row.id;
    },
    createCase: async (input) =>
      required(
        toCase(await db.case.create({ data: { ...input, publicValues: JSON.stringify(input.publicValues) } })),
        "the case just created",
      ),
    casesOfHousehold: async (householdKey) =>
      (await db.case.findMany({ where: { householdKey, status: "open" }, orderBy: { reportedAt: "desc" } })).map(
        (row) => required(toCase(row), "a case row"),
      ),
    householdCasesSince: async (householdKey, since) =>
      (
        await db.case.findMany({
          where: { householdKey, OR: [{ closedAt: null }, { closedAt: { gte: since } }] },
          orderBy: { reportedAt: "desc" },
        })
      ).flatMap((row) => {
        const c = toCase(row);
        return c ? [c] : [];
      }),
    async updateCase(id, expectedRevision, patch) {
      const result = await db.case.updateMany({
        where: { id, revision: expectedRevision },
        data: { ...patch, revision: { increment: 1 } },
      });
      return result.count === 1;
    },
    async addParties(parties) {
      for (const p of parties) await db.caseParty.create({ data: p });
    },
    async createObligations(list) {
      const created: ObligationRecord[] = [];
      for (const o of list) created.push(toObligation(await db.obligation.create({ data: o })));
      return created;
    },
    async updateObligation(id, guard, patch) {
      const result = await db.obligation.updateMany({ where: { id, ...guard }, data: patch });
      return result.count === 1;
    },
    claimObligations: (claims) => claimObligations(sql, claims),
    appendEvent: (event) => appendEvents(sql, [event]),
    appendEvents: (events) => appendEvents(sql, events),
    caseKey: (caseId) => db.caseKey.findUnique({ where: { caseId }, select: { wrapped: true, masterKeyId: true } }),
    async saveCaseKey(caseId, key, at) {
      await db.caseKey.create({ data: { caseId, ...key, createdAt: at } });
    },
    async resealCase(caseId, { key, details, events, householdKey }) {
      // Updated in place: with secure_delete (SQLite) the old cells are overwritten; the old key is gone either way.
      await db.caseKey.update({ where: { caseId }, data: key });
      if (details !== null) await db.residentDetails.update({ where: { caseId }, data: { sealed: details } });
      for (const e of events) await db.caseEvent.update({ where: { id: e.id }, data: { sealed: e.sealed } });
      if (householdKey !== undefined) await db.case.update({ where: { id: caseId }, data: { householdKey } });
    },
    async saveResidentDetails(input) {
      await db.residentDetails.create({ data: input });
    },
    async claimRequest(key, at) {
      if (await db.processedRequest.findUnique({ where: { key } })) return false;
      try {
        await db.processedRequest.create({ data: { key, createdAt: at } });
        return true;
      } catch (error) {
        // Two deliveries of the same request at once: the second insert hits the primary key.
        if ((error as { code?: string }).code === "P2002") return false;
        throw error;
      }
    },
  };
}
