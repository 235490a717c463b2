// Cards inside a Teams dialog (task module): dialogs submit with Action.Submit, not Universal Actions, so each
// Action.Execute becomes an Action.Submit that carries its verb; the answer is another dialog step or a message.
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard, attachment, FORM_SUBMIT_VERB } from "./adaptive-card.ts";
import type { ActionResponse } from "./invoke-responses.ts";

/** Where a dialog's Action.Submit keeps the verb its Action.Execute had. */
export const DIALOG_VERB_KEY = "schakelVerb";

export type TaskResponse =
  | { task: { type: "continue"; value: { title: string; card: ReturnType<typeof attachment> } } }
  | { task: { type: "message"; value: string } };

type Node = unknown;

function toSubmit(node: Node): Node {
  if (Array.isArray(node)) return node.map(toSubmit);
  if (!node || typeof node !== "object") return node;
  const entries = Object.entries(node).map(([k, v]) => [k, toSubmit(v)] as const);
  const copy: Record<string, unknown> = Object.fromEntries(entries);
  if (copy.type !== "Action.Execute") return copy;
  const { verb, data, ...rest } = copy;
  const payload = data && typeof data === "object" ? data : {};
  return { ...rest, type: "Action.Submit", data: { ...payload, [DIALOG_VERB_KEY]: verb } };
}

/** The card as a dialog shows it: Action.Submit buttons, no Universal Actions refresh, normal width. */
export function asDialogCard(card: AdaptiveCard): AdaptiveCard {
  const { refresh: _refresh, msteams: _msteams, ...rest } = card;
  return toSubmit(rest) as AdaptiveCard;
}

const hasFormSubmit = (card: AdaptiveCard) => JSON.stringify(card.actions ?? []).includes(`"${FORM_SUBMIT_VERB}"`);

/** The text blocks of a card, one per line: a confirmation shown as the dialog's closing message. */
function plainText(card: AdaptiveCard): string {
  return card.body
    .filter((e) => e.type === "TextBlock" && typeof e.text === "string")
    .map((e) => String(e.text))
    .join("\n");
}

export const dialogStep = (title: string, card: AdaptiveCard): TaskResponse => ({
  task: { type: "continue", value: { title, card: attachment(asDialogCard(card)) } },
});

/**
 * A card-action answer as a dialog answer: a form (again, with its errors) stays open under its own heading
 * (`title` when it has none); anything else closes the dialog with the answer's text.
 */
export function taskResponse(response: ActionResponse, title: string): TaskResponse {
  if (response.type !== ADAPTIVE_CARD_CONTENT_TYPE) return { task: { type: "message", value: response.value } };
  const first = response.value.body[0];
  const heading = first?.type === "TextBlock" && typeof first.text === "string" ? first.text : title;
  if (hasFormSubmit(response.value)) return dialogStep(heading, response.value);
  return { task: { type: "message", value: plainText(response.value) } };
}
