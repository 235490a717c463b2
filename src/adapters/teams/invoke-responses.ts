// The two answers to an adaptiveCard/action invoke: a card that replaces the pressed card for the person who
// pressed it, or a short message shown to that person only.
import type { AdaptiveCardActionCardResponse, AdaptiveCardActionResponse } from "@microsoft/teams.api";
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

/**
 * The answer as the SDK's card.action route types it. The one cast in the Teams adapter: our card JSON is the shape
 * Microsoft documents and Teams renders ("msteams": { "width": "Full" }, mention entities), while the SDK's
 * IAdaptiveCard spells the width "full" and types entities narrowly; the card goes out exactly as built.
 */
export function sdkActionResponse(response: ActionResponse): AdaptiveCardActionResponse {
  if (response.type !== ADAPTIVE_CARD_CONTENT_TYPE) return response;
  // Escape with the reason above: our documented card JSON is not assignable to the SDK's stricter card type.
  const value = response.value as AdaptiveCardActionCardResponse["value"];
  return { ...response, value };
}
