// Use-case: the open obligations a person is the contact, deputy or coordinator for ("/schakel mijn").
import type { AppContext } from "./context.ts";
import { organisationName } from "./case/notify.ts";
import { baseStepId, isNotice } from "./case/step-plan.ts";

export interface MyObligation {
  caseId: string;
  reference: string;
  step: string;
  organisation: string;
  dueAt: Date;
  overdue: boolean;
  /** The evaluation moment's number, for a step with numbered moments. */
  moment?: number;
}

export async function listMyObligations({
  ctx,
  personId,
}: {
  ctx: AppContext;
  personId: string;
}): Promise<MyObligation[]> {
  const read = ctx.store.read;
  const roster = await read.rosterForPerson(personId);
  const regions = await read.coordinatorRegions(personId);
  const obligations = await read.openObligationsOfOrganisations([...new Set(roster.map((r) => r.organisationId))]);
  const now = ctx.clock.now();
  const mine: MyObligation[] = [];
  // A notice ahead of a date is Schakel's own job, and of a step's numbered moments only the next one is a task now.
  const next = new Map<string, (typeof obligations)[number]>();
  for (const o of obligations.filter((x) => !isNotice(x.stepId))) {
    const key = `${o.caseId}|${baseStepId(o.stepId)}|${o.organisationId}`;
    const earliest = next.get(key);
    if (!earliest || o.dueAt < earliest.dueAt) next.set(key, o);
  }
  for (const o of next.values()) {
    const c = await read.case(o.caseId);
    if (c?.status !== "open") continue;
    const covers = roster.some((r) => r.organisationId === o.organisationId && r.municipalityId === c.municipalityId);
    const municipality = await read.municipality(c.municipalityId);
    if (!covers && !(municipality && regions.includes(municipality.regionId))) continue;
    const flow = await ctx.flows.forCase(c);
    mine.push({
      caseId: c.id,
      reference: c.reference,
      organisation: await organisationName(read, o.organisationId),
      step: flow.steps.find((s) => s.id === baseStepId(o.stepId))?.label ?? o.stepId,
      dueAt: o.dueAt,
      overdue: o.dueAt < now,
      ...(o.stepId.includes("#") ? { moment: Number(o.stepId.split("#")[1]) } : {}),
    });
  }
  return mine.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
