// Writes the export as CSV (csv-stringify, one table per file) or as one XLSX workbook (exceljs, a sheet
// per table). Column names are documented in the README.
import { stringify } from "csv-stringify/sync";
import { CASE_COLUMNS, OBLIGATION_COLUMNS } from "../../domain/digest/export-rows.ts";
import { KPI_COLUMNS } from "../../domain/digest/flow-kpis.ts";
import type { ExportData, ExportTable } from "../../app/export-files.ts";

export type { ExportData, ExportTable } from "../../app/export-files.ts";

const COLUMNS: Record<ExportTable, readonly string[]> = {
  cases: CASE_COLUMNS,
  obligations: OBLIGATION_COLUMNS,
  kpis: KPI_COLUMNS,
};
const columnsOf = (table: ExportTable): readonly string[] => COLUMNS[table];

export function toCsv(data: ExportData, table: ExportTable): string {
  return stringify((data[table] ?? []) as Record<string, unknown>[], { header: true, columns: [...columnsOf(table)] });
}

export async function toXlsx(data: ExportData): Promise<Buffer> {
  // Loaded at the first Excel export, not at start: exceljs holds about 20 MB that most instances never use.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Schakel";
  const tables = [
    ["cases", "Meldingen"],
    ["obligations", "Verplichtingen"],
    ["kpis", "Kengetallen"],
  ] as const;
  for (const [table, name] of tables.filter(([table]) => table !== "kpis" || data.kpis?.length)) {
    const sheet = workbook.addWorksheet(name);
    sheet.columns = columnsOf(table).map((key) => ({ header: key, key, width: Math.max(12, key.length + 2) }));
    for (const row of data[table] ?? []) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
