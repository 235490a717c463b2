// Closes a case with one of its flow's outcomes, the same way whoever closes it (a person by hand, or a case
// event with `closes`): open work is cancelled, external access ends, the card and the thread are told.
import type { Outcome } from "../../domain/flow/flow-schema.ts";
import type { AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import type { CaseRecord, Platform, StoreTx } from "../ports.ts";
import { endExternalAccess } from "../external/remove-external-participant.ts";
import { notifierFor } from "./notify.ts";
import { sharedOutcomeLabel } from "./outcome-label.ts";

export interface CloseWithOutcomeOptions {
  ctx: AppContext;
  tx: StoreTx;
  c: CaseRecord;
  outcome: Outcome;
  at: Date;
  by: { actorId: string; platform: Platform; partyId: string | null };
  /** The organisation named in the thread notice. */
  organisation: string;
  sealed: string | null;
  /** The case event that closed it, when it was not closed by hand. */
  byEvent?: string;
}

export async function closeWithOutcome(o: CloseWithOutcomeOptions): Promise<void> {
  const { ctx, tx, c, outcome, at } = o;
  if (!(await tx.updateCase(c.id, c.revision, { status: "closed", outcome: outcome.value, closedAt: at }))) {
    throw new AppError("conflict", "error.conflict", {}, `case ${c.reference} changed concurrently`);
  }
  for (const ob of (await tx.obligations(c.id)).filter((x) => x.status === "open")) {
    await tx.updateObligation(ob.id, { status: "open" }, { status: "cancelled", nextActionAt: null });
  }
  await endExternalAccess(ctx, tx, c, at);
  await tx.appendEvent({
    caseId: c.id,
    at,
    type: "case.closed",
    ...o.by,
    data: { outcome: outcome.value, ...(o.byEvent ? { byEvent: o.byEvent } : {}) },
    sealed: o.sealed,
  });
  const notify = notifierFor(ctx, tx, c, at);
  await notify.card();
  await notify.thread({
    key: "notice.closed",
    params: { organisation: o.organisation, outcome: sharedOutcomeLabel(outcome) },
  });
}
