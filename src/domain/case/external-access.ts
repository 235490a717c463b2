// Who an external participant is on a case and what they may do: derived from the case's timeline (added, removed)
// and the flow's role. Pure: the app layer loads the events and the flow and stores what these rules allow.
import type { ExternalRoleDef } from "../flow/external-role-schema.ts";

/** The timeline entries that make up a case's external participants (`external.added` / `external.removed`). */
export interface ExternalEventLike {
  type: string;
  at: Date;
  data: Record<string, unknown>;
  partyId: string | null;
}

export interface ExternalParticipant {
  /** Per-case number ("E1"); with the case id it makes the participant's actor id. */
  number: number;
  roleId: string;
  addedAt: Date;
  addedByParty: string | null;
  removedAt: Date | null;
}

/** The actor id of an external participant: never a roster person's id (those have no colon). */
export const externalActorId = (caseId: string, number: number) => `external:${caseId}:${number}`;

/** The case and number inside an external actor id, or null for a roster person. */
export function parseExternalActorId(actorId: string): { caseId: string; number: number } | null {
  const match = /^external:([^:]+):(\d+)$/.exec(actorId);
  return match?.[1] && match[2] ? { caseId: match[1], number: Number(match[2]) } : null;
}

/** Every external participant of a case, oldest first, from its timeline. */
export function externalParticipants(events: readonly ExternalEventLike[]): ExternalParticipant[] {
  const list: ExternalParticipant[] = [];
  for (const e of events) {
    const number = typeof e.data.number === "number" ? e.data.number : undefined;
    if (number === undefined) continue;
    if (e.type === "external.added" && typeof e.data.role === "string")
      list.push({ number, roleId: e.data.role, addedAt: e.at, addedByParty: e.partyId, removedAt: null });
    const found = list.find((p) => p.number === number);
    if (e.type === "external.removed" && found && !found.removedAt) found.removedAt = e.at;
  }
  return list;
}

/** The next free per-case number. */
export const nextExternalNumber = (list: readonly ExternalParticipant[]) =>
  list.reduce((max, p) => Math.max(max, p.number), 0) + 1;

export type ExternalAccess = "ok" | "unknown" | "removed" | "case_closed";

/** Whether an external participant may still see and act on the case: added, not removed, the case open. */
export function externalAccess(
  caseStatus: "open" | "closed",
  list: readonly ExternalParticipant[],
  number: number,
): ExternalAccess {
  const participant = list.find((p) => p.number === number);
  if (!participant) return "unknown";
  if (participant.removedAt) return "removed";
  return caseStatus === "open" ? "ok" : "case_closed";
}

/** Whether a person in this role may complete this step (themselves, or a party on their behalf). */
export const roleMayActOnStep = (role: ExternalRoleDef, stepId: string) => role.steps.includes(stepId);

/** Whether a contact of one of these parties may add or remove a person in this role (default: every party). */
export function partyMayManageRole(role: ExternalRoleDef, actorParties: readonly string[]): boolean {
  if (actorParties.length === 0) return false;
  return role.addedBy.length === 0 || actorParties.some((p) => role.addedBy.includes(p));
}
