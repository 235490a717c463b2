// Use-case (AVG art. 15): a coordinator gathers everything Schakel holds about one resident's household (every
// case with the same household link or the same name and date of birth, and the agreement a case is linked to),
// opened, for the resident's access request. The request is recorded on each case's view log; the caller hands
// the result to the coordinator only (a private view, or a private file through `npm run avg -- inzage`).
import type { Actor, AppContext } from "../context.ts";
import { withCase } from "../case/with-case.ts";
import type { CaseRecord, StoreTx } from "../ports.ts";
import { avgEvent, requireCoordinatorOf, requireReason } from "./avg-rules.ts";
import { openCaseRecord, type ResidentCase } from "./open-case-record.ts";
import { samePersonCases } from "./same-person-cases.ts";

export interface ResidentExport {
  /** The case the request named. */
  reference: string;
  requestedAt: string;
  requestedBy: string;
  reason: string;
  cases: ResidentCase[];
}

export interface ExportResidentDataOptions {
  ctx: AppContext;
  actor: Actor;
  caseId: string;
  reason: unknown;
}

async function householdOf(ctx: AppContext, tx: StoreTx, c: CaseRecord): Promise<CaseRecord[]> {
  const found = new Map<string, CaseRecord>([[c.id, c]]);
  for (const other of await samePersonCases(ctx, tx, c)) found.set(other.id, other);
  for (const other of c.householdKey ? await tx.householdCases(c.householdKey) : []) found.set(other.id, other);
  const linked = c.linkedCaseId ? await tx.case(c.linkedCaseId) : null;
  if (linked) found.set(linked.id, linked);
  return [...found.values()].sort((a, b) => a.reportedAt.getTime() - b.reportedAt.getTime());
}

export async function exportResidentData({ ctx, actor, caseId, reason }: ExportResidentDataOptions) {
  return withCase(ctx, { actor, caseId, mustBeOpen: false }, async ({ tx, person, c }): Promise<ResidentExport> => {
    await requireCoordinatorOf(tx, c, actor.personId);
    const text = requireReason(reason);
    const now = ctx.clock.now();
    const cases: ResidentCase[] = [];
    for (const one of await householdOf(ctx, tx, c)) {
      await tx.appendEvent(avgEvent(one, actor, now, "avg.access", { reason: text, request: c.reference }));
      cases.push(await openCaseRecord(ctx, tx, one));
    }
    ctx.log.info(
      { reference: c.reference, personId: actor.personId, cases: cases.length },
      "access request: resident's data gathered",
    );
    return { reference: c.reference, requestedAt: now.toISOString(), requestedBy: person.name, reason: text, cases };
  });
}
