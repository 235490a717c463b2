// The benchmark's data: open cases with a few due obligations (sweep), and a year of a large region (digest).
import { required } from "../src/domain/required.ts";
import type { AppContext } from "../src/app/context.ts";
import type { Db } from "../src/infra/prisma/client.ts";
import {
  insertAll,
  MUNICIPALITIES,
  organisationOf,
  PARTIES,
  publicValues,
  random,
  type BulkRows,
} from "./seed-bulk.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const empty = (): BulkRows => ({ cases: [], parties: [], obligations: [], events: [] });

function addCase(rows: BulkRows, ctx: AppContext, i: number, reportedAt: Date, prefix = "OV") {
  const m = required(MUNICIPALITIES[i % MUNICIPALITIES.length], "a bench municipality");
  const id = `bench-${i}`;
  rows.cases.push({
    id,
    reference: `${prefix}-${reportedAt.getUTCFullYear()}-${String(i + 1).padStart(6, "0")}`,
    flowId: "overlast",
    flowVersionId: required(ctx.flows.current("overlast"), "the overlast flow").versionId,
    municipalityId: m.id,
    status: "open",
    currentStepId: "acknowledge",
    publicValues: publicValues(m.id, i),
    reportedById: "femke-de-wit",
    reportedAt,
    platform: "local",
  });
  for (const party of PARTIES)
    rows.parties.push({ caseId: id, partyId: party, organisationId: organisationOf(m, party) });
  rows.events.push({
    caseId: id,
    seq: 1,
    at: reportedAt,
    type: "case.reported",
    actorId: "femke-de-wit",
    platform: "local",
    data: JSON.stringify({ flowId: "overlast", flowVersion: 1 }),
  });
  return { id, m };
}

/** Open cases waiting for acknowledgement; `due` of their obligations passed their deadline yesterday. */
export async function seedSweepCases(
  db: Db,
  ctx: AppContext,
  { cases, due, now }: { cases: number; due: number; now: Date },
  write: (rows: BulkRows) => Promise<void> | void = (rows) => insertAll(db, rows),
) {
  const rows = empty();
  const next = random(7);
  let dueLeft = due;
  for (let i = 0; i < cases; i++) {
    const isDue = i % Math.floor(cases / due) === 0 && dueLeft-- > 0;
    const reportedAt = new Date(now.getTime() - (isDue ? 2 : 0) * DAY - Math.floor(next() * 6 * HOUR));
    const { id, m } = addCase(rows, ctx, i, reportedAt);
    PARTIES.forEach((party, k) => {
      const dueAt =
        isDue && k === 0
          ? new Date(now.getTime() - 17 * HOUR)
          : new Date(now.getTime() + (1 + Math.floor(next() * 9)) * DAY);
      rows.obligations.push({
        caseId: id,
        stepId: "acknowledge",
        partyId: party,
        organisationId: organisationOf(m, party),
        status: "open",
        startedAt: reportedAt,
        dueAt,
        ladderLevel: 0,
        nextActionAt: dueAt,
      });
    });
  }
  await write(rows);
  return { cases, obligations: rows.obligations.length, due };
}

/** A year of cases: most acknowledged and closed, some reminded and escalated, a fifth still open. */
export async function seedYearOfCases(db: Db, ctx: AppContext, { cases, now }: { cases: number; now: Date }) {
  const rows = empty();
  const next = random(11);
  let open = 0;
  for (let i = 0; i < cases; i++) {
    const reportedAt = new Date(now.getTime() - Math.floor(next() * 365 * DAY));
    const { id, m } = addCase(rows, ctx, i, reportedAt);
    const dueAt = new Date(reportedAt.getTime() + DAY + 8 * HOUR);
    let seq = 1;
    PARTIES.forEach((party) => {
      const doneAt = new Date(reportedAt.getTime() + Math.floor(next() * 3 * DAY));
      const done = doneAt < now;
      rows.obligations.push({
        caseId: id,
        stepId: "acknowledge",
        partyId: party,
        organisationId: organisationOf(m, party),
        status: done ? "done" : "open",
        startedAt: reportedAt,
        dueAt,
        ladderLevel: doneAt > dueAt ? 1 : 0,
        doneAt: done ? doneAt : null,
        nextActionAt: done ? null : dueAt,
      });
      if (doneAt > dueAt && done)
        rows.events.push({
          caseId: id,
          seq: ++seq,
          at: dueAt,
          type: "obligation.reminded",
          partyId: party,
          data: JSON.stringify({ level: 1, notify: "owner", stepId: "acknowledge" }),
        });
      if (done)
        rows.events.push({
          caseId: id,
          seq: ++seq,
          at: doneAt,
          type: "obligation.acknowledged",
          partyId: party,
          actorId: "anouk-jansen",
          platform: "local",
          data: JSON.stringify({ stepId: "acknowledge" }),
        });
    });
    if (next() < 0.05)
      rows.events.push({
        caseId: id,
        seq: ++seq,
        at: new Date(reportedAt.getTime() + 5 * DAY),
        type: "case.escalated",
        data: JSON.stringify({ level: "case_meeting" }),
      });
    const closedAt = new Date(reportedAt.getTime() + Math.floor((3 + next() * 40) * DAY));
    if (closedAt < now && next() < 0.95) {
      rows.cases[rows.cases.length - 1] = {
        ...required(rows.cases.at(-1), "the case just added"),
        status: "closed",
        currentStepId: null,
        outcome: "resolved",
        closedAt,
      };
      rows.events.push({
        caseId: id,
        seq: ++seq,
        at: closedAt,
        type: "case.closed",
        data: JSON.stringify({ outcome: "resolved" }),
      });
    } else {
      open++;
      rows.obligations.push({
        caseId: id,
        stepId: "first_contact",
        partyId: "care",
        organisationId: organisationOf(m, "care"),
        status: "open",
        startedAt: reportedAt,
        dueAt: new Date(reportedAt.getTime() + 3 * DAY),
        nextActionAt: new Date(reportedAt.getTime() + 3 * DAY),
      });
    }
  }
  await insertAll(db, rows);
  return { cases, open, obligations: rows.obligations.length, events: rows.events.length };
}
