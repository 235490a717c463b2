// Use-case: an external participant opens their one case: its role's steps and the personal fields the role sees,
// nothing else. Every view, and every attempt at another case, is on that case's view log.
import { roleMayActOnStep } from "../../domain/case/external-access.ts";
import { roleMayRecordEvent } from "../../domain/flow/case-event-schema.ts";
import { caseBoxForReading } from "../case/case-box.ts";
import { municipalityName } from "../case/notify.ts";
import { obligationsOfStep, stepById } from "../case/step-plan.ts";
import { privacyState } from "../avg/avg-rules.ts";
import type { AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import type { ObligationRecord, Platform } from "../ports.ts";
import type { Flow } from "../../domain/flow/flow-schema.ts";
import type { ExternalRoleDef } from "../../domain/flow/external-role-schema.ts";
import type { ExternalCaseView } from "../../ui/view-models/external-case.ts";
import { requireExternalAccess } from "./external-state.ts";

export type { ExternalCaseView };

/** The role's steps on the case: open (with its deadline), done, or not started; completable when open. */
export function roleSteps(flow: Flow, role: ExternalRoleDef, obligations: readonly ObligationRecord[]) {
  return role.steps.map((id) => {
    const mine = obligationsOfStep(obligations, id);
    const open = mine.find((x) => x.status === "open");
    const status = open ? "open" : mine.some((x) => x.status === "done") ? "done" : "not_started";
    const label = stepById(flow, id)?.label ?? id;
    return {
      id,
      label,
      status,
      dueAt: open?.dueAt ?? null,
      mayComplete: Boolean(open) && roleMayActOnStep(role, id),
    } as const;
  });
}

export async function viewExternalCase(o: { ctx: AppContext; actorId: string; platform: Platform }) {
  const { ctx, actorId } = o;
  return ctx.store.transaction(async (tx): Promise<ExternalCaseView> => {
    const { c, flow, role } = await requireExternalAccess(ctx, tx, actorId);
    const steps = roleSteps(flow, role, await tx.obligations(c.id));
    const stored = role.sees.length && !(await privacyState(tx, c.id)) ? await tx.residentDetails(c.id) : null;
    const personal = stored
      ? (await caseBoxForReading(ctx, tx, c.id)).open<Record<string, unknown>>(stored.sealed)
      : {};
    const fields = role.sees.map((id) => ({
      label: flow.form.fields.find((f) => f.id === id)?.label ?? id,
      value: personal[id] == null || personal[id] === "" ? "—" : String(personal[id]),
    }));
    const data = { externalRole: role.label };
    await tx.appendEvent({
      caseId: c.id,
      at: ctx.clock.now(),
      type: "details.viewed",
      actorId,
      platform: o.platform,
      partyId: null,
      data,
      sealed: null,
    });
    const municipality = await municipalityName(tx, c.municipalityId);
    const events = flow.events.filter((e) => roleMayRecordEvent(e, role.id)).map((e) => ({ id: e.id, label: e.label }));
    return { reference: c.reference, title: flow.title, municipality, role: role.label, steps, fields, events };
  });
}

/** An external participant asked for another case: refused with their own reference; the attempt is logged there. */
export async function refuseOtherCase(o: { ctx: AppContext; actorId: string; platform: Platform; reference: string }) {
  const { ctx, actorId } = o;
  const own = await ctx.store.transaction(async (tx) => {
    const { c, role } = await requireExternalAccess(ctx, tx, actorId);
    const other = await tx.caseByReference(o.reference.trim().toUpperCase());
    if (other && other.id !== c.id) {
      const data = { why: "external_other_case", externalRole: role.label };
      await tx.appendEvent({
        caseId: other.id,
        at: ctx.clock.now(),
        type: "details.refused",
        actorId,
        platform: o.platform,
        partyId: null,
        data,
        sealed: null,
      });
    }
    return c.reference;
  });
  ctx.log.warn({ reference: own }, "external participant refused another case");
  return new AppError(
    "not_allowed",
    "error.external_other_case",
    { reference: own },
    "external asked for another case",
  );
}
