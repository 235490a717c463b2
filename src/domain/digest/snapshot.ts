// The state at one instant: open cases per step, overdue obligations per party and organisation, and
// what is coming up (court and eviction dates, second-chance evaluations) before the horizon.
import { required } from "../required.ts";
import type { ComingUpItem, DigestCase, DigestDate, DigestObligation, OverdueGroup } from "./digest-types.ts";

/** Notice obligations are reminders to send, not work a party owes. */
export const isNoticeStep = (stepId: string) => stepId.startsWith("notice:");
/** Second-chance evaluation moments are obligations of a step whose id starts with "evaluation". */
export const isEvaluationStep = (stepId: string) => stepId.startsWith("evaluation");

const MAX_REFERENCES = 5;

export function openByStep(openCases: readonly DigestCase[]): { flowId: string; stepId: string; count: number }[] {
  const counts = new Map<string, { flowId: string; stepId: string; count: number }>();
  for (const c of openCases) {
    const stepId = c.currentStepId ?? "";
    const key = `${c.flowId}\u0000${stepId}`;
    const entry = counts.get(key) ?? { flowId: c.flowId, stepId, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || a.flowId.localeCompare(b.flowId) || a.stepId.localeCompare(b.stepId),
  );
}

export function overdueGroups(
  openObligations: readonly DigestObligation[],
  casesById: ReadonlyMap<string, DigestCase>,
  now: Date,
): OverdueGroup[] {
  const groups = new Map<string, OverdueGroup>();
  const late = openObligations
    .filter(
      (o) =>
        o.status === "open" &&
        o.dueAt < now &&
        !o.paused &&
        !isNoticeStep(o.stepId) &&
        casesById.get(o.caseId)?.status === "open",
    )
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  for (const o of late) {
    const key = `${o.partyId}\u0000${o.organisationId}`;
    const group = groups.get(key) ?? { partyId: o.partyId, organisationId: o.organisationId, count: 0, references: [] };
    group.count++;
    const reference = required(casesById.get(o.caseId), "the case of an obligation").reference;
    if (group.references.length < MAX_REFERENCES && !group.references.includes(reference))
      group.references.push(reference);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.partyId.localeCompare(b.partyId));
}

export function comingUp(
  dates: readonly DigestDate[],
  openObligations: readonly DigestObligation[],
  casesById: ReadonlyMap<string, DigestCase>,
  from: Date,
  until: Date,
): ComingUpItem[] {
  const items: ComingUpItem[] = [];
  const inWindow = (d: Date) => d >= from && d < until;
  for (const d of dates) {
    const c = casesById.get(d.caseId);
    if (c?.status === "open" && inWindow(d.date))
      items.push({ reference: c.reference, flowId: c.flowId, at: d.date.toISOString(), kind: "date", key: d.key });
  }
  const seen = new Set<string>();
  for (const o of openObligations) {
    const c = casesById.get(o.caseId);
    const key = `${o.caseId}\u0000${o.stepId}`;
    if (
      c?.status !== "open" ||
      o.status !== "open" ||
      !isEvaluationStep(o.stepId) ||
      !inWindow(o.dueAt) ||
      seen.has(key)
    )
      continue;
    seen.add(key);
    items.push({
      reference: c.reference,
      flowId: c.flowId,
      at: o.dueAt.toISOString(),
      kind: "evaluation",
      key: o.stepId,
    });
  }
  return items.sort((a, b) => a.at.localeCompare(b.at) || a.reference.localeCompare(b.reference));
}
