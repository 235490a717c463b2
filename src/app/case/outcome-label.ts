// A case's closing outcome as a reader sees it: the shared card and thread show the coarse code when the flow
// keeps the full label to some parties (`fullFor`); those parties see the full label in their own views.
import type { Outcome } from "../../domain/flow/flow-schema.ts";

/** What the shared channel (card, thread) and any party outside `fullFor` reads. */
export function sharedOutcomeLabel(outcome: Outcome): string {
  return outcome.fullFor ? (outcome.coarse ?? outcome.label) : outcome.label;
}

/** What a reader playing `partyIds` on the case reads (every party sees the full label without `fullFor`). */
export function outcomeLabelFor(outcome: Outcome, partyIds: readonly string[]): string {
  if (!outcome.fullFor || partyIds.some((p) => outcome.fullFor?.includes(p))) return outcome.label;
  return outcome.coarse ?? outcome.label;
}

/** The label of a stored outcome value for a reader, or the value itself when the flow no longer has it. */
export function outcomeValueLabel(
  outcomes: readonly Outcome[],
  value: string | null,
  partyIds?: readonly string[],
): string | null {
  if (!value) return null;
  const o = outcomes.find((x) => x.value === value);
  if (!o) return value;
  return partyIds ? outcomeLabelFor(o, partyIds) : sharedOutcomeLabel(o);
}
