// Refuses a party's action that would pass one of the flow's limits (at most N of a step, branch or case event
// per household or case within a period), with the flow's own Dutch sentence. Counted from the case timelines.
import { DateTime } from "luxon";
import { limitSubject, type LimitDef } from "../../domain/flow/limit-schema.ts";
import type { Flow } from "../../domain/flow/flow-schema.ts";
import type { AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import type { CaseRecord, StoreTx } from "../ports.ts";

export type LimitAction = { step: string } | { branch: string } | { event: string };

/** The flow's refusal, with a log line that names the limit, never the household. */
const refusal = (limit: LimitDef, flowId: string, where: string) =>
  new AppError(
    "invalid_state",
    "error.limit_reached",
    { message: limit.message },
    `limit ${limit.id} of flow ${flowId} reached on ${where}`,
  );

const EVER = new Date(0);

function since(ctx: AppContext, limit: LimitDef, now: Date): Date {
  if (!limit.within) return EVER;
  const unit = limit.within.unit === "calendarDays" ? "days" : limit.within.unit;
  return DateTime.fromJSDate(now, { zone: ctx.calendar.zone })
    .minus({ [unit]: limit.within.amount })
    .toJSDate();
}

const matches = (limit: LimitDef, action: LimitAction) => {
  const [kind, id] = Object.entries(action)[0] ?? [];
  return kind !== undefined && (limit.count as Record<string, string>)[kind] === id;
};

async function countFor(ctx: AppContext, tx: StoreTx, c: CaseRecord, limit: LimitDef, now: Date): Promise<number> {
  const from = since(ctx, limit, now);
  const household = limit.per === "household" && c.householdKey;
  const cases = household && c.householdKey ? await tx.householdCasesSince(c.householdKey, from) : [c];
  const subject = limitSubject(limit.count);
  let count = 0;
  for (const other of cases.some((x) => x.id === c.id) ? cases : [...cases, c]) {
    for (const e of await tx.events(other.id)) {
      if (e.type === subject.type && e.data[subject.key] === subject.id && e.at >= from) count++;
    }
  }
  return count;
}

/** Throws the flow's refusal when the action would pass a limit; the log names the limit, never the household. */
export async function requireWithinLimits(
  ctx: AppContext,
  tx: StoreTx,
  c: CaseRecord,
  flow: Flow,
  action: LimitAction,
  now: Date,
): Promise<void> {
  for (const limit of flow.limits.filter((l) => matches(l, action))) {
    if ((await countFor(ctx, tx, c, limit, now)) < limit.max) continue;
    throw refusal(limit, flow.id, c.reference);
  }
}

/** Before a case is created: refuses a report when the household already had `max` cases of this flow in the period. */
export async function requireReportWithinLimits(
  ctx: AppContext,
  tx: StoreTx,
  flow: Flow,
  householdKey: string | null,
  now: Date,
): Promise<void> {
  for (const limit of flow.limits.filter((l) => "flow" in l.count && l.count.flow === flow.id)) {
    const from = since(ctx, limit, now);
    const cases = householdKey ? await tx.householdCasesSince(householdKey, from) : [];
    const count = cases.filter((x) => x.flowId === flow.id && x.reportedAt >= from).length;
    if (count >= limit.max) throw refusal(limit, flow.id, "a new report");
  }
}
