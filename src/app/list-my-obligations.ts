// Use-case: the open obligations a person is the contact, deputy or coordinator for ("/schakel mijn").
import type { AppContext } from "./context.ts";
import { organisationName } from "./case/notify.ts";

export interface MyObligation { caseId: string; reference: string; step: string; organisation: string; dueAt: Date; overdue: boolean }

export async function listMyObligations({ ctx, personId }: { ctx: AppContext; personId: string }): Promise<MyObligation[]> {
  const read = ctx.store.read;
  const roster = await read.rosterForPerson(personId);
  const regions = await read.coordinatorRegions(personId);
  const obligations = await read.openObligationsOfOrganisations([...new Set(roster.map((r) => r.organisationId))]);
  const now = ctx.clock.now();
  const mine: MyObligation[] = [];
  for (const o of obligations) {
    const c = await read.case(o.caseId);
    if (!c || c.status !== "open") continue;
    const covers = roster.some((r) => r.organisationId === o.organisationId && r.municipalityId === c.municipalityId);
    const municipality = await read.municipality(c.municipalityId);
    if (!covers && !(municipality && regions.includes(municipality.regionId))) continue;
    const flow = await ctx.flows.forCase(c);
    mine.push({
      caseId: c.id, reference: c.reference, organisation: await organisationName(read, o.organisationId),
      step: flow.steps.find((s) => s.id === o.stepId)?.label ?? o.stepId, dueAt: o.dueAt, overdue: o.dueAt < now,
    });
  }
  return mine;
}
