// Use-case: reopen a closed case; the step it stood at runs again with fresh deadlines.
import { required } from "../domain/required.ts";
import { isInvolved } from "../domain/case/authorization.ts";
import type { Actor, AppContext } from "./context.ts";
import { AppError, requireText } from "./errors.ts";
import { formatDeadline } from "./case/format-deadline.ts";
import { routingsOf, standingOfActor } from "./case/case-routing.ts";
import { withCase } from "./case/with-case.ts";
import { notifierFor, organisationName } from "./case/notify.ts";
import { startStep } from "./case/start-step.ts";
import { caseBoxForWriting } from "./case/case-box.ts";

export interface ReopenCaseOptions {
  ctx: AppContext;
  actor: Actor;
  caseId: string;
  reason: unknown;
}

export async function reopenCase({ ctx, actor, caseId, reason }: ReopenCaseOptions): Promise<void> {
  const text = requireText(reason, "reason", 2000);
  await withCase(ctx, { actor, caseId, mustBeOpen: false }, async ({ tx, person, c }) => {
    if (c.status !== "closed")
      throw new AppError(
        "invalid_state",
        "error.case_open",
        { reference: c.reference },
        `case ${c.reference} is not closed`,
      );
    const { standing } = await standingOfActor(tx, c, actor.personId);
    if (!isInvolved(standing))
      throw new AppError(
        "not_allowed",
        "error.not_allowed",
        {},
        `person ${actor.personId} may not reopen ${c.reference}`,
      );
    const flow = await ctx.flows.forCase(c);
    const step =
      flow.steps.find((s) => s.id === c.currentStepId) ??
      required(flow.steps[flow.steps.length - 1], "the last step of the flow");
    if (
      !(await tx.updateCase(c.id, c.revision, {
        status: "open",
        outcome: null,
        closedAt: null,
        currentStepId: step.id,
      }))
    ) {
      throw new AppError("conflict", "error.conflict", {}, `case ${c.reference} changed concurrently`);
    }
    const now = ctx.clock.now();
    const sealed = (await caseBoxForWriting(ctx, tx, c.id)).seal({ reason: text });
    await tx.appendEvent({
      caseId: c.id,
      at: now,
      type: "case.reopened",
      actorId: actor.personId,
      platform: actor.platform,
      partyId: standing.asContact[0] ?? null,
      data: { stepId: step.id },
      sealed,
    });
    const done = (await tx.obligations(c.id))
      .filter((o) => o.stepId === step.id && o.status === "done")
      .map((o) => o.partyId);
    const reopenedCase = { ...c, status: "open" as const, currentStepId: step.id, revision: c.revision + 1 };
    const [first] = await startStep({
      ctx,
      tx,
      c: reopenedCase,
      flow,
      step,
      at: now,
      routings: await routingsOf(tx, c),
      skipParties: step.owner === "all" ? done : [],
      tellOwners: true,
    });
    const notify = notifierFor(ctx, tx, c, now);
    await notify.card();
    await notify.thread({
      key: "notice.reopened",
      params: {
        organisation: await organisationName(tx, person.organisationId),
        step: step.label,
        deadline: first ? formatDeadline(first.dueAt, ctx.calendar) : "",
      },
    });
    ctx.log.info({ reference: c.reference, stepId: step.id }, "case reopened");
  });
}
