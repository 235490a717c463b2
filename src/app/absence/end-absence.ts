// Use-case: end an absence early (the current one, else the next planned one), and end every absence of a
// person who leaves the roster (the region apply calls endAbsencesOnDeactivation when it deactivates someone).
import { effectiveEnd } from "../../domain/roster/acting-contact.ts";
import type { Actor, AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import type { AbsenceRecord, PersonRecord, StoreTx } from "../ports.ts";
import { auditAbsenceChange } from "./absence-audit.ts";
import { absenceParties } from "./people-and-regions.ts";

export interface EndAbsenceOptions {
  ctx: AppContext;
  actor: Actor;
  person?: string;
}

export async function endAbsence({
  ctx,
  actor,
  person,
}: EndAbsenceOptions): Promise<{ absence: AbsenceRecord; person: PersonRecord }> {
  const now = ctx.clock.now();
  return ctx.store.transaction(async (tx) => {
    const { me, target } = await absenceParties(tx, actor.personId, person, "end");
    const open = await tx.absencesOf([target.id], now);
    const absence = open.find((a) => a.startsAt <= now && now < effectiveEnd(a)) ?? open[0];
    if (!absence || !(await tx.endAbsence(absence.id, now, me.id))) {
      throw new AppError(
        "not_found",
        "error.absence.nothing_to_end",
        { name: target.name },
        `no absence of ${target.id} to end`,
      );
    }
    await auditAbsenceChange({ ctx, tx, absence, person: target, actor: me, type: "absence.ended", at: now });
    ctx.log.info({ personId: target.id, by: me.id, absenceId: absence.id }, "absence ended early");
    return { absence, person: target };
  });
}

/** Ends the current and planned absences of a person who left the roster, in the caller's transaction. */
export async function endAbsencesOnDeactivation(
  ctx: AppContext,
  tx: StoreTx,
  personId: string,
  at: Date,
): Promise<number> {
  const person = await tx.person(personId);
  if (!person) return 0;
  let ended = 0;
  for (const absence of await tx.absencesOf([personId], at)) {
    if (!(await tx.endAbsence(absence.id, at, null))) continue;
    await tx.appendAbsenceEvent({
      absenceId: absence.id,
      at,
      type: "absence.ended_on_deactivation",
      actorId: null,
      personId,
      data: { endedAt: at.toISOString() },
    });
    ended++;
  }
  if (ended) ctx.log.info({ personId, ended }, "absences ended because the person left the roster");
  return ended;
}
