// Use-case: a routed contact opens the resident's details privately; every view is recorded on the timeline.
import type { Actor, AppContext } from "./context.ts";
import { AppError } from "./errors.ts";
import { requireCase, requirePerson, standingOfActor } from "./case/case-routing.ts";
import { organisationName } from "./case/notify.ts";

export interface CaseDetails {
  reference: string;
  fields: { label: string; value: string }[];
  legalBasis: string;
  notes: { at: Date; organisation: string; type: string; text: string }[];
}

const SEALED_EVENT_TYPES = ["note.added", "step.completed", "case.escalated", "case.deescalated", "case.closed", "case.reopened", "advice.given", "evaluation.recorded", "trial.extended",
  "case_event.recorded"];

export async function viewCaseDetails({ ctx, actor, caseId }: { ctx: AppContext; actor: Actor; caseId: string }): Promise<CaseDetails> {
  return ctx.store.transaction(async (tx) => {
    await requirePerson(tx, actor.personId);
    const c = await requireCase(tx, caseId);
    const { standing } = await standingOfActor(tx, c, actor.personId);
    if (standing.asContact.length === 0) {
      ctx.log.warn({ reference: c.reference, personId: actor.personId }, "refused a details view to a person who is not a routed contact");
      throw new AppError("not_allowed", "error.details_forbidden", {}, `person ${actor.personId} may not view details of ${c.reference}`);
    }
    const flow = await ctx.flows.forCase(c);
    const stored = await tx.residentDetails(c.id);
    const personal = stored ? ctx.sealer.open<Record<string, unknown>>(stored.sealed) : {};
    const fields = flow.form.fields
      .filter((f) => f.personal)
      .map((f) => ({ label: f.label, value: personal[f.id] == null || personal[f.id] === "" ? "—" : String(personal[f.id]) }));
    for (const d of await tx.caseDates(c.id)) {
      const label = flow.dates.find((x) => x.id === d.key)?.label ?? d.key;
      fields.push({ label, value: ctx.calendar.localDate(d.date) });
    }
    const notes: CaseDetails["notes"] = [];
    for (const event of await tx.events(c.id)) {
      if (!event.sealed || !SEALED_EVENT_TYPES.includes(event.type)) continue;
      const body = ctx.sealer.open<{ note?: string; reason?: string }>(event.sealed);
      const author = event.actorId ? await tx.person(event.actorId) : null;
      notes.push({ at: event.at, type: event.type, organisation: author ? await organisationName(tx, author.organisationId) : "", text: body.note ?? body.reason ?? "" });
    }
    const now = ctx.clock.now();
    await tx.appendEvent({ caseId: c.id, at: now, type: "details.viewed", actorId: actor.personId, platform: actor.platform, partyId: standing.asContact[0] ?? null, data: {}, sealed: null });
    ctx.log.info({ reference: c.reference, personId: actor.personId }, "personal details viewed");
    const legalField = flow.form.fields.find((f) => f.bind === "legalBasis");
    const legalBasis = legalField?.options?.find((o) => o.value === stored?.legalBasis)?.label ?? stored?.legalBasis ?? "";
    return { reference: c.reference, fields, legalBasis, notes };
  });
}
