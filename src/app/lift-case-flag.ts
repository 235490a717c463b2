// Use-case: a party lifts a flag (the objection is withdrawn); a step it blocked starts running again.
import type { Actor, AppContext } from "./context.ts";
import { AppError } from "./errors.ts";
import { routingsOf } from "./case/case-routing.ts";
import { notifierFor, organisationName } from "./case/notify.ts";
import { requirePartyStanding } from "./case/require-party-standing.ts";
import { startStep } from "./case/start-step.ts";
import { releaseBranches } from "./case/branches.ts";
import { tellParties } from "./case/tell-parties.ts";
import { obligationsOfStep, stepById } from "./case/step-plan.ts";

export async function liftCaseFlag({
  ctx,
  actor,
  caseId,
  flag,
}: {
  ctx: AppContext;
  actor: Actor;
  caseId: string;
  flag: unknown;
}): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    const c0 = await tx.case(caseId);
    const def = c0 ? (await ctx.flows.forCase(c0)).flags.find((f) => f.id === flag) : undefined;
    if (!def)
      throw new AppError("invalid_input", "form.invalid_option", {}, `unknown flag ${String(flag)}`, {
        flag: { key: "form.invalid_option" },
      });
    const { c, flow, person, partyId } = await requirePartyStanding(ctx, tx, actor, caseId, def.setBy);
    const now = ctx.clock.now();
    if (!(await tx.clearCaseFlag(c.id, def.id))) return;
    await tx.appendEvent({
      caseId: c.id,
      at: now,
      type: "flag.cleared",
      actorId: actor.personId,
      platform: actor.platform,
      partyId,
      data: { flag: def.id },
      sealed: null,
    });
    const notify = notifierFor(ctx, tx, c, now);
    const params = { organisation: await organisationName(tx, person.organisationId), flag: def.label };
    await tellParties(await routingsOf(tx, c), notify, { key: "notice.flag_cleared", params });
    const current = stepById(flow, c.currentStepId);
    const idle = current && !obligationsOfStep(await tx.obligations(c.id), current.id).some((o) => o.status === "open");
    if (current?.blockedBy === def.id && idle) {
      const started = await startStep({
        ctx,
        tx,
        c,
        flow,
        step: current,
        at: now,
        routings: await routingsOf(tx, c),
        tellOwners: true,
      });
      await tx.appendEvent({
        caseId: c.id,
        at: now,
        type: "step.released",
        actorId: actor.personId,
        platform: actor.platform,
        partyId,
        data: { stepId: current.id, obligations: started.length },
        sealed: null,
      });
    }
    await releaseBranches({ ctx, tx, c, flow, at: now }, def.id);
    await notify.card();
    ctx.log.info({ reference: c.reference, flag: def.id }, "case flag lifted");
  });
}
