// Writes the export as CSV (csv-stringify, one table per file) or as one XLSX workbook (exceljs, a sheet
// per table). Column names are documented in the README.
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { CASE_COLUMNS, OBLIGATION_COLUMNS, type CaseRow, type ObligationRow } from "../../domain/digest/export-rows.ts";

export type ExportTable = "cases" | "obligations";
export interface ExportData { cases: CaseRow[]; obligations: ObligationRow[] }

const columnsOf = (table: ExportTable): readonly string[] => (table === "cases" ? CASE_COLUMNS : OBLIGATION_COLUMNS);

export function toCsv(data: ExportData, table: ExportTable): string {
  return stringify(data[table] as Record<string, unknown>[], { header: true, columns: [...columnsOf(table)] });
}

export async function toXlsx(data: ExportData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Schakel";
  for (const [table, name] of [["cases", "Meldingen"], ["obligations", "Verplichtingen"]] as const) {
    const sheet = workbook.addWorksheet(name);
    sheet.columns = columnsOf(table).map((key) => ({ header: key, key, width: Math.max(12, key.length + 2) }));
    for (const row of data[table]) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
