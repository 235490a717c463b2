// Use-case: a party gives its advice on a second chance (agree, agree with conditions, disagree) with a
// written motivation; when every party has advised, the flow's rule decides and the decision is recorded.
import type { Advice } from "../domain/case/decision-rule.ts";
import type { Actor, AppContext } from "./context.ts";
import { AppError, requireText } from "./errors.ts";
import { finishObligations } from "./case/finish-obligations.ts";
import { requirePartyStanding } from "./case/require-party-standing.ts";
import { stepById } from "./case/step-plan.ts";
import { caseBoxForWriting } from "./case/case-box.ts";

const ADVICE: Advice[] = ["agree", "agree_with_conditions", "disagree"];

export interface RecordAdviceOptions {
  ctx: AppContext;
  actor: Actor;
  caseId: string;
  advice: unknown;
  motivation: unknown;
  partyId?: string;
}

export async function recordSecondChanceAdvice({
  ctx,
  actor,
  caseId,
  advice,
  motivation,
  partyId,
}: RecordAdviceOptions): Promise<void> {
  if (!ADVICE.includes(advice as Advice))
    throw new AppError("invalid_input", "form.invalid_option", {}, `invalid advice ${String(advice)}`, {
      advice: { key: "form.invalid_option" },
    });
  const text = requireText(motivation, "motivation", 4000);
  await ctx.store.transaction(async (tx) => {
    const c0 = await tx.case(caseId);
    const flow0 = c0 ? await ctx.flows.forCase(c0) : null;
    const step = c0 && flow0 ? stepById(flow0, c0.currentStepId) : undefined;
    if (!c0 || step?.kind !== "decision")
      throw new AppError(
        "invalid_state",
        "error.no_open_step",
        { reference: c0?.reference ?? "" },
        `case ${caseId} is not at a decision step`,
      );
    const ofStep = (await tx.obligations(caseId)).filter((o) => o.stepId === step.id);
    const open = ofStep.filter((o) => o.status === "open");
    // A party that already advised is no longer among the open ones; it is told so, not that it is no contact.
    const advised = ofStep.filter((o) => o.status === "done").map((o) => o.partyId);
    const candidates = partyId ? [partyId] : open.map((o) => o.partyId);
    const act = await requirePartyStanding(ctx, tx, actor, caseId, candidates, advised);
    const mine = open.filter((o) => o.partyId === act.partyId);
    if (mine.length === 0)
      throw new AppError(
        "invalid_state",
        "error.nothing_to_acknowledge",
        { reference: act.c.reference },
        `party ${act.partyId} already advised on ${act.c.reference}`,
      );
    await finishObligations({
      ctx,
      tx,
      c: act.c,
      flow: act.flow,
      obligations: mine,
      actor,
      eventType: "advice.given",
      asCoordinator: act.asCoordinator,
      sealedNote: (await caseBoxForWriting(ctx, tx, act.c.id)).seal({ note: text }),
      data: { advice },
      notice: (organisation) => ({ key: "notice.advice_given", params: { organisation } }),
    });
    ctx.log.info({ reference: act.c.reference, partyId: act.partyId, advice }, "second-chance advice recorded");
  });
}
