// Reads an Adaptive Card the way a person sees it: one line per text block, "title: value" per fact, and the
// button titles; plus the helpers tests need to find inputs, errors and Action.Execute buttons.
import type { Parsed } from "../../support/parsed.ts";
import { must } from "../../support/must.ts";

type Json = Record<string, Parsed>;

function walk(node: unknown, visit: (n: Json) => void): void {
  if (Array.isArray(node)) {
    for (const n of node) walk(n, visit);
  } else if (node && typeof node === "object") {
    visit(node as Json);
    for (const value of Object.values(node)) walk(value, visit);
  }
}

export function adaptiveCardText(card: Json): string {
  const lines: string[] = [];
  walk(card.body, (n) => {
    if (n.type === "TextBlock") lines.push(String(n.text));
    if (n.type === "FactSet") for (const f of n.facts ?? []) lines.push(`${f.title}: ${f.value}`);
  });
  const actions = (card.actions ?? []).map((a: Json) => a.title);
  if (actions.length) lines.push(`[${actions.join("] [")}]`);
  return lines.join("\n");
}

export function inputIds(card: Json): string[] {
  const ids: string[] = [];
  walk(card.body, (n) => {
    if (typeof n.type === "string" && n.type.startsWith("Input.")) ids.push(n.id);
  });
  return ids;
}

export function fieldErrors(card: Json): Record<string, string> {
  const errors: Record<string, string> = {};
  walk(card.body, (n) => {
    if (n.type === "TextBlock" && typeof n.id === "string" && n.id.startsWith("error-")) errors[n.id.slice(6)] = n.text;
  });
  return errors;
}

export function executeActions(card: Json): Json[] {
  const found: Json[] = [];
  walk([card.actions, card.body, card.refresh], (n) => {
    if (n.type === "Action.Execute") found.push(n);
  });
  return found;
}

/** Buttons that open a dialog: Action.Submit with `msteams.type task/fetch` (their verb in `schakelVerb`). */
export function dialogButtons(card: Json): Json[] {
  const found: Json[] = [];
  walk([card.actions, card.body], (n) => {
    if (n.type === "Action.Submit" && n.data?.msteams?.type === "task/fetch") found.push(n);
  });
  return found;
}

/** The adaptive card of a sent activity, if it has one. */
export const cardOf = (activity: Json): Json | null =>
  activity.attachments?.find((a: Json) => a.contentType === "application/vnd.microsoft.card.adaptive")?.content ?? null;

export const activityText = (activity: Json): string =>
  [activity.text ?? "", cardOf(activity) ? adaptiveCardText(must(cardOf(activity), "cardOf(activity)")) : ""]
    .filter(Boolean)
    .join("\n");
