// Reads flows/*.yaml and validates them; an invalid flow stops the start with file, YAML path, line and reason.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isNode, LineCounter, parseDocument } from "yaml";
import { flowSchema, type Flow } from "../domain/flow/flow-schema.ts";

export class FlowFileError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`Invalid flow file ${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "FlowFileError";
  }
}

export interface ParsedFlow { file: string; flow: Flow; hash: string }

const formatPath = (segments: readonly PropertyKey[]) =>
  segments.reduce<string>((acc, s) => (typeof s === "number" ? `${acc}[${s}]` : acc ? `${acc}.${String(s)}` : String(s)), "") || "(root)";

export function parseFlowText(text: string, file: string): ParsedFlow {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true });
  if (doc.errors.length) throw new FlowFileError(file, doc.errors.map((e) => `YAML syntax: ${e.message.split("\n")[0]}`));
  const result = flowSchema.safeParse(doc.toJS());
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      let node: unknown = doc.getIn(issue.path as (string | number)[], true);
      for (let i = issue.path.length - 1; !isNode(node) && i >= 0; i--) node = doc.getIn(issue.path.slice(0, i) as (string | number)[], true);
      const line = isNode(node) && node.range ? ` (line ${lines.linePos(node.range[0]).line})` : "";
      return `${formatPath(issue.path)}${line}: ${issue.message}`;
    });
    throw new FlowFileError(file, problems);
  }
  const hash = createHash("sha256").update(JSON.stringify(result.data)).digest("hex");
  return { file, flow: result.data, hash };
}

export function loadFlowDirectory(dir: string): ParsedFlow[] {
  const files = readdirSync(dir).filter((f) => f.endsWith(".yaml") || f.endsWith(".yml")).sort();
  if (files.length === 0) throw new FlowFileError(dir, ["no flow files (*.yaml) found"]);
  const parsed = files.map((f) => parseFlowText(readFileSync(path.join(dir, f), "utf8"), path.join(dir, f)));
  const ids = new Map<string, string>();
  for (const p of parsed) {
    const other = ids.get(p.flow.id);
    if (other) throw new FlowFileError(p.file, [`id: flow "${p.flow.id}" is also defined in ${other}`]);
    ids.set(p.flow.id, p.file);
  }
  return parsed;
}
