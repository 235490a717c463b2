// Use-case: a party enters the dates of the court route (bailiff, summons, hearing, ruling, eviction).
// Deadlines counted from a date move with it, and notices ahead of a date are (re)scheduled.
import { DateTime } from "luxon";
import { nextActionAt, rungTimes } from "../domain/case/ladder.ts";
import { deadlineDateKey, stepDeadline } from "../domain/flow/deadline.ts";
import type { Flow } from "../domain/flow/flow-schema.ts";
import { checkCaseDates, type DateProblem } from "../domain/flow/check-case-dates.ts";
import type { Message } from "../i18n/messages.ts";
import { formatDay } from "../ui/details-view.ts";
import type { Actor, AppContext } from "./context.ts";
import { AppError } from "./errors.ts";
import { notifierFor, organisationName } from "./case/notify.ts";
import { requirePartyStanding } from "./case/require-party-standing.ts";
import { rescheduleNotices } from "./case/schedule-notices.ts";
import { scheduleBranchStarts } from "./case/schedule-branch-starts.ts";
import type { CaseRecord, StoreTx } from "./ports.ts";

/** The entered dates as ISO days (yyyy-mm-dd); a badly formed one is a field error. */
function parseDates(ctx: AppContext, flow: Flow, values: Record<string, unknown>): Map<string, string> {
  const dates = new Map<string, string>();
  const errors: Record<string, { key: "form.invalid_date" }> = {};
  for (const def of flow.dates) {
    const raw = typeof values[def.id] === "string" ? (values[def.id] as string).trim() : "";
    if (!raw) continue;
    const day = DateTime.fromISO(raw, { zone: ctx.calendar.zone });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || !day.isValid) errors[def.id] = { key: "form.invalid_date" };
    else dates.set(def.id, raw);
  }
  if (Object.keys(errors).length)
    throw new AppError("invalid_input", "form.invalid_date", {}, "invalid case dates", errors);
  if (dates.size === 0)
    throw new AppError("invalid_input", "form.required", {}, "no case dates entered", {
      [flow.dates[0]?.id ?? "date"]: { key: "form.required" },
    });
  return dates;
}

function datesRefused(problems: DateProblem[], reference: string): AppError {
  const fieldErrors: Record<string, Message> = {};
  for (const p of problems) {
    fieldErrors[p.dateId] =
      p.kind === "in_past"
        ? { key: "form.date_in_past" }
        : {
            key: p.kind === "before" ? "form.date_before" : "form.date_after",
            params: { other: p.other, date: formatDay(p.otherDay, "nl") },
          };
  }
  const detail = problems.map((p) => `${p.dateId} ${p.kind}`).join(", ");
  const log = `case dates refused on ${reference}: ${detail}`;
  return new AppError("invalid_input", "form.dates_refused", {}, log, fieldErrors);
}

async function moveDatedDeadlines(ctx: AppContext, tx: StoreTx, c: CaseRecord, flow: Flow, dates: Map<string, Date>) {
  for (const o of (await tx.obligations(c.id)).filter((x) => x.status === "open")) {
    const step = flow.steps.find((s) => s.id === o.stepId);
    const dateKey = step ? deadlineDateKey(step.deadline) : null;
    if (!step || !dateKey || !dates.has(dateKey)) continue;
    const { dueAt } = stepDeadline(step.deadline, o.startedAt, dates, ctx.calendar);
    const times = rungTimes(dueAt, flow.escalation.ladder, ctx.calendar);
    await tx.updateObligation(
      o.id,
      { status: "open" },
      { dueAt, ladderLevel: 0, nextActionAt: nextActionAt(0, times) },
    );
  }
}

export async function enterCaseDates({
  ctx,
  actor,
  caseId,
  values,
}: {
  ctx: AppContext;
  actor: Actor;
  caseId: string;
  values: Record<string, unknown>;
}): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    const c0 = await tx.case(caseId);
    const flow0 = c0 ? await ctx.flows.forCase(c0) : null;
    const { c, flow, person, partyId } = await requirePartyStanding(
      ctx,
      tx,
      actor,
      caseId,
      flow0?.datesEnteredBy ?? [],
    );
    const days = parseDates(ctx, flow, values);
    const now = ctx.clock.now();
    const stored = new Map((await tx.caseDates(c.id)).map((d) => [d.key, ctx.calendar.localDate(d.date)]));
    const problems = checkCaseDates({ rules: flow.dates, entered: days, stored, today: ctx.calendar.localDate(now) });
    if (problems.length) throw datesRefused(problems, c.reference);
    // A day is stored at noon in the region's time zone, clear of any daylight-saving edge.
    const noon = (day: string) => DateTime.fromISO(day, { zone: ctx.calendar.zone }).set({ hour: 12 }).toJSDate();
    const entered = new Map([...days].map(([id, day]) => [id, noon(day)]));
    for (const [key, date] of entered)
      await tx.saveCaseDate({ caseId: c.id, key, date, enteredById: actor.personId, enteredAt: now });
    const all = new Map((await tx.caseDates(c.id)).map((d) => [d.key, d.date]));
    await moveDatedDeadlines(ctx, tx, c, flow, all);
    await rescheduleNotices(ctx, tx, c, flow, entered, now);
    await scheduleBranchStarts(ctx, tx, c, flow, entered, now);
    await tx.appendEvent({
      caseId: c.id,
      at: now,
      type: "dates.entered",
      actorId: actor.personId,
      platform: actor.platform,
      partyId,
      data: { dates: Object.fromEntries([...entered].map(([k, d]) => [k, d.toISOString()])) },
      sealed: null,
    });
    const notify = notifierFor(ctx, tx, c, now);
    const labels = flow.dates
      .filter((d) => entered.has(d.id))
      .map((d) => d.label)
      .join(", ");
    await notify.thread({
      key: "notice.dates_entered",
      params: { organisation: await organisationName(tx, person.organisationId), dates: labels },
    });
    await notify.card();
  });
}
