// Shared by opschalen and afschalen: move the case one level with a sealed reason, and tell who must know.
import { isInvolved } from "../../domain/case/authorization.ts";
import type { Actor, AppContext } from "../context.ts";
import { AppError, requireText } from "../errors.ts";
import { standingOfActor } from "./case-routing.ts";
import { withCase } from "./with-case.ts";
import { municipalityName, notifierFor, organisationName } from "./notify.ts";
import { tellActingContact } from "../absence/acting.ts";
import { caseBoxForWriting } from "./case-box.ts";
import { stepById } from "./step-plan.ts";

export interface ChangeLevelOptions {
  ctx: AppContext;
  actor: Actor;
  caseId: string;
  reason: unknown;
  direction: 1 | -1;
}

export async function changeLevel({
  ctx,
  actor,
  caseId,
  reason,
  direction,
}: ChangeLevelOptions): Promise<{ level: string }> {
  const text = requireText(reason, "reason", 2000);
  return withCase(ctx, { actor, caseId, mustBeOpen: true }, async ({ tx, person, c }) => {
    const { standing } = await standingOfActor(tx, c, actor.personId);
    if (!isInvolved(standing))
      throw new AppError(
        "not_allowed",
        "error.not_allowed",
        {},
        `person ${actor.personId} may not change the level of ${c.reference}`,
      );
    const flow = await ctx.flows.forCase(c);
    const target = flow.escalation.levels[c.level + direction];
    if (!target) {
      throw new AppError(
        "invalid_state",
        direction > 0 ? "error.top_level" : "error.bottom_level",
        { reference: c.reference },
        `case ${c.reference} cannot move ${direction > 0 ? "up" : "down"}`,
      );
    }
    if (!(await tx.updateCase(c.id, c.revision, { level: c.level + direction }))) {
      throw new AppError("conflict", "error.conflict", {}, `case ${c.reference} changed concurrently`);
    }
    const now = ctx.clock.now();
    const type = direction > 0 ? "case.escalated" : "case.deescalated";
    const sealed = (await caseBoxForWriting(ctx, tx, c.id)).seal({ reason: text });
    await tx.appendEvent({
      caseId: c.id,
      at: now,
      type,
      actorId: actor.personId,
      platform: actor.platform,
      partyId: standing.asContact[0] ?? null,
      data: { level: target.id },
      sealed,
    });
    const notify = notifierFor(ctx, tx, c, now);
    const organisation = await organisationName(tx, person.organisationId);
    await notify.card();
    await notify.thread({
      key: direction > 0 ? "notice.escalated" : "notice.deescalated",
      params: { level: target.label, organisation },
    });
    if (direction > 0) {
      await notify.coordinators({
        key: "notice.escalated_coordinators",
        params: {
          reference: c.reference,
          municipality: await municipalityName(tx, c.municipalityId),
          level: target.label,
          organisation,
        },
      });
      if (target.organisationType) {
        for (const entry of await tx.rosterForMunicipality(c.municipalityId)) {
          if ((await tx.organisation(entry.organisationId))?.type === target.organisationType) {
            const municipality = await municipalityName(tx, c.municipalityId);
            const params = { reference: c.reference, municipality, level: target.label, organisation };
            // A manual escalation reaching an organisation's contact is an escalation to them (the feed says so).
            const step = stepById(flow, c.currentStepId)?.label ?? target.label;
            const alert = { kind: "escalation", reference: c.reference, step } as const;
            const notice = { key: "notice.escalated_coordinators" as const, params, alert };
            await tellActingContact({ ctx, tx, c, organisationId: entry.organisationId, at: now, notice });
          }
        }
      }
    }
    ctx.log.info({ reference: c.reference, level: target.id, direction }, "case level changed");
    return { level: target.label };
  });
}
