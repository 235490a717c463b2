// Plain-text rendering of a card: the notification text on every platform and the console's `text`.
import type { Card } from "./card.ts";

export function cardToText(card: Card): string {
  const lines = [card.title];
  if (card.subtitle) lines.push(card.subtitle);
  for (const field of card.fields) lines.push(`${field.label}: ${field.value}`);
  if (card.actions.length) lines.push(`[${card.actions.map((a) => a.label).join("] [")}]`);
  if (card.footer) lines.push(card.footer);
  return lines.join("\n");
}

export function messageText(text: string, card?: Card): string {
  return card ? `${text}\n\n${cardToText(card)}`.trim() : text;
}
