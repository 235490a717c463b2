// Runs the spreadsheet command in-process with a fixed clock and captured output.
import { runSpreadsheetCommand } from "../../../src/infra/region-import/run-spreadsheet-command.ts";

export interface CommandRun {
  code: number;
  out: string;
  err: string;
}

export async function runSheetCommand(
  args: string[],
  regionsDir: string,
  now = new Date("2026-03-02T09:00:00Z"),
): Promise<CommandRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t), now: () => now, regionsDir };
  const code = await runSpreadsheetCommand(args, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}
