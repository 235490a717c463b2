// Use-case (AVG art. 16): a routed contact corrects the resident's details, with a recorded reason. Everything
// sealed of the case is sealed again under a fresh case key and the old key is destroyed, so the old values
// (and any leftover copy of them) no longer open; the timeline names the fields changed, never their values.
import { validateForm } from "../../domain/forms/validate-form.ts";
import type { FormFieldDef } from "../../domain/flow/flow-schema.ts";
import type { Actor, AppContext } from "../context.ts";
import { AppError, requireText } from "../errors.ts";
import { standingOfActor } from "../case/case-routing.ts";
import { withCase } from "../case/with-case.ts";
import { caseBoxForReading } from "../case/case-box.ts";
import { householdText } from "../case/link-household.ts";
import { notifierFor } from "../case/notify.ts";
import type { CaseRecord, StoreTx } from "../ports.ts";
import { avgEvent, requireDetailsAvailable } from "./avg-rules.ts";

export interface RectifyDetailsOptions {
  ctx: AppContext;
  actor: Actor;
  caseId: string;
  /** Form values: personal field ids (blank = unchanged) and `reason`. */
  values: Record<string, unknown>;
}

function changedValues(ctx: AppContext, fields: FormFieldDef[], values: Record<string, unknown>) {
  const filled = fields.filter((f) => typeof values[f.id] === "string" && String(values[f.id]).trim() !== "");
  const optional = filled.map((f) => ({ ...f, required: false }));
  const today = ctx.calendar.localDate(ctx.clock.now());
  const checked = validateForm(optional, values, (f) => (f.options ?? []).map((o) => o.value), today);
  if (!checked.ok) throw new AppError("invalid_input", "form.required", {}, "rectification refused", checked.errors);
  if (filled.length === 0) {
    const first = fields[0]?.id ?? "reason";
    throw new AppError("invalid_input", "avg.rectify.nothing", {}, "rectification without changes", {
      [first]: { key: "avg.rectify.nothing" },
    });
  }
  return checked.values;
}

async function requireContact(tx: StoreTx, c: CaseRecord, personId: string): Promise<string> {
  const { standing } = await standingOfActor(tx, c, personId);
  const partyId = standing.asContact[0];
  if (partyId) return partyId;
  const log = `person ${personId} is no routed contact of ${c.reference}; rectification refused`;
  throw new AppError("not_allowed", "avg.rectify.not_contact", { reference: c.reference }, log);
}

export async function rectifyDetails({ ctx, actor, caseId, values }: RectifyDetailsOptions) {
  const result = await withCase(ctx, { actor, caseId, mustBeOpen: false }, async ({ tx, c }) => {
    const partyId = await requireContact(tx, c, actor.personId);
    await requireDetailsAvailable(tx, c);
    const reason = requireText(values.reason, "reason", 500);
    const flow = await ctx.flows.forCase(c);
    const personalFields = flow.form.fields.filter((f) => f.personal);
    const changes = changedValues(ctx, personalFields, values);
    const old = await caseBoxForReading(ctx, tx, c.id);
    const stored = await tx.residentDetails(c.id);
    if (!stored || !(await tx.caseKey(c.id)))
      throw new AppError("invalid_state", "avg.erased_refusal", { reference: c.reference }, "no details to rectify");
    const details = { ...old.open<Record<string, unknown>>(stored.sealed), ...changes };
    const key = ctx.sealer.newCaseKey(c.id);
    const box = ctx.sealer.box(c.id, key);
    const events = (await tx.events(c.id)).flatMap((e) => (e.sealed ? [{ id: e.id, sealed: e.sealed }] : []));
    const household = flow.form.fields.find((f) => f.bind === "household" && f.id in changes);
    await tx.resealCase(c.id, {
      key,
      details: box.seal(details),
      events: events.map((e) => ({ id: e.id, sealed: box.seal(old.open(e.sealed)) })),
      ...(household ? { householdKey: ctx.sealer.fingerprint(householdText(String(changes[household.id]))) } : {}),
    });
    const now = ctx.clock.now();
    const fields = Object.keys(changes);
    await tx.appendEvent({ ...avgEvent(c, actor, now, "avg.rectified", { reason, fields }), partyId });
    await notifierFor(ctx, tx, c, now).card();
    const labels = personalFields.filter((f) => fields.includes(f.id)).map((f) => f.label);
    return { reference: c.reference, fields: labels };
  });
  await ctx.store.releaseErased();
  ctx.log.info({ reference: result.reference, personId: actor.personId }, "details rectified and re-sealed");
  return result;
}
