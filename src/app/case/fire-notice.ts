// A notice ahead of an entered date (e.g. the municipality hears of an eviction 10 working days before).
import { workingDaysBetween } from "../../domain/calendar/working-days-between.ts";
import type { Flow } from "../../domain/flow/flow-schema.ts";
import type { AppContext } from "../context.ts";
import type { CaseRecord, ObligationRecord, StoreTx } from "../ports.ts";
import { formatDeadline } from "./format-deadline.ts";
import { notifierFor } from "./notify.ts";
import { tellActingContact } from "../absence/acting.ts";

/** Working days from `from` until the local day of `to`. */
export function workingDaysUntil(ctx: AppContext, from: Date, to: Date): number {
  return workingDaysBetween(ctx.calendar, from, to);
}

export async function fireNotice(
  ctx: AppContext,
  tx: StoreTx,
  c: CaseRecord,
  flow: Flow,
  o: ObligationRecord,
  now: Date,
): Promise<boolean> {
  const notice = flow.notices.find((n) => `notice:${n.id}` === o.stepId);
  const date = notice ? (await tx.caseDates(c.id)).find((d) => d.key === notice.date) : undefined;
  if (
    !(await tx.updateObligation(
      o.id,
      { status: "open", ladderLevel: 0 },
      { status: "done", doneAt: now, ladderLevel: 1, nextActionAt: null },
    ))
  )
    return false;
  if (!notice || !date || c.status !== "open") return true;
  const params = {
    reference: c.reference,
    label: notice.label,
    days: workingDaysUntil(ctx, now, date.date),
    date: formatDeadline(date.date, ctx.calendar).replace(/ \d\d:\d\d$/, ""),
  };
  const notify = notifierFor(ctx, tx, c, now);
  const dm = { key: "notice.date_notice" as const, params };
  await tellActingContact({ ctx, tx, c, organisationId: o.organisationId, at: now, notice: dm });
  await notify.threadIfHeard({ key: "notice.date_notice", params });
  await tx.appendEvent({
    caseId: c.id,
    at: now,
    type: "notice.sent",
    actorId: null,
    platform: null,
    partyId: o.partyId,
    data: { notice: notice.id, date: notice.date },
    sealed: null,
  });
  return true;
}
