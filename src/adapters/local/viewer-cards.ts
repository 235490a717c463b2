// The console shows each person their own copy of a case card: only the buttons they can use now.
import { required } from "../../domain/required.ts";
import type { AppContext } from "../../app/context.ts";
import { loadPressableActions } from "../../app/load-pressable-actions.ts";
import type { Card } from "../../ui/card.ts";
import type { ConsoleMessage } from "./console-messages.ts";

/** A card per message for `personId` (cached per case for one request); without a person, cards stay generic. */
export function viewerCards(
  ctx: AppContext,
  personId: string | undefined,
): (m: ConsoleMessage) => Promise<Card | null> {
  const byCase = new Map<string, Promise<Set<string> | null>>();
  return async (m) => {
    if (!m.card || !m.caseId || !personId) return m.card;
    if (!byCase.has(m.caseId)) byCase.set(m.caseId, loadPressableActions(ctx, m.caseId, personId));
    const allowed = await required(byCase.get(m.caseId), "the pressable actions of the case");
    return allowed ? { ...m.card, actions: m.card.actions.filter((a) => allowed.has(a.id)) } : m.card;
  };
}
