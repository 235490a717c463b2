// A copy of the shipped flows with one flow's commented-out KPIs switched on (shipped flows keep them off, as the
// digest lists every flow's KPIs region-wide): for tests that show a flow's own KPIs counting.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export function flowsWithKpis(file: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kpi-flows-"));
  cpSync("flows", dir, { recursive: true });
  const target = path.join(dir, file);
  const text = readFileSync(target, "utf8");
  const on = text.replace(/^# (kpis:| {2}- .*)$/gm, "$1");
  if (!on.includes("\nkpis:\n")) throw new Error(`${file} has no commented-out kpis block`);
  writeFileSync(target, on);
  return dir;
}
