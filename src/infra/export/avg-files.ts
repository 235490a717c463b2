// The operator's privacy files: `npm run avg -- inzage` (a resident's access export for the coordinator who asked)
// and `npm run export -- views` (the view log of a period for the FG). Both written 0600.
import type { AppContext } from "../../app/context.ts";
import { exportResidentData } from "../../app/avg/export-resident-data.ts";
import { exportViewLog, VIEW_LOG_COLUMNS } from "../../app/avg/export-view-log.ts";
import { tablesToXlsx, tableToCsv, writePrivateFile } from "./private-export-file.ts";
import { residentTables } from "./resident-tables.ts";

export interface AccessFileOptions {
  ctx: AppContext;
  reference: string;
  /** The coordinator carrying out the request (a person id from the region file). */
  by: string;
  reason: string;
  format: "json" | "xlsx";
  out?: string | undefined;
}

/** Writes the access file; returns its name and how many cases it holds. */
export async function writeAccessFile(o: AccessFileOptions): Promise<{ file: string; cases: number }> {
  const c = await o.ctx.store.read.caseByReference(o.reference.toUpperCase());
  if (!c) throw new Error(`No case ${o.reference}.`);
  const actor = { personId: o.by, platform: "local" as const };
  const data = await exportResidentData({ ctx: o.ctx, actor, caseId: c.id, reason: o.reason });
  const file = o.out ?? `schakel-inzage-${c.reference}.${o.format}`;
  writePrivateFile(
    file,
    o.format === "xlsx" ? await tablesToXlsx(residentTables(data)) : `${JSON.stringify(data, null, 2)}\n`,
  );
  return { file, cases: data.cases.length };
}

export interface ViewLogFileOptions {
  ctx: AppContext;
  from: Date;
  to: Date;
  format: "csv" | "xlsx";
  out: string;
}

export async function writeViewLogFile(o: ViewLogFileOptions): Promise<{ file: string; rows: number }> {
  const rows = await exportViewLog({ ctx: o.ctx, from: o.from, to: o.to });
  const table = { name: "Inzagelogboek", columns: VIEW_LOG_COLUMNS, rows };
  const file = `${o.out.replace(/\.(csv|xlsx)$/, "")}.${o.format}`;
  writePrivateFile(file, o.format === "xlsx" ? await tablesToXlsx([table]) : tableToCsv(table));
  return { file, rows: rows.length };
}
