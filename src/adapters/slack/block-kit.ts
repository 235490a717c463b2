// Slack's published Block Kit limits and the small helpers that keep every payload inside them.
import type { KnownBlock, MrkdwnElement, PlainTextElement } from "@slack/types";

export const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  actionsElements: 5,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextText: 2000,
  buttonText: 75,
  actionId: 255,
  blockId: 255,
  value: 2000,
  viewTitle: 24,
  viewButton: 24,
  privateMetadata: 3000,
  callbackId: 255,
  inputLabel: 2000,
  inputHint: 2000,
  inputMaxLength: 3000,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  messageText: 40000,
} as const;

/** A block as Slack's own types describe it, so a misspelt field fails the type check, not Slack's API. */
export type Block = KnownBlock;

/** Shortens text to at most `max` characters, ending in an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Slack mrkdwn treats &, < and > as control characters. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export const plain = (text: string, max: number): PlainTextElement => ({
  type: "plain_text",
  text: clip(text || " ", max),
  emoji: true,
});
export const mrkdwn = (text: string, max: number): MrkdwnElement => ({ type: "mrkdwn", text: clip(text || " ", max) });

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Keeps at most `max` blocks; the last kept one says how many were left out. */
export function capBlocks(blocks: Block[], max: number, moreText: (n: number) => string): Block[] {
  if (blocks.length <= max) return blocks;
  const kept = blocks.slice(0, max - 1);
  return [...kept, { type: "context", elements: [mrkdwn(moreText(blocks.length - kept.length), LIMITS.contextText)] }];
}
