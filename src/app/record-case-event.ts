// Use-case: a party records a case event the flow declares (a breach, a new incident) with a private reason;
// the flow says what follows: the case goes (back) to a step, moves up to a level, and parties are told.
import type { Actor, AppContext } from "./context.ts";
import { AppError, requireText } from "./errors.ts";
import { applyCaseEvent } from "./case/case-event-effects.ts";
import { organisationName } from "./case/notify.ts";
import { requirePartyStanding } from "./case/require-party-standing.ts";

export interface RecordCaseEventOptions {
  ctx: AppContext;
  actor: Actor;
  caseId: string;
  event: unknown;
  reason: unknown;
}

export async function recordCaseEvent({ ctx, actor, caseId, event, reason }: RecordCaseEventOptions): Promise<void> {
  const text = requireText(reason, "reason", 2000);
  await ctx.store.transaction(async (tx) => {
    const c0 = await tx.case(caseId);
    const def = c0 ? (await ctx.flows.forCase(c0)).events.find((e) => e.id === event) : undefined;
    if (!def) {
      const fieldErrors = { event: { key: "form.invalid_option" as const } };
      const log = `unknown case event ${String(event)}`;
      throw new AppError("invalid_input", "form.invalid_option", {}, log, fieldErrors);
    }
    const { c, flow, person, partyId } = await requirePartyStanding(ctx, tx, actor, caseId, def.recordedBy);
    const name = await organisationName(tx, person.organisationId);
    const by = { actorId: actor.personId, platform: actor.platform, partyId, name, channelName: name };
    const { level } = await applyCaseEvent({ ctx, tx, c, flow, def, reason: text, by });
    ctx.log.info(
      { reference: c.reference, event: def.id, goTo: def.goTo, level, closes: def.closes },
      "case event recorded",
    );
  });
}
