// Use-case: a party records a flag such as the tenant's objection; a step it blocks stops running.
import type { Actor, AppContext } from "./context.ts";
import { AppError } from "./errors.ts";
import { notifierFor, organisationName } from "./case/notify.ts";
import { requirePartyStanding } from "./case/require-party-standing.ts";
import { tellParties } from "./case/tell-parties.ts";
import { routingsOf } from "./case/case-routing.ts";

export async function setCaseFlag({
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
    const flow0 = c0 ? await ctx.flows.forCase(c0) : null;
    const def = flow0?.flags.find((f) => f.id === flag);
    if (!def)
      throw new AppError("invalid_input", "form.invalid_option", {}, `unknown flag ${String(flag)}`, {
        flag: { key: "form.invalid_option" },
      });
    const { c, flow, person, partyId } = await requirePartyStanding(ctx, tx, actor, caseId, def.setBy);
    const now = ctx.clock.now();
    if (!(await tx.setCaseFlag(c.id, def.id, actor.personId, now))) return;
    await tx.appendEvent({
      caseId: c.id,
      at: now,
      type: "flag.set",
      actorId: actor.personId,
      platform: actor.platform,
      partyId,
      data: { flag: def.id },
      sealed: null,
    });
    const blocked = flow.steps.filter((s) => s.blockedBy === def.id).map((s) => s.id);
    for (const o of (await tx.obligations(c.id)).filter((x) => x.status === "open" && blocked.includes(x.stepId))) {
      await tx.updateObligation(o.id, { status: "open" }, { status: "cancelled", nextActionAt: null });
      await tx.appendEvent({
        caseId: c.id,
        at: now,
        type: "step.blocked",
        actorId: actor.personId,
        platform: actor.platform,
        partyId: o.partyId,
        data: { stepId: o.stepId, flag: def.id },
        sealed: null,
      });
    }
    const notify = notifierFor(ctx, tx, c, now);
    const params = { organisation: await organisationName(tx, person.organisationId), flag: def.label };
    await tellParties(await routingsOf(tx, c), notify, { key: "notice.flag_set", params });
    await notify.card();
    ctx.log.info({ reference: c.reference, flag: def.id }, "case flag set");
  });
}
