// Use-case: record an absence for oneself, or (as a coordinator of the region) for someone else. The period is
// whole local days with the last day included; it ends by itself because who acts is decided by the clock.
import { absencePeriod, parseDutchDate } from "../../domain/roster/absence-period.ts";
import { effectiveEnd } from "../../domain/roster/acting-contact.ts";
import type { Actor, AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import type { AbsenceRecord, PersonRecord } from "../ports.ts";
import { auditAbsenceChange } from "./absence-audit.ts";
import { absenceDays } from "./format-day.ts";
import { absenceParties } from "./people-and-regions.ts";

export interface RecordAbsenceOptions {
  ctx: AppContext;
  actor: Actor;
  from: string;
  to: string;
  person?: string;
}
export interface RecordedAbsence {
  absence: AbsenceRecord;
  person: PersonRecord;
}

function parseDay(text: string): string {
  const day = parseDutchDate(text);
  if (!day)
    throw new AppError("invalid_input", "error.absence.invalid_date", { value: text }, `invalid absence date ${text}`);
  return day;
}

export async function recordAbsence({ ctx, actor, from, to, person }: RecordAbsenceOptions): Promise<RecordedAbsence> {
  const first = parseDay(from);
  const last = parseDay(to);
  const now = ctx.clock.now();
  const period = absencePeriod(first, last, ctx.calendar.localDate(now), ctx.calendar.zone);
  if (!period.ok) {
    throw new AppError(
      "invalid_input",
      `error.absence.${period.problem}`,
      { from, to },
      `absence period ${first}..${last} refused: ${period.problem}`,
    );
  }
  return ctx.store.transaction(async (tx) => {
    const { me, target } = await absenceParties(tx, actor.personId, person, "record");
    const clash = (await tx.absencesOf([target.id], now)).find(
      (a) => a.startsAt < period.endsAt && effectiveEnd(a) > period.startsAt,
    );
    if (clash)
      throw new AppError(
        "conflict",
        "error.absence.overlap",
        { name: target.name, ...absenceDays(clash, ctx.calendar) },
        `absence of ${target.id} overlaps ${clash.id}`,
      );
    const absence = await tx.createAbsence({
      personId: target.id,
      startsAt: period.startsAt,
      endsAt: period.endsAt,
      recordedById: me.id,
      recordedAt: now,
    });
    await auditAbsenceChange({ ctx, tx, absence, person: target, actor: me, type: "absence.recorded", at: now });
    ctx.log.info(
      { personId: target.id, by: me.id, startsAt: period.startsAt.toISOString(), endsAt: period.endsAt.toISOString() },
      "absence recorded",
    );
    return { absence, person: target };
  });
}
