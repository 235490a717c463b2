// The neutral Card as an Adaptive Card 1.5 with Universal Actions: every button is an Action.Execute whose
// verb is the action id, so Teams sends it to the bot and the bot answers with the refreshed card.
import type { Card, CardField } from "../../ui/card.ts";
import { t } from "../../i18n/messages.ts";
import { fieldRuns } from "../../ui/field-runs.ts";
import {
  adaptiveCard,
  CARD_REFRESH_VERB,
  execute,
  textBlock,
  type AdaptiveCard,
  type AdaptiveElement,
  type RefreshAction,
} from "./adaptive-card.ts";

/** Adaptive Cards allow five actions per row: beyond that, the rest go behind a "Meer acties" button. */
const MAX_ACTIONS = 5;

function fitActions(actions: AdaptiveElement[]): AdaptiveElement[] {
  if (actions.length <= MAX_ACTIONS) return actions;
  const more = { type: "AdaptiveCard", body: [], actions: fitActions(actions.slice(MAX_ACTIONS - 1)) };
  return [
    ...actions.slice(0, MAX_ACTIONS - 1),
    { type: "Action.ShowCard", title: t("nl", "teams.more_actions"), card: more },
  ];
}

const STYLE = { primary: "positive", danger: "destructive" } as const;

function cardBody(card: Card): AdaptiveElement[] {
  const body: AdaptiveElement[] = [textBlock(card.title, { size: "Medium", weight: "Bolder" })];
  if (card.subtitle) body.push(textBlock(card.subtitle, { isSubtle: true, spacing: "None" }));
  for (const run of fieldRuns(card.fields)) {
    if (run.kind === "facts") {
      // A FactSet has no colours: a field that needs attention carries a warning sign.
      const value = (f: CardField) => `${f.tone === "alert" ? "⚠️ " : ""}${f.value || "—"}`;
      body.push({ type: "FactSet", facts: run.fields.map((f) => ({ title: f.label, value: value(f) })) });
      continue;
    }
    // A FactSet value drops line breaks: a multi-line value gets its label and one wrapping TextBlock per line.
    const lines = run.lines.map((line) => textBlock(line, { spacing: "None" }));
    body.push(textBlock(run.label, { weight: "Bolder" }), ...lines);
  }
  if (card.footer) body.push(textBlock(card.footer, { isSubtle: true, size: "Small" }));
  return body;
}

/**
 * A case card: buttons carry the case id; `refresh` lets Teams fetch the current state when it is opened, by
 * itself for the `refreshUserIds` (Teams user ids), each of whom then gets their own buttons.
 */
export function renderCaseCardTeams(card: Card, caseId: string, refreshUserIds: string[] = []): AdaptiveCard {
  const data = { caseId, ...(card.revision !== undefined ? { revision: card.revision } : {}) };
  const actions = card.actions.map((a) => execute(a.label, a.id, data, a.style ? { style: STYLE[a.style] } : {}));
  const action: RefreshAction = { type: "Action.Execute", verb: CARD_REFRESH_VERB, data: { caseId } };
  return adaptiveCard(cardBody(card), fitActions(actions), {
    refresh: { action, ...(refreshUserIds.length ? { userIds: refreshUserIds } : {}) },
  });
}

/** A card shown for information only (a status answer, the private details), optionally with a way back. */
export function renderInfoCardTeams(card: Card, back?: { label: string; caseId: string }, lead?: string): AdaptiveCard {
  const body = [...(lead ? [textBlock(lead, { weight: "Bolder" })] : []), ...cardBody(card)];
  return adaptiveCard(body, back ? [execute(back.label, CARD_REFRESH_VERB, { caseId: back.caseId })] : []);
}

/** A short answer in place of a card (a confirmation or a refusal), with the case card one click away. */
export function renderNoticeTeams(
  text: string,
  tone: "good" | "attention",
  back?: { label: string; caseId: string },
): AdaptiveCard {
  const body = text
    .split("\n")
    .map((line, i) =>
      textBlock(line, i === 0 ? { color: tone === "good" ? "Good" : "Attention", weight: "Bolder" } : {}),
    );
  return adaptiveCard(body, back ? [execute(back.label, CARD_REFRESH_VERB, { caseId: back.caseId })] : []);
}
