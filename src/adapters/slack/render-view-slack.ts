// Read-only modals: the private details of a case ("Bekijk gegevens") and short notices. Never posted in a channel.
import type { ModalView } from "@slack/types";
import type { Card } from "../../ui/card.ts";
import { capBlocks, escapeMrkdwn, LIMITS, mrkdwn, plain, type Block } from "./block-kit.ts";

export const DETAILS_CALLBACK_ID = "schakel_details";

export function renderDetailsModal(view: Card, labels: { close: string; more: (n: number) => string }): ModalView {
  const blocks: Block[] = [];
  if (view.subtitle)
    blocks.push({ type: "context", elements: [mrkdwn(escapeMrkdwn(view.subtitle), LIMITS.contextText)] });
  // One section per field: values such as notes can be long, and a section's text holds more than a field.
  for (const field of view.fields) {
    blocks.push({
      type: "section",
      text: mrkdwn(`*${escapeMrkdwn(field.label)}*\n${escapeMrkdwn(field.value)}`, LIMITS.sectionText),
    });
  }
  const footer: Block[] = view.footer
    ? [{ type: "context", elements: [mrkdwn(escapeMrkdwn(view.footer), LIMITS.contextText)] }]
    : [];
  return {
    type: "modal",
    callback_id: DETAILS_CALLBACK_ID,
    title: plain(view.title, LIMITS.viewTitle),
    close: plain(labels.close, LIMITS.viewButton),
    blocks: [...capBlocks(blocks, LIMITS.viewBlocks - footer.length, labels.more), ...footer],
  };
}
