// Use-case: the parties extend a second-chance trial period; new evaluation moments follow the last one.
import { activeStepOfKind } from "./case/active-step.ts";
import { DateTime } from "luxon";
import { nextActionAt, rungTimes } from "../domain/case/ladder.ts";
import type { Actor, AppContext } from "./context.ts";
import { AppError, requireText } from "./errors.ts";
import { formatDeadline } from "./case/format-deadline.ts";
import { notifierFor, organisationName } from "./case/notify.ts";
import { requirePartyStanding } from "./case/require-party-standing.ts";
import { obligationsOfStep } from "./case/step-plan.ts";
import { caseBoxForWriting } from "./case/case-box.ts";

export async function extendTrial({
  ctx,
  actor,
  caseId,
  reason,
}: {
  ctx: AppContext;
  actor: Actor;
  caseId: string;
  reason: unknown;
}): Promise<{ until: Date }> {
  const text = requireText(reason, "reason", 2000);
  return ctx.store.transaction(async (tx) => {
    const c0 = await tx.case(caseId);
    const flow0 = c0 ? await ctx.flows.forCase(c0) : null;
    const step = c0 && flow0 ? activeStepOfKind(flow0, c0, await tx.obligations(caseId), "evaluation") : undefined;
    const extension = step?.evaluation?.extension;
    if (!c0 || step?.kind !== "evaluation" || !extension)
      throw new AppError(
        "invalid_state",
        "error.no_open_step",
        { reference: c0?.reference ?? "" },
        `case ${caseId} has no trial to extend`,
      );
    const all = obligationsOfStep(await tx.obligations(caseId), step.id);
    const act = await requirePartyStanding(ctx, tx, actor, caseId, [...new Set(all.map((o) => o.partyId))]);
    const last = new Date(Math.max(0, ...all.map((o) => o.dueAt.getTime())));
    const interval = step.evaluation?.thereafter ?? step.evaluation?.every ?? extension;
    const unit = (d: typeof interval) => (d.unit === "workingDays" || d.unit === "calendarDays" ? "days" : d.unit);
    const start = DateTime.fromJSDate(last, { zone: ctx.calendar.zone });
    const until = start.plus({ [unit(extension)]: extension.amount });
    let number = Math.max(0, ...all.map((o) => Number(o.stepId.split("#")[1] ?? 0)));
    const parties = await tx.parties(caseId);
    const owners = parties.filter((p) => step.owner === "all" || p.partyId === step.owner);
    const now = ctx.clock.now();
    for (
      let at = start.plus({ [unit(interval)]: interval.amount });
      at <= until;
      at = at.plus({ [unit(interval)]: interval.amount })
    ) {
      const dueAt = ctx.calendar.addWorkingDays(at.toJSDate(), 0);
      number++;
      await tx.createObligations(
        owners.map((p) => ({
          caseId,
          stepId: `${step.id}#${number}`,
          partyId: p.partyId,
          organisationId: p.organisationId,
          status: "open" as const,
          startedAt: now,
          dueAt,
          ladderLevel: 0,
          nextActionAt: nextActionAt(0, rungTimes(dueAt, act.flow.escalation.ladder, ctx.calendar)),
          doneAt: null,
          doneById: null,
        })),
      );
    }
    const sealed = (await caseBoxForWriting(ctx, tx, caseId)).seal({ reason: text });
    await tx.appendEvent({
      caseId,
      at: now,
      type: "trial.extended",
      actorId: actor.personId,
      platform: actor.platform,
      partyId: act.partyId,
      data: { until: until.toISO() },
      sealed,
    });
    const notify = notifierFor(ctx, tx, act.c, now);
    await notify.thread({
      key: "notice.trial_extended",
      params: {
        organisation: await organisationName(tx, act.person.organisationId),
        until: formatDeadline(until.toJSDate(), ctx.calendar).replace(/ \d\d:\d\d$/, ""),
      },
    });
    await notify.card();
    return { until: until.toJSDate() };
  });
}
