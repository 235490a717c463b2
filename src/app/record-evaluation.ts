// Use-case: the outcome of one evaluation moment of a trial period (on track, yellow card, red card).
import { activeStepOfKind } from "./case/active-step.ts";
import type { Actor, AppContext } from "./context.ts";
import { AppError } from "./errors.ts";
import { finishObligations } from "./case/finish-obligations.ts";
import { requirePartyStanding } from "./case/require-party-standing.ts";
import { t } from "../i18n/messages.ts";
import { caseBoxForWriting } from "./case/case-box.ts";
import { evaluationWindowOpens } from "../domain/flow/evaluation-schedule.ts";
import type { Duration } from "../domain/flow/flow-schema.ts";
import { formatDay } from "../ui/details-view.ts";

export const EVALUATION_OUTCOMES = ["on_track", "yellow_card", "red_card"] as const;
const isEvaluationOutcome = (value: unknown): value is (typeof EVALUATION_OUTCOMES)[number] =>
  EVALUATION_OUTCOMES.some((o) => o === value);

/** A moment with a declared window can be recorded from the window's opening, not months early. */
function refuseBeforeWindow(ctx: AppContext, before: Duration | undefined, moment: Date, reference: string): void {
  if (!before) return;
  const opens = evaluationWindowOpens(moment, before, ctx.calendar);
  if (ctx.clock.now() >= opens) return;
  const day = (d: Date) => formatDay(ctx.calendar.localDate(d), "nl");
  const log = `evaluation of ${reference} due ${moment.toISOString()} is not open before ${opens.toISOString()}`;
  throw new AppError("invalid_state", "error.evaluation_too_early", { moment: day(moment), opens: day(opens) }, log);
}

export async function recordEvaluation({
  ctx,
  actor,
  caseId,
  outcome,
  note,
}: {
  ctx: AppContext;
  actor: Actor;
  caseId: string;
  outcome: unknown;
  note?: unknown;
}): Promise<{ number: number }> {
  if (!isEvaluationOutcome(outcome))
    throw new AppError("invalid_input", "form.invalid_option", {}, `invalid evaluation outcome ${String(outcome)}`, {
      outcome: { key: "form.invalid_option" },
    });
  return ctx.store.transaction(async (tx) => {
    const c0 = await tx.case(caseId);
    const flow0 = c0 ? await ctx.flows.forCase(c0) : null;
    const step = c0 && flow0 ? activeStepOfKind(flow0, c0, await tx.obligations(caseId), "evaluation") : undefined;
    if (!c0 || step?.kind !== "evaluation")
      throw new AppError(
        "invalid_state",
        "error.no_open_step",
        { reference: c0?.reference ?? "" },
        `case ${caseId} is not in an evaluation period`,
      );
    const moments = (await tx.obligations(caseId)).filter((o) => o.stepId.startsWith(`${step.id}#`));
    const open = moments.filter((o) => o.status === "open").sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
    const first = open[0];
    if (!first)
      throw new AppError(
        "invalid_state",
        "error.no_open_step",
        { reference: c0.reference },
        `no open evaluation on ${c0.reference}`,
      );
    // With eachParty, a party whose moments are all recorded is told there is nothing left, not that it is no contact.
    const recorded = moments.filter((o) => o.status === "done").map((o) => o.partyId);
    const act = await requirePartyStanding(
      ctx,
      tx,
      actor,
      caseId,
      open.map((o) => o.partyId),
      recorded,
    );
    // With eachParty every party records its own part: the actor's earliest open moment, and only theirs.
    const eachParty = Boolean(step.evaluation?.eachParty);
    const next = eachParty ? (open.find((o) => o.partyId === act.partyId) ?? first) : first;
    refuseBeforeWindow(ctx, step.evaluation?.window?.before, next.dueAt, c0.reference);
    const number = Number(next.stepId.split("#")[1]);
    const text = typeof note === "string" && note.trim() ? note.trim().slice(0, 4000) : null;
    await finishObligations({
      ctx,
      tx,
      c: act.c,
      flow: act.flow,
      obligations: open.filter((o) => o.stepId === next.stepId && (!eachParty || o.partyId === next.partyId)),
      actor,
      eventType: "evaluation.recorded",
      asCoordinator: act.asCoordinator,
      sealedNote: text ? (await caseBoxForWriting(ctx, tx, caseId)).seal({ note: text }) : null,
      data: { number, outcome },
      notice: (organisation) => ({
        key: "notice.evaluation_recorded",
        params: {
          number,
          outcome: t("nl", `evaluation.${outcome}`),
          organisation,
        },
      }),
    });
    return { number };
  });
}
