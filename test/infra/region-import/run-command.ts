// Runs the spreadsheet command in-process with a fixed clock and captured output.
import { runSpreadsheetCommand } from "../../../src/infra/region-import/run-spreadsheet-command.ts";

export interface CommandRun { code: number; out: string; err: string }

export async function runSheetCommand(args: string[], regionsDir: string, now = new Date("2026-03-02T09:00:00Z")): Promise<CommandRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSpreadsheetCommand(args, { out: (t) => out.push(t), err: (t) => err.push(t), now: () => now, regionsDir });
  return { code, out: out.join("\n"), err: err.join("\n") };
}
