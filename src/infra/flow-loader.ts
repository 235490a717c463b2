// Reads flows/*.yaml and validates them; an invalid flow stops the start with file, YAML path, line and reason.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type Flow, flowSchema } from "../domain/flow/flow-schema.ts";
import { parseYamlFile, YamlFileError } from "./yaml/yaml-file.ts";

export class FlowFileError extends YamlFileError {
  constructor(file: string, problems: string[]) {
    super("flow", file, problems);
    this.name = "FlowFileError";
  }
}

export interface ParsedFlow {
  file: string;
  flow: Flow;
  hash: string;
}

export function parseFlowText(text: string, file: string): ParsedFlow {
  let flow: Flow;
  try {
    flow = parseYamlFile(text, file, flowSchema, "flow");
  } catch (error) {
    if (error instanceof YamlFileError) throw new FlowFileError(file, error.problems);
    throw error;
  }
  const hash = createHash("sha256").update(JSON.stringify(flow)).digest("hex");
  return { file, flow, hash };
}

export function loadFlowDirectory(dir: string): ParsedFlow[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
    .sort();
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
