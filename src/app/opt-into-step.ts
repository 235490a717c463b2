// Use-case: a party starts an optional step (a payment plan or debt-help programme) beside the main line.
import type { Actor, AppContext } from "./context.ts";
import { AppError } from "./errors.ts";
import { routingsOf } from "./case/case-routing.ts";
import { notifierFor, organisationName } from "./case/notify.ts";
import { requirePartyStanding } from "./case/require-party-standing.ts";
import { startStep } from "./case/start-step.ts";
import { obligationsOfStep } from "./case/step-plan.ts";

export async function optIntoStep({
  ctx,
  actor,
  caseId,
  stepId,
}: {
  ctx: AppContext;
  actor: Actor;
  caseId: string;
  stepId: unknown;
}): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    const c0 = await tx.case(caseId);
    const step = c0 ? (await ctx.flows.forCase(c0)).steps.find((s) => s.id === stepId && s.optional) : undefined;
    if (!step)
      throw new AppError("invalid_input", "form.invalid_option", {}, `no optional step ${String(stepId)}`, {
        step: { key: "form.invalid_option" },
      });
    const { c, flow, person, partyId } = await requirePartyStanding(
      ctx,
      tx,
      actor,
      caseId,
      step.optInBy ?? [step.owner],
    );
    if (obligationsOfStep(await tx.obligations(c.id), step.id).some((o) => o.status === "open")) return;
    const now = ctx.clock.now();
    await tx.appendEvent({
      caseId: c.id,
      at: now,
      type: "step.opted_in",
      actorId: actor.personId,
      platform: actor.platform,
      partyId,
      data: { stepId: step.id },
      sealed: null,
    });
    await startStep({ ctx, tx, c, flow, step, at: now, routings: await routingsOf(tx, c), tellOwners: true });
    const notify = notifierFor(ctx, tx, c, now);
    await notify.thread({
      key: "notice.opted_in",
      params: { organisation: await organisationName(tx, person.organisationId), step: step.label },
    });
    await notify.card();
  });
}
