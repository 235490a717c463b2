// Checks a Block Kit payload against Slack's published limits; returns what is wrong (empty when fine).
import type { Parsed } from "../../support/parsed.ts";
type Surface = "message" | "modal" | "home";
const MAX_BLOCKS: Record<Surface, number> = { message: 50, modal: 100, home: 100 };

function checkElement(e: Parsed, where: string, problems: string[]): void {
  const over = (what: string, value: string | undefined, max: number) => {
    if (value !== undefined && value.length > max) problems.push(`${where}: ${what} is ${value.length} > ${max}`);
  };
  over("action_id", e.action_id, 255);
  if (e.type === "button") {
    over("button text", e.text?.text, 75);
    over("button value", e.value, 2000);
  }
  if (e.type === "plain_text_input" && e.max_length > 3000)
    problems.push(`${where}: max_length ${e.max_length} > 3000`);
  if (e.type === "static_select") {
    const options = e.options ?? (e.option_groups ?? []).flatMap((g: Parsed) => g.options);
    if ((e.options ?? []).length > 100 || (e.option_groups ?? []).length > 100)
      problems.push(`${where}: more than 100 options or groups`);
    for (const g of e.option_groups ?? [])
      if (g.options.length > 100) problems.push(`${where}: option group with ${g.options.length} > 100 options`);
    for (const o of options) {
      over("option text", o.text?.text, 75);
      over("option value", o.value, 150);
    }
  }
}

function checkBlock(b: Parsed, i: number, problems: string[]): void {
  const where = `block ${i} (${b.type})`;
  const over = (what: string, value: string | undefined, max: number) => {
    if (value !== undefined && value.length > max) problems.push(`${where}: ${what} is ${value.length} > ${max}`);
  };
  over("block_id", b.block_id, 255);
  switch (b.type) {
    case "header":
      over("header text", b.text?.text, 150);
      break;
    case "section":
      over("section text", b.text?.text, 3000);
      if ((b.fields ?? []).length > 10) problems.push(`${where}: ${b.fields.length} > 10 fields`);
      for (const f of b.fields ?? []) over("field text", f.text, 2000);
      break;
    case "actions":
      if (b.elements.length > 5) problems.push(`${where}: ${b.elements.length} > 5 elements`);
      for (const e of b.elements) checkElement(e, where, problems);
      break;
    case "context":
      if (b.elements.length > 10) problems.push(`${where}: ${b.elements.length} > 10 elements`);
      for (const e of b.elements) over("context text", e.text, 2000);
      break;
    case "input":
      over("label", b.label?.text, 2000);
      over("hint", b.hint?.text, 2000);
      checkElement(b.element, where, problems);
      break;
  }
}

export function blockKitViolations(payload: Parsed, surface: Surface): string[] {
  const problems: string[] = [];
  const blocks: Parsed[] = payload.blocks ?? [];
  if (blocks.length > MAX_BLOCKS[surface])
    problems.push(`${blocks.length} blocks > ${MAX_BLOCKS[surface]} for a ${surface}`);
  const ids = blocks.map((b) => b.block_id).filter(Boolean);
  if (new Set(ids).size !== ids.length) problems.push("duplicate block_id");
  for (const [i, b] of blocks.entries()) checkBlock(b, i, problems);
  if (surface === "modal") {
    for (const key of ["title", "submit", "close"]) {
      if ((payload[key]?.text ?? "").length > 24) problems.push(`modal ${key} is ${payload[key].text.length} > 24`);
    }
    if ((payload.private_metadata ?? "").length > 3000) problems.push("private_metadata > 3000");
    if ((payload.callback_id ?? "").length > 255) problems.push("callback_id > 255");
  }
  if (typeof payload.text === "string" && payload.text.length > 40000) problems.push("message text > 40000");
  return problems;
}

/** Every payload the bot sent to the fake API, with the surface it is shown on. */
export function sentPayloads(
  calls: { method: string; body: Parsed }[],
): { method: string; surface: Surface; payload: Parsed }[] {
  const out: { method: string; surface: Surface; payload: Parsed }[] = [];
  for (const c of calls) {
    if (["chat.postMessage", "chat.update", "chat.postEphemeral", "response_url"].includes(c.method))
      out.push({ method: c.method, surface: "message", payload: c.body });
    if (["views.open", "views.update"].includes(c.method))
      out.push({ method: c.method, surface: "modal", payload: c.body.view });
    if (c.method === "views.publish") out.push({ method: c.method, surface: "home", payload: c.body.view });
  }
  return out;
}
