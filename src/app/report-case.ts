// Use-case: a staff member reports a case. Validates the form, stores personal details apart and
// encrypted, routes the case to each party's fixed contact and queues the privacy-safe card.
import { required } from "../domain/required.ts";
import { formatReference } from "../domain/case/reference.ts";
import type { PartyRouting } from "../domain/case/authorization.ts";
import { validateForm, type FieldError, type FieldValue } from "../domain/forms/validate-form.ts";
import type { Flow, FlowStep } from "../domain/flow/flow-schema.ts";
import type { Actor, AppContext } from "./context.ts";
import { AppError } from "./errors.ts";
import { optionsByField } from "./case/field-options.ts";
import { municipalityName, notifierFor, organisationName } from "./case/notify.ts";
import { formatDeadline } from "./case/format-deadline.ts";
import { requirePerson } from "./case/case-routing.ts";
import { startStep } from "./case/start-step.ts";
import { acknowledgeOwnReport } from "./case/acknowledge-own-report.ts";
import { joinsAtReport } from "./case/join-parties.ts";
import { firstMainStep } from "./case/step-plan.ts";
import { householdText, linkToRunningAgreement } from "./case/link-household.ts";
import type { CaseRecord, Notice, StoreTx } from "./ports.ts";
import { actingFor, tellNobodyPresent } from "./absence/acting.ts";
import { caseBoxForWriting } from "./case/case-box.ts";
import { requireReportWithinLimits } from "./case/require-within-limits.ts";

export interface ReportCaseOptions {
  ctx: AppContext;
  actor: Actor;
  flowId: string;
  values: Record<string, unknown>;
}
export type ReportCaseResult =
  | { ok: true; caseId: string; reference: string }
  | { ok: false; errors: Record<string, FieldError> };

type Resolved = { ok: true; routings: PartyRouting[] } | { ok: false; errors: Record<string, FieldError> };

/** Which organisation plays each party, and its fixed contacts in the municipality. */
async function resolveParties(
  tx: StoreTx,
  flow: Flow,
  values: Record<string, FieldValue>,
  municipalityId: string,
): Promise<Resolved> {
  const municipality = await municipalityName(tx, municipalityId);
  const roster = await tx.rosterForMunicipality(municipalityId);
  const errors: Record<string, FieldError> = {};
  const routings: PartyRouting[] = [];
  const municipalityField = required(
    flow.form.fields.find((f) => f.bind === "municipality"),
    "the flow's municipality field",
  ).id;
  for (const party of flow.parties) {
    const field = flow.form.fields.find((f) => f.bind === `party:${party.id}`);
    let organisationId = field ? String(values[field.id] ?? "") : undefined;
    if (!organisationId) {
      for (const entry of roster) {
        if ((await tx.organisation(entry.organisationId))?.type === party.organisationType) {
          organisationId = entry.organisationId;
          break;
        }
      }
    }
    const entry = organisationId ? roster.find((r) => r.organisationId === organisationId) : undefined;
    if (!organisationId || !entry) {
      const key = field ? field.id : municipalityField;
      errors[key] = organisationId
        ? { key: "form.no_roster", params: { organisation: await organisationName(tx, organisationId), municipality } }
        : { key: "form.no_party_org", params: { party: party.label.toLowerCase(), municipality } };
      continue;
    }
    routings.push({
      partyId: party.id,
      organisationId,
      primaryPersonId: entry.primaryPersonId,
      deputyPersonId: entry.deputyPersonId,
      coordinatorPersonId: entry.coordinatorPersonId,
    });
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, routings };
}

/** What every routing DM of a new case says about it. */
interface RoutingFacts {
  reference: string;
  kind: string;
  municipality: string;
  deadline: string;
}
type PartyFacts = RoutingFacts & { organisation: string };

/** The contact's first DM: confirm receipt only where the flow has an acknowledgement step still open for them. */
function routedNotice(first: FlowStep, ownReport: boolean, params: PartyFacts): Notice {
  const acknowledging = first.owner === "all" && first.kind === "task";
  if (!acknowledging) return { key: "notice.routed_step", params: { ...params, step: first.label } };
  return { key: ownReport ? "notice.routed_own" : "notice.routed", params };
}

/** The routing DMs of one party: to the contact (the deputy for information), or to the deputy acting for them. */
async function routeToParty(
  ctx: AppContext,
  tx: StoreTx,
  c: CaseRecord,
  r: PartyRouting,
  common: RoutingFacts,
  now: Date,
  contactNotice: (params: PartyFacts) => Notice,
): Promise<void> {
  const notify = notifierFor(ctx, tx, c, now);
  const params: PartyFacts = { ...common, organisation: await organisationName(tx, r.organisationId) };
  const acting = await actingFor(tx, r, now);
  if (acting.kind === "nobody") {
    await tellNobodyPresent(ctx, tx, c, r.organisationId, now);
  } else if (acting.kind === "deputy") {
    await notify.person(acting.personId, { key: "notice.routed_acting", params });
  } else {
    await notify.person(r.primaryPersonId, contactNotice(params));
    if (r.deputyPersonId) await notify.person(r.deputyPersonId, { key: "notice.routed_deputy", params });
  }
}

export async function reportCase({
  ctx,
  actor,
  flowId,
  values: submitted,
}: ReportCaseOptions): Promise<ReportCaseResult> {
  const loaded = ctx.flows.current(flowId);
  if (!loaded) throw new AppError("not_found", "error.unknown_flow", { command: flowId }, `unknown flow ${flowId}`);
  const { flow } = loaded;
  const now = ctx.clock.now();
  return ctx.store.transaction(async (tx) => {
    await requirePerson(tx, actor.personId);
    const options = await optionsByField(tx, flow.form.fields);
    const validation = validateForm(
      flow.form.fields,
      submitted,
      (f) => (options.get(f.id) ?? []).map((o) => o.value),
      ctx.calendar.localDate(now),
    );
    if (!validation.ok) return validation;
    const values = validation.values;
    const municipalityId = String(
      values[
        required(
          flow.form.fields.find((f) => f.bind === "municipality"),
          "the flow's municipality field",
        ).id
      ],
    );
    const resolved = await resolveParties(tx, flow, values, municipalityId);
    if (!resolved.ok) return resolved;
    // A party that joins later (flow `joinsAt`) was checked against the roster above but is not routed yet.
    const routings = resolved.routings.filter((r) => joinsAtReport(flow, r.partyId));

    const year = Number(ctx.calendar.localDate(now).slice(0, 4));
    const reference = formatReference(
      flow.referencePrefix,
      year,
      await tx.nextSequence(`${flow.referencePrefix}-${year}`),
    );
    const personal = Object.fromEntries(
      flow.form.fields.filter((f) => f.personal).map((f) => [f.id, values[f.id] ?? null]),
    );
    const publicValues = Object.fromEntries(
      flow.form.fields.filter((f) => !f.personal).map((f) => [f.id, values[f.id] ?? null]),
    );
    const legalField = flow.form.fields.find((f) => f.bind === "legalBasis");
    const householdField = flow.form.fields.find((f) => f.bind === "household");
    const household =
      householdField && values[householdField.id] ? householdText(String(values[householdField.id])) : "";
    const householdKey = household ? ctx.sealer.fingerprint(household) : null;
    await requireReportWithinLimits(ctx, tx, flow, householdKey, now);
    const first = firstMainStep(flow);
    const c = await tx.createCase({
      reference,
      flowId: flow.id,
      flowVersionId: loaded.versionId,
      municipalityId,
      status: "open",
      currentStepId: first.id,
      level: 0,
      publicValues,
      outcome: null,
      reportedById: actor.personId,
      reportedAt: now,
      closedAt: null,
      platform: actor.platform,
      householdKey,
      linkedCaseId: null,
    });
    for (const field of flow.form.fields.filter((f) => f.bind?.startsWith("flag:") && values[f.id] === true)) {
      await tx.setCaseFlag(c.id, required(field.bind, "the flag binding of a field").slice(5), actor.personId, now);
    }
    await tx.addParties(routings.map((r) => ({ caseId: c.id, partyId: r.partyId, organisationId: r.organisationId })));
    const sealed = (await caseBoxForWriting(ctx, tx, c.id)).seal(personal);
    await tx.saveResidentDetails({
      caseId: c.id,
      sealed,
      legalBasis: legalField ? String(values[legalField.id] ?? "") : "",
      createdAt: now,
    });
    await tx.appendEvent({
      caseId: c.id,
      at: now,
      type: "case.reported",
      actorId: actor.personId,
      platform: actor.platform,
      partyId: null,
      data: {
        flowId: flow.id,
        flowVersion: flow.version,
        parties: Object.fromEntries(routings.map((r) => [r.partyId, r.organisationId])),
      },
      sealed: null,
    });
    const started = await startStep({
      ctx,
      tx,
      c,
      flow,
      step: first,
      at: now,
      routings: routings,
      tellOwners: first.owner !== "all",
    });
    const obligation = started[0];
    const notify = notifierFor(ctx, tx, c, now);
    await notify.card();
    // After the card is queued, so the thread notice of her confirmation has a card to hang under.
    const ownParties = await acknowledgeOwnReport({
      ctx,
      tx,
      c,
      flow,
      step: first,
      actor,
      routings: routings,
      started,
    });
    const kindField = flow.form.fields.find((f) => f.showOnCard && f.type === "select" && f.options);
    const kind = kindField?.options?.find((o) => o.value === values[kindField.id])?.label ?? flow.title;
    const common: RoutingFacts = {
      reference,
      kind,
      municipality: await municipalityName(tx, municipalityId),
      deadline: obligation ? formatDeadline(obligation.dueAt, ctx.calendar) : "",
    };
    await linkToRunningAgreement(ctx, tx, c, kind, now);
    for (const r of routings) {
      const own = r.primaryPersonId === actor.personId && ownParties.includes(r.partyId);
      await routeToParty(ctx, tx, c, r, common, now, (params) => routedNotice(first, own, params));
    }
    ctx.log.info({ reference, flowId: flow.id, municipalityId, parties: routings.length }, "case reported");
    return { ok: true as const, caseId: c.id, reference };
  });
}
