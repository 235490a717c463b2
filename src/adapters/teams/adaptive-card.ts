// The small slice of Adaptive Card 1.5 JSON Schakel produces, with the verbs the bot handles.
import { ACTION_IDS } from "../../ui/card.ts";

export type AdaptiveElement = Record<string, unknown> & { type: string };
/** Universal Actions: the Action.Execute Teams sends when a card is shown, so it can answer with the current card. */
export type RefreshAction = { type: "Action.Execute"; verb: string; data: Record<string, unknown> };
export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema: string;
  version: "1.5";
  body: AdaptiveElement[];
  actions?: AdaptiveElement[];
  refresh?: { action: RefreshAction; userIds?: string[] };
  msteams?: { width?: "Full"; entities?: unknown[] };
}

/** Verbs of Action.Execute besides the case action ids: a form submit and a card refresh. */
export const FORM_SUBMIT_VERB = "form.submit";
export const CARD_REFRESH_VERB = "card.refresh";
export const HANDLED_VERBS: readonly string[] = [...ACTION_IDS, FORM_SUBMIT_VERB, CARD_REFRESH_VERB];

export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

export function adaptiveCard(
  body: AdaptiveElement[],
  actions: AdaptiveElement[] = [],
  extra: Partial<AdaptiveCard> = {},
): AdaptiveCard {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body,
    ...(actions.length ? { actions } : {}),
    msteams: { width: "Full" },
    ...extra,
  };
}

export const textBlock = (text: string, options: Record<string, unknown> = {}): AdaptiveElement => ({
  type: "TextBlock",
  text,
  wrap: true,
  ...options,
});

export const execute = (
  title: string,
  verb: string,
  data: Record<string, unknown>,
  options: Record<string, unknown> = {},
): AdaptiveElement => ({
  type: "Action.Execute",
  title,
  verb,
  data,
  ...options,
});

export const attachment = (card: AdaptiveCard) => ({ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card });
