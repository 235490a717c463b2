// Who acts for an organisation in a municipality at one moment: the fixed contact, or the deputy while the
// contact is away, or nobody (both away or no deputy), in which case the coordinators must be told.
// Pure: the moment comes in as an argument, so an absence ends by itself when the clock passes its end.

export interface AbsencePeriod {
  personId: string;
  /** Start of the first local day away. */
  startsAt: Date;
  /** Start of the local day after the last day away. */
  endsAt: Date;
  /** Set when the absence was ended early. */
  endedAt: Date | null;
}

export interface RosterSlot {
  primaryPersonId: string;
  deputyPersonId: string | null;
}

export type ActingContact =
  | { kind: "contact"; personId: string }
  | { kind: "deputy"; personId: string; absentPersonId: string; absentUntil: Date }
  /** Nobody on the roster is present: the message goes up to the coordinators, never dropped. */
  | { kind: "nobody"; away: { personId: string; until: Date }[] };

/** The moment an absence stops counting: its planned end, or earlier when it was ended early. */
export function effectiveEnd(absence: AbsencePeriod): Date {
  return absence.endedAt && absence.endedAt < absence.endsAt ? absence.endedAt : absence.endsAt;
}

/** The absence of `personId` covering `at`, if any (the one that lasts longest when several overlap). */
export function absenceAt(absences: readonly AbsencePeriod[], personId: string, at: Date): AbsencePeriod | null {
  const t = at.getTime();
  const covering = absences.filter(
    (a) => a.personId === personId && a.startsAt.getTime() <= t && t < effectiveEnd(a).getTime(),
  );
  return covering.sort((a, b) => effectiveEnd(b).getTime() - effectiveEnd(a).getTime())[0] ?? null;
}

/** Who receives what would go to the contact of this roster slot at `at`. */
export function actingContact(slot: RosterSlot, absences: readonly AbsencePeriod[], at: Date): ActingContact {
  const contactAway = absenceAt(absences, slot.primaryPersonId, at);
  if (!contactAway) return { kind: "contact", personId: slot.primaryPersonId };
  const away = [{ personId: slot.primaryPersonId, until: effectiveEnd(contactAway) }];
  const deputy = slot.deputyPersonId && slot.deputyPersonId !== slot.primaryPersonId ? slot.deputyPersonId : null;
  if (!deputy) return { kind: "nobody", away };
  const deputyAway = absenceAt(absences, deputy, at);
  if (deputyAway) return { kind: "nobody", away: [...away, { personId: deputy, until: effectiveEnd(deputyAway) }] };
  return {
    kind: "deputy",
    personId: deputy,
    absentPersonId: slot.primaryPersonId,
    absentUntil: effectiveEnd(contactAway),
  };
}

/**
 * Who receives the ladder's deputy rung at `at`: the deputy when present; without a (present) deputy the
 * contact when present; null when neither is, so the coordinator behaviour applies.
 */
export function deputyRungRecipient(slot: RosterSlot, absences: readonly AbsencePeriod[], at: Date): string | null {
  const deputy = slot.deputyPersonId;
  if (deputy && !absenceAt(absences, deputy, at)) return deputy;
  return absenceAt(absences, slot.primaryPersonId, at) ? null : slot.primaryPersonId;
}
