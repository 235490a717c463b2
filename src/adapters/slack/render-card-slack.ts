// Block Kit for the neutral Card: header, fields as "*Label:* value", buttons in rows of five. The caseId and
// the card's case revision travel in each button's value; the action id is the neutral action id.
import type { Button } from "@slack/types";
import type { Card, CardField } from "../../ui/card.ts";
import { caseActionValue } from "../../ui/form-instance.ts";
import { fieldRuns } from "../../ui/field-runs.ts";
import { capBlocks, chunk, escapeMrkdwn, LIMITS, mrkdwn, plain, type Block } from "./block-kit.ts";

/** Short fields side by side; a multi-line value (a digest, notes) as its own section, one mrkdwn line per line. */
function fieldBlocks(card: Card): Block[] {
  return fieldRuns(card.fields).flatMap((run): Block[] => {
    if (run.kind === "lines") {
      const text = [`*${escapeMrkdwn(run.label)}*`, ...run.lines.map(escapeMrkdwn)].join("\n");
      return [{ type: "section", text: mrkdwn(text, LIMITS.sectionText) }];
    }
    const sign = (f: CardField) => (f.tone === "alert" ? ":warning: " : "");
    const fields = run.fields.map((f) =>
      mrkdwn(`${sign(f)}*${escapeMrkdwn(f.label)}:* ${escapeMrkdwn(f.value)}`, LIMITS.fieldText),
    );
    return chunk(fields, LIMITS.sectionFields).map((group) => ({ type: "section", fields: group }));
  });
}

export function renderCardBlocks(card: Card, caseId: string | undefined, more: (n: number) => string): Block[] {
  const blocks: Block[] = [{ type: "header", text: plain(card.title, LIMITS.headerText) }];
  if (card.subtitle)
    blocks.push({ type: "context", elements: [mrkdwn(escapeMrkdwn(card.subtitle), LIMITS.contextText)] });
  blocks.push(...fieldBlocks(card));
  const buttons: Button[] = caseId
    ? card.actions.map((a) => ({
        type: "button" as const,
        action_id: a.id,
        text: plain(a.label, LIMITS.buttonText),
        value: caseActionValue(caseId, card.revision),
        ...(a.style ? { style: a.style } : {}),
      }))
    : [];
  for (const [i, row] of chunk(buttons, LIMITS.actionsElements).entries()) {
    blocks.push({ type: "actions", block_id: `case-actions-${i}`, elements: row });
  }
  if (card.footer) blocks.push({ type: "context", elements: [mrkdwn(escapeMrkdwn(card.footer), LIMITS.contextText)] });
  return capBlocks(blocks, LIMITS.messageBlocks, more);
}

/** A plain sentence above an optional card, e.g. a routed contact's DM. */
export function renderMessageBlocks(
  text: string,
  card: Card | undefined,
  caseId: string | undefined,
  more: (n: number) => string,
): Block[] {
  const lead: Block = { type: "section", text: mrkdwn(escapeMrkdwn(text), LIMITS.sectionText) };
  if (!card) return [lead];
  return [lead, ...renderCardBlocks(card, caseId, more).slice(0, LIMITS.messageBlocks - 1)];
}
