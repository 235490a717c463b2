// Branches that start by themselves some time after an entered date (flow: startsAfter): when the date is
// entered the start is stored as a due moment the deadline sweep finds by index ("notice:branch:<id>").
import type { BranchDef } from "../../domain/flow/branch-schema.ts";
import type { Flow } from "../../domain/flow/flow-schema.ts";
import { branchStartAt } from "../../domain/flow/step-schedule.ts";
import type { AppContext } from "../context.ts";
import type { CaseRecord, ObligationRecord, StoreTx } from "../ports.ts";
import { startBranch, startedBranchIds } from "./branches.ts";

const BRANCH_START = "notice:branch:";
export const isBranchStart = (stepId: string) => stepId.startsWith(BRANCH_START);

/** (Re)plans the start of each branch counted from one of the entered dates; starts it now when that is past. */
export async function scheduleBranchStarts(
  ctx: AppContext,
  tx: StoreTx,
  c: CaseRecord,
  flow: Flow,
  entered: ReadonlyMap<string, Date>,
  now: Date,
): Promise<void> {
  const started = startedBranchIds(await tx.events(c.id));
  const obligations = await tx.obligations(c.id);
  const party = (await tx.parties(c.id))[0];
  for (const branch of flow.branches) {
    const date = branch.startsAfter ? entered.get(branch.startsAfter.date) : undefined;
    if (!branch.startsAfter || !date || started.has(branch.id) || !party) continue;
    for (const old of obligations.filter((o) => o.stepId === `${BRANCH_START}${branch.id}` && o.status === "open")) {
      await tx.updateObligation(old.id, { status: "open" }, { status: "cancelled", nextActionAt: null });
    }
    const at = branchStartAt(branch.startsAfter.after, date, ctx.calendar);
    if (at <= now) {
      await startBranch({ ctx, tx, c, flow, branch, at: now, cause: "date" });
      continue;
    }
    await tx.createObligations([
      {
        caseId: c.id,
        stepId: `${BRANCH_START}${branch.id}`,
        partyId: party.partyId,
        organisationId: party.organisationId,
        status: "open",
        startedAt: now,
        dueAt: at,
        ladderLevel: 0,
        nextActionAt: at,
        doneAt: null,
        doneById: null,
      },
    ]);
  }
}

/** The sweep reached a planned branch start: the branch starts (once) unless the case closed meanwhile. */
export async function fireBranchStart(
  ctx: AppContext,
  tx: StoreTx,
  c: CaseRecord,
  flow: Flow,
  o: ObligationRecord,
  now: Date,
): Promise<boolean> {
  const done = { status: "done" as const, doneAt: now, ladderLevel: 1, nextActionAt: null };
  if (!(await tx.updateObligation(o.id, { status: "open", ladderLevel: 0 }, done))) return false;
  const branch: BranchDef | undefined = flow.branches.find((b) => `${BRANCH_START}${b.id}` === o.stepId);
  if (branch && c.status === "open") await startBranch({ ctx, tx, c, flow, branch, at: now, cause: "date" });
  return true;
}
