// Reads every worksheet of an .xlsx file as plain text cells with Excel's own row numbers (exceljs).
import ExcelJS from "exceljs";
import type { RawSheet } from "./sheet-table.ts";

export async function readWorkbookSheets(file: string): Promise<RawSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet) => {
    const rows: RawSheet["rows"] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        cells[col - 1] = cellText(cell.value);
      });
      rows.push({ number, cells: Array.from(cells, (c) => c ?? "") });
    });
    return { label: sheet.name, rows };
  });
}

/** The text a person sees in the cell: rich text joined, a hyperlink's text, a formula's result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) {
    return typeof value.text === "string" ? value.text : cellText(value.text as ExcelJS.CellValue);
  }
  if ("formula" in value || "sharedFormula" in value) {
    return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  }
  if ("error" in value) return String(value.error);
  return "";
}
