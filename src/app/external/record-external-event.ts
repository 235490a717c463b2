// Use-case: an external participant records a case event their flow lets their role record (recordedBy names the
// role), with a private reason; it does what the flow says, and the timeline names the role, never the person.
import { roleMayRecordEvent } from "../../domain/flow/case-event-schema.ts";
import { t } from "../../i18n/messages.ts";
import { applyCaseEvent } from "../case/case-event-effects.ts";
import { organisationName } from "../case/notify.ts";
import type { Actor, AppContext } from "../context.ts";
import { AppError, requireText } from "../errors.ts";
import { requireExternalAccess } from "./external-state.ts";

export interface RecordExternalEventOptions {
  ctx: AppContext;
  actor: Actor;
  event: unknown;
  reason: unknown;
}

export async function recordCaseEventAsExternal(o: RecordExternalEventOptions) {
  const { ctx, actor } = o;
  const reason = requireText(o.reason, "reason", 2000);
  const recorded = await ctx.store.transaction(async (tx) => {
    const { c, flow, participant, role } = await requireExternalAccess(ctx, tx, actor.personId);
    const mine = flow.events.filter((e) => roleMayRecordEvent(e, role.id));
    const def = mine.find((e) => e.id === o.event || e.label.toLowerCase() === String(o.event).trim().toLowerCase());
    if (!def) {
      const events = mine.map((e) => `‘${e.label}’ (${e.id})`).join(", ") || "—";
      const log = `external ${role.id} may not record event ${String(o.event)} on ${c.reference}`;
      throw new AppError("not_allowed", "error.external_event_not_role", { role: role.label, events }, log);
    }
    // The channel hears the organisation that added the participant; the parties read the role.
    const adder = (await tx.parties(c.id)).find((p) => p.partyId === participant.addedByParty);
    const name = t("nl", "view_log.external", { role: role.label });
    const channelName = adder ? await organisationName(tx, adder.organisationId) : name;
    const external = { number: participant.number, role: role.id };
    const by = { actorId: actor.personId, platform: actor.platform, partyId: null, external, name, channelName };
    await applyCaseEvent({ ctx, tx, c, flow, def, reason, by });
    return { reference: c.reference, event: def.label, role: role.label };
  });
  ctx.log.info(
    { reference: recorded.reference, role: recorded.role },
    "case event recorded by an external participant",
  );
  return recorded;
}
