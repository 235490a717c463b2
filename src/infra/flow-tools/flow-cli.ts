// `npm run flow -- <command>`: schema (write flows/flow.schema.json), check (validate every flow) and
// simulate (print a flow's timeline). Returns an exit code; output goes through `out` so tests read it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { WorkingCalendar } from "../../domain/calendar/working-calendar.ts";
import { FlowFileError, loadFlowDirectory, parseFlowText } from "../flow-loader.ts";
import { runSimulate } from "./simulate-command.ts";
import { FLOW_SCHEMA_COMMENT, FLOW_SCHEMA_FILE, flowJsonSchemaText } from "./flow-json-schema.ts";

export interface FlowCliOptions {
  args: string[];
  flowsDir: string;
  calendar: WorkingCalendar;
  out: (line: string) => void;
}

const USAGE = [
  "usage: npm run flow -- schema                 write flows/flow.schema.json from the zod schema",
  "       npm run flow -- check [file.yaml ...]  validate every flow (or the files given)",
  "       npm run flow -- simulate <file.yaml> --start <yyyy-mm-dd> [--event <id>@<date>] [--date <id>=<date>]",
];

function writeSchema(o: FlowCliOptions): number {
  const file = path.join(o.flowsDir, FLOW_SCHEMA_FILE);
  writeFileSync(file, flowJsonSchemaText());
  o.out(`wrote ${file}`);
  return 0;
}

const flowFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
    .sort()
    .map((f) => path.join(dir, f));

/** Validates each file, then the directory as a whole (unique ids), and that the JSON Schema is current. */
function check(o: FlowCliOptions): number {
  const files = o.args.length ? o.args : flowFiles(o.flowsDir);
  let failed = 0;
  for (const file of files) {
    try {
      const text = readFileSync(file, "utf8");
      const { flow } = parseFlowText(text, file);
      const hint = text.startsWith(FLOW_SCHEMA_COMMENT) ? "" : ` (tip: start the file with "${FLOW_SCHEMA_COMMENT}")`;
      o.out(`ok   ${file}: ${flow.id} version ${flow.version}, ${flow.steps.length} steps${hint}`);
    } catch (error) {
      if (!(error instanceof FlowFileError)) throw error;
      failed++;
      o.out(`FAIL ${error.message}`);
    }
  }
  if (!o.args.length && failed === 0) {
    try {
      loadFlowDirectory(o.flowsDir);
    } catch (error) {
      if (!(error instanceof FlowFileError)) throw error;
      failed++;
      o.out(`FAIL ${error.message}`);
    }
    const schemaFile = path.join(o.flowsDir, FLOW_SCHEMA_FILE);
    if (existsSync(schemaFile) && readFileSync(schemaFile, "utf8") !== flowJsonSchemaText()) {
      o.out(`note ${schemaFile} is out of date: run npm run flow -- schema`);
    }
  }
  o.out(failed ? `${failed} flow file(s) have problems` : `all ${files.length} flow file(s) are valid`);
  return failed ? 1 : 0;
}

export async function runFlowCli(o: FlowCliOptions): Promise<number> {
  const [command, ...rest] = o.args;
  const sub = { ...o, args: rest };
  if (command === "schema") return writeSchema(sub);
  if (command === "check") return check(sub);
  if (command === "simulate") return runSimulate(sub);
  for (const line of USAGE) o.out(line);
  return command === undefined || command === "help" ? 0 : 2;
}
