// The two answers to an adaptiveCard/action invoke: a card that replaces the pressed card for the person who
// pressed it, or a short message shown to that person only.
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from "./adaptive-card.ts";

export type ActionResponse =
  | { statusCode: 200; type: typeof ADAPTIVE_CARD_CONTENT_TYPE; value: AdaptiveCard }
  | { statusCode: 200; type: "application/vnd.microsoft.activity.message"; value: string };

export const cardResponse = (card: AdaptiveCard): ActionResponse => ({
  statusCode: 200,
  type: ADAPTIVE_CARD_CONTENT_TYPE,
  value: card,
});
export const messageResponse = (text: string): ActionResponse => ({
  statusCode: 200,
  type: "application/vnd.microsoft.activity.message",
  value: text,
});
