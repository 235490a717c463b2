// Writes the privacy exports (a resident's access file, the view log for the FG) readable by the owner only,
// as JSON, CSV (csv-stringify) or one XLSX workbook (exceljs, a sheet per table).
import { chmodSync, writeFileSync } from "node:fs";
import { stringify } from "csv-stringify/sync";

export type Table = { name: string; columns: readonly string[]; rows: Record<string, unknown>[] };

export function writePrivateFile(file: string, body: string | Buffer): void {
  writeFileSync(file, body, { mode: 0o600 });
  chmodSync(file, 0o600); // an existing file keeps its mode on write
}

export const tableToCsv = (table: Table) => stringify(table.rows, { header: true, columns: [...table.columns] });

export async function tablesToXlsx(tables: Table[]): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs"); // on first use only (about 20 MB)
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Schakel";
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name);
    sheet.columns = table.columns.map((key) => ({ header: key, key, width: Math.max(14, key.length + 2) }));
    for (const row of table.rows) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
