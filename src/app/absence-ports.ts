// The ports for people's absences: read by routing and the roster, written from chat (re-exported by ports.ts).

/** A period a person is away; recorded in chat and kept in the database only (never in a region file). */
export interface AbsenceRecord {
  id: string;
  personId: string;
  startsAt: Date;
  endsAt: Date;
  recordedById: string;
  recordedAt: Date;
  endedAt: Date | null;
  endedById: string | null;
}
export type AbsenceEventType = "absence.recorded" | "absence.ended" | "absence.ended_on_deactivation";
export interface AbsenceEventInput {
  absenceId: string;
  at: Date;
  type: AbsenceEventType;
  actorId: string | null;
  personId: string;
  data: Record<string, unknown>;
}

export interface AbsenceReads {
  /** Absences of these people not over at `at` (current and future), by index. */
  absencesOf(personIds: readonly string[], at: Date): Promise<AbsenceRecord[]>;
  /** Every absence not over at `at`, soonest first. */
  absencesFrom(at: Date): Promise<AbsenceRecord[]>;
}

export interface AbsenceWrites {
  createAbsence(input: Omit<AbsenceRecord, "id" | "endedAt" | "endedById">): Promise<AbsenceRecord>;
  /** Ends an absence at `at`; false when it had already ended. */
  endAbsence(id: string, at: Date, endedById: string | null): Promise<boolean>;
  appendAbsenceEvent(event: AbsenceEventInput): Promise<void>;
}
