// Region-wide reads for the weekly digest, the export and retention; each query goes by an index
// (municipality and status, reported/closed time) and selects structured columns only.
import type { CaseEventRecord, CaseRecord, ObligationRecord, ReportReads, StoreTx } from "../../app/ports.ts";
import type { DigestEvent } from "../../domain/digest/digest-types.ts";
import type { DbTx } from "./client.ts";

type CaseRow = Omit<CaseRecord, "publicValues" | "status" | "platform"> & {
  publicValues: string;
  status: string;
  platform: string;
};
const toCase = (row: CaseRow): CaseRecord => ({
  ...row,
  publicValues: JSON.parse(row.publicValues),
  status: row.status as CaseRecord["status"],
  platform: row.platform as CaseRecord["platform"],
});
const toObligation = (row: Omit<ObligationRecord, "status"> & { status: string }): ObligationRecord => ({
  ...row,
  status: row.status as ObligationRecord["status"],
});

const openDuring = (municipalityIds: string[], since: Date, until: Date) => ({
  municipalityId: { in: municipalityIds },
  reportedAt: { lt: until },
  OR: [{ closedAt: null }, { closedAt: { gte: since } }],
});

function toDigestEvent(row: {
  caseId: string;
  type: string;
  at: Date;
  partyId: string | null;
  data: string;
}): DigestEvent {
  const data = JSON.parse(row.data) as Record<string, unknown>;
  return {
    caseId: row.caseId,
    type: row.type,
    at: row.at,
    partyId: row.partyId,
    level: typeof data.level === "number" ? data.level : null,
    levelId: typeof data.level === "string" ? data.level : null,
    stepId: typeof data.stepId === "string" ? data.stepId : null,
    notify: typeof data.notify === "string" ? data.notify : null,
    event: typeof data.event === "string" ? data.event : null,
  };
}

export function reportReads(db: DbTx): ReportReads & Pick<StoreTx, "shredCase"> {
  return {
    async digestCases(municipalityIds, since, until) {
      const rows = await db.case.findMany({
        where: openDuring(municipalityIds, since, until),
        select: {
          id: true,
          reference: true,
          flowId: true,
          municipalityId: true,
          status: true,
          currentStepId: true,
          outcome: true,
          reportedAt: true,
          closedAt: true,
        },
      });
      return rows.map((r) => ({ ...r, status: r.status as "open" | "closed" }));
    },
    async digestObligations(municipalityIds, since, until) {
      const rows = await db.obligation.findMany({
        where: { case: openDuring(municipalityIds, since, until), OR: [{ doneAt: null }, { doneAt: { gte: since } }] },
        select: {
          caseId: true,
          stepId: true,
          partyId: true,
          organisationId: true,
          status: true,
          startedAt: true,
          dueAt: true,
          doneAt: true,
        },
      });
      return rows.map((r) => ({ ...r, status: r.status as "open" | "done" | "cancelled" }));
    },
    async digestEvents(municipalityIds, types, from, to) {
      const rows = await db.caseEvent.findMany({
        where: { type: { in: types }, at: { gte: from, lt: to }, case: { municipalityId: { in: municipalityIds } } },
        select: { caseId: true, type: true, at: true, partyId: true, data: true },
      });
      return rows.map(toDigestEvent);
    },
    async digestDates(municipalityIds, from, to) {
      return db.caseDate.findMany({
        where: { date: { gte: from, lt: to }, case: { municipalityId: { in: municipalityIds }, status: "open" } },
        select: { caseId: true, key: true, date: true },
        orderBy: { date: "asc" },
      });
    },
    async casesReportedBetween(from, to) {
      const cases = (
        await db.case.findMany({ where: { reportedAt: { gte: from, lt: to } }, orderBy: { reportedAt: "asc" } })
      ).map(toCase);
      const obligations = (
        await db.obligation.findMany({
          where: { case: { reportedAt: { gte: from, lt: to } } },
          orderBy: [{ caseId: "asc" }, { startedAt: "asc" }, { partyId: "asc" }],
        })
      ).map(toObligation);
      return { cases, obligations };
    },
    async casesForOverview(municipalityIds, closedSince, limit) {
      const where = {
        municipalityId: { in: municipalityIds },
        OR: [{ status: "open" }, { closedAt: { gte: closedSince } }],
      };
      const cases = (await db.case.findMany({ where, orderBy: { reportedAt: "desc" }, take: limit })).map(toCase);
      const obligations = (
        await db.obligation.findMany({
          where: { caseId: { in: cases.map((c) => c.id) }, status: "open" },
          orderBy: [{ dueAt: "asc" }, { partyId: "asc" }],
        })
      ).map(toObligation);
      return { cases, obligations };
    },
    async casesWithDetailsClosedBefore(cutoff, limit) {
      const rows = await db.case.findMany({
        where: { status: "closed", closedAt: { lt: cutoff }, details: { isNot: null } },
        orderBy: { closedAt: "asc" },
        take: limit,
      });
      return rows.map(toCase);
    },
    async eventsOfTypesBetween(types, from, to) {
      const rows = await db.caseEvent.findMany({
        where: { type: { in: types }, at: { gte: from, lt: to } },
        orderBy: [{ at: "asc" }, { seq: "asc" }],
      });
      return rows.map((row) => ({
        ...row,
        data: JSON.parse(row.data) as Record<string, unknown>,
        platform: row.platform as CaseEventRecord["platform"],
      }));
    },
    async shredCase(caseId, { keepPublicValues, scrubEventTypes }) {
      // The key first: whatever copy of the sealed data survives elsewhere (free pages, backups) is then unreadable.
      await db.caseKey.deleteMany({ where: { caseId } });
      const deleted = (await db.residentDetails.deleteMany({ where: { caseId } })).count === 1;
      // Notes, reasons and motivations are personal too, and dates and the household fingerprint point to people:
      // the timeline keeps what happened, not what was written or when the household's hearing was.
      await db.caseEvent.updateMany({ where: { caseId, NOT: { sealed: null } }, data: { sealed: null } });
      await db.caseEvent.updateMany({ where: { caseId, type: { in: scrubEventTypes } }, data: { data: "{}" } });
      await db.caseDate.deleteMany({ where: { caseId } });
      const publicValues = JSON.stringify(keepPublicValues);
      await db.case.update({ where: { id: caseId }, data: { householdKey: null, publicValues } });
      return deleted;
    },
  };
}
