// Notices ahead of an entered date (the municipality hears of an eviction some working days before): scheduled
// when a date is entered, and again when the notified party joins the case after the date was entered.
import { required } from "../../domain/required.ts";
import type { Flow } from "../../domain/flow/flow-schema.ts";
import { noticeAt } from "../../domain/flow/step-schedule.ts";
import type { AppContext } from "../context.ts";
import type { CaseRecord, StoreTx } from "../ports.ts";

export async function rescheduleNotices(
  ctx: AppContext,
  tx: StoreTx,
  c: CaseRecord,
  flow: Flow,
  entered: Map<string, Date>,
  now: Date,
) {
  const parties = await tx.parties(c.id);
  const obligations = await tx.obligations(c.id);
  for (const notice of flow.notices.filter((n) => entered.has(n.date))) {
    for (const old of obligations.filter((o) => o.stepId === `notice:${notice.id}` && o.status === "open")) {
      await tx.updateObligation(old.id, { status: "open" }, { status: "cancelled", nextActionAt: null });
    }
    const party = parties.find((p) => p.partyId === notice.notify);
    if (!party) continue;
    const at = noticeAt(notice, required(entered.get(notice.date), "the entered date a notice follows"), ctx.calendar);
    await tx.createObligations([
      {
        caseId: c.id,
        stepId: `notice:${notice.id}`,
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
