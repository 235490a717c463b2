// Parties that join a case only when a given step starts (flow `joinsAt`, e.g. the municipality at the early
// signal): until then they are not routed, are told nothing and cannot open the details.
import type { PartyRouting } from "../../domain/case/authorization.ts";
import type { Flow, FlowParty } from "../../domain/flow/flow-schema.ts";
import type { AppContext } from "../context.ts";
import type { CaseRecord, StoreTx } from "../ports.ts";
import { municipalityName, notifierFor, organisationName } from "./notify.ts";
import { rescheduleNotices } from "./schedule-notices.ts";

/** Parties routed at once when a case is reported (everyone without `joinsAt`). */
export const joinsAtReport = (flow: Flow, partyId: string) => !flow.parties.find((p) => p.id === partyId)?.joinsAt;

/** The organisation playing the party (its form field, else the roster's one of its type) and its contacts. */
async function routingFor(tx: StoreTx, flow: Flow, party: FlowParty, c: CaseRecord): Promise<PartyRouting | null> {
  const field = flow.form.fields.find((f) => f.bind === `party:${party.id}`);
  const chosen = field ? String(c.publicValues[field.id] ?? "") : "";
  const roster = await tx.rosterForMunicipality(c.municipalityId);
  let entry = chosen ? roster.find((r) => r.organisationId === chosen) : undefined;
  for (const candidate of chosen ? [] : roster) {
    if ((await tx.organisation(candidate.organisationId))?.type !== party.organisationType) continue;
    entry = candidate;
    break;
  }
  if (!entry) return null;
  const { organisationId, primaryPersonId, deputyPersonId, coordinatorPersonId } = entry;
  return { partyId: party.id, organisationId, primaryPersonId, deputyPersonId, coordinatorPersonId };
}

/** Routes the parties that join at `step` (a step or a branch) and are not on the case yet, and tells their contacts. */
export async function joinPartiesAt(
  ctx: AppContext,
  tx: StoreTx,
  c: CaseRecord,
  flow: Flow,
  /** The step or branch that starts. */
  step: { id: string; label: string },
  at: Date,
  routed: PartyRouting[],
): Promise<PartyRouting[]> {
  const joined: PartyRouting[] = [];
  for (const party of flow.parties.filter((p) => p.joinsAt === step.id && !routed.some((r) => r.partyId === p.id))) {
    const routing = await routingFor(tx, flow, party, c);
    if (!routing) {
      ctx.log.warn({ reference: c.reference, partyId: party.id }, "no roster contact for a party joining the case");
      continue;
    }
    await tx.addParties([{ caseId: c.id, partyId: party.id, organisationId: routing.organisationId }]);
    const data = { stepId: step.id, organisationId: routing.organisationId };
    const event = { caseId: c.id, at, type: "party.joined", actorId: null, platform: null, partyId: party.id };
    await tx.appendEvent({ ...event, data, sealed: null });
    const notify = notifierFor(ctx, tx, c, at);
    const params = {
      reference: c.reference,
      step: step.label,
      municipality: await municipalityName(tx, c.municipalityId),
      organisation: await organisationName(tx, routing.organisationId),
    };
    await notify.person(routing.primaryPersonId, { key: "notice.joined", params });
    if (routing.deputyPersonId) await notify.person(routing.deputyPersonId, { key: "notice.joined_deputy", params });
    joined.push(routing);
  }
  // Dates entered before the party joined: its notices ahead of them (e.g. the eviction date) are planned now.
  const upcoming = (await tx.caseDates(c.id)).filter((d) => d.date > at);
  if (joined.length && upcoming.length) {
    await rescheduleNotices(ctx, tx, c, flow, new Map(upcoming.map((d) => [d.key, d.date])), at);
  }
  return joined;
}
