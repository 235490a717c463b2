// What one rung of the escalation ladder does: who is told, in a DM, the thread and the coordinators' channel.
import type { LadderRung } from "../../domain/flow/flow-schema.ts";
import type { AppContext } from "../context.ts";
import type { CaseRecord, ObligationRecord, StoreTx } from "../ports.ts";
import { formatDeadline } from "./format-deadline.ts";
import { municipalityName, notifierFor, organisationName } from "./notify.ts";

export interface FireRungOptions { ctx: AppContext; tx: StoreTx; c: CaseRecord; obligation: ObligationRecord; rung: LadderRung; level: number; stepLabel: string; now: Date }

async function recipients(tx: StoreTx, c: CaseRecord, obligation: ObligationRecord, rung: LadderRung): Promise<string[]> {
  const entry = await tx.rosterEntry(obligation.organisationId, c.municipalityId);
  if (rung.notify === "owner") return entry ? [entry.primaryPersonId] : [];
  if (rung.notify === "deputy") return entry ? [entry.deputyPersonId ?? entry.primaryPersonId] : [];
  if (rung.notify === "coordinator") {
    const municipality = await tx.municipality(c.municipalityId);
    const regional = municipality ? await tx.regionCoordinators(municipality.regionId) : [];
    return [...new Set([...(entry?.coordinatorPersonId ? [entry.coordinatorPersonId] : []), ...regional])];
  }
  const people: string[] = [];
  for (const e of await tx.rosterForMunicipality(c.municipalityId)) {
    if ((await tx.organisation(e.organisationId))?.type === rung.organisationType) people.push(e.primaryPersonId);
  }
  return people;
}

export async function fireRung(o: FireRungOptions): Promise<void> {
  const { ctx, tx, c, obligation, rung, now } = o;
  const notify = notifierFor(ctx, tx, c, now);
  const params = {
    reference: c.reference,
    step: o.stepLabel,
    organisation: await organisationName(tx, obligation.organisationId),
    municipality: await municipalityName(tx, c.municipalityId),
    deadline: formatDeadline(obligation.dueAt, ctx.calendar),
    level: rung.label ?? "",
  };
  const people = await recipients(tx, c, obligation, rung);
  for (const personId of people) await notify.person(personId, { key: `notice.reminder.${rung.notify}`, params });
  if (rung.notify === "coordinator" || rung.notify === "organisation") await notify.coordinators({ key: `notice.reminder.${rung.notify}`, params });
  await notify.thread({ key: `notice.thread.${rung.notify}`, params });
  await notify.card();
  await tx.appendEvent({
    caseId: c.id, at: now, type: "obligation.reminded", actorId: null, platform: null, partyId: obligation.partyId,
    data: { obligationId: obligation.id, stepId: obligation.stepId, level: o.level, notify: rung.notify, recipients: people },
    sealed: null,
  });
}
