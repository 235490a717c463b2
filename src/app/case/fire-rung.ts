// What one rung of the escalation ladder does: who is told, in a DM, the thread and the coordinators' channel.
// While a contact is away their deputy acts for them; with nobody present the coordinators are told instead.
import { actingContact, deputyRungRecipient, type AbsencePeriod } from "../../domain/roster/acting-contact.ts";
import type { LadderRung } from "../../domain/flow/flow-schema.ts";
import type { AppContext } from "../context.ts";
import type { CaseRecord, ObligationRecord, StoreTx } from "../ports.ts";
import { coordinatorsFor } from "../absence/acting.ts";
import { formatDeadline } from "./format-deadline.ts";
import { municipalityName, notifierFor, organisationName } from "./notify.ts";

export interface FireRungOptions {
  ctx: AppContext;
  tx: StoreTx;
  c: CaseRecord;
  obligation: ObligationRecord;
  rung: LadderRung;
  level: number;
  stepLabel: string;
  now: Date;
  /** Absences not over at `now`, read by the sweep before its transactions (one read per sweep). */
  absences: readonly AbsencePeriod[];
}

/** Who a rung reaches, and which sentence they get ("acting": the deputy for an absent contact). */
type Target = { people: string[]; notice: "owner" | "deputy" | "coordinator" | "organisation" | "acting" | "nobody" };

async function target({ tx, c, obligation, rung, now, absences }: FireRungOptions): Promise<Target> {
  const entry = await tx.rosterEntry(obligation.organisationId, c.municipalityId);
  const nobody = async (): Promise<Target> => ({ people: await coordinatorsFor(tx, c, entry), notice: "nobody" });
  if (rung.notify === "owner" || rung.notify === "deputy") {
    if (!entry) return { people: [], notice: rung.notify }; // no roster entry: as before, the thread still says it
    if (rung.notify === "deputy") {
      const recipient = deputyRungRecipient(entry, absences, now);
      return recipient ? { people: [recipient], notice: "deputy" } : nobody();
    }
    const acting = actingContact(entry, absences, now);
    if (acting.kind === "nobody") return nobody();
    return { people: [acting.personId], notice: acting.kind === "deputy" ? "acting" : "owner" };
  }
  if (rung.notify === "coordinator") return { people: await coordinatorsFor(tx, c, entry), notice: "coordinator" };
  const people: string[] = [];
  for (const e of await tx.rosterForMunicipality(c.municipalityId)) {
    if ((await tx.organisation(e.organisationId))?.type !== rung.organisationType) continue;
    const acting = actingContact(e, absences, now);
    if (acting.kind !== "nobody") people.push(acting.personId);
  }
  return { people, notice: "organisation" };
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
  const { people, notice } = await target(o);
  // The owner (or whoever acts for them) is reminded; everyone further up the ladder gets an escalation.
  const kind = notice === "owner" || notice === "acting" ? "reminder" : "escalation";
  const alert = { kind, reference: c.reference, step: o.stepLabel } as const;
  for (const personId of people) await notify.person(personId, { key: `notice.reminder.${notice}`, params, alert });
  if (notice === "coordinator" || notice === "organisation" || notice === "nobody") {
    await notify.coordinators({ key: `notice.reminder.${notice}`, params });
  }
  await notify.thread({ key: `notice.thread.${notice}`, params });
  await notify.card();
  await tx.appendEvent({
    caseId: c.id,
    at: now,
    type: "obligation.reminded",
    actorId: null,
    platform: null,
    partyId: obligation.partyId,
    data: {
      obligationId: obligation.id,
      stepId: obligation.stepId,
      level: o.level,
      notify: rung.notify,
      recipients: people,
      // Who the rung reached instead while someone was away ("acting": the deputy, "nobody": the coordinators).
      ...(notice !== rung.notify ? { reached: notice } : {}),
    },
    sealed: null,
  });
}
