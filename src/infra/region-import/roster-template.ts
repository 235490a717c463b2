// Writes an empty workbook in the agreed layout: one sheet per part with Dutch headers (bold, frozen),
// drop-down lists for type, taal and platform, and an "Uitleg" sheet that explains every column.
import ExcelJS from "exceljs";
import { BUILT_IN_ORGANISATION_TYPES, LOCALES, PLATFORMS } from "./region-document.ts";
import { columnLetter } from "./sheet-table.ts";
import { EXPLANATION_SHEET, SHEETS, type SheetLayout } from "./sheet-layout.ts";

const ROWS_WITH_LISTS = 1000;
const LISTS: Record<string, Record<string, readonly string[]>> = {
  Organisaties: { type: BUILT_IN_ORGANISATION_TYPES },
  Personen: { locale: LOCALES, platform: PLATFORMS },
};

interface RangeValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

/** exceljs writes range validations but does not declare `dataValidations` in its types: checked, not assumed. */
function rangeValidations(sheet: ExcelJS.Worksheet): RangeValidations {
  const validations = "dataValidations" in sheet ? sheet.dataValidations : null;
  if (typeof validations !== "object" || validations === null || !("add" in validations)) {
    throw new Error("exceljs no longer offers worksheet.dataValidations");
  }
  const { add } = validations;
  if (typeof add !== "function") throw new Error("exceljs no longer offers worksheet.dataValidations.add");
  return { add: (range, validation) => add.call(validations, range, validation) };
}

export function buildRosterTemplate(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Schakel";
  addExplanationSheet(workbook);
  for (const layout of SHEETS) addLayoutSheet(workbook, layout);
  return workbook;
}

export async function writeRosterTemplate(file: string): Promise<void> {
  await buildRosterTemplate().xlsx.writeFile(file);
}

function addLayoutSheet(workbook: ExcelJS.Workbook, layout: SheetLayout): void {
  const sheet = workbook.addWorksheet(layout.name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = layout.columns.map((c) => ({ header: c.header, key: c.key, width: 16 }));
  sheet.getRow(1).font = { bold: true };
  layout.columns.forEach((column, index) => {
    const values = LISTS[layout.name]?.[column.key];
    if (!values) return;
    const letter = columnLetter(index);
    // A warning, not a stop: a region's own organisation types are valid too.
    rangeValidations(sheet).add(`${letter}2:${letter}${ROWS_WITH_LISTS}`, {
      type: "list",
      allowBlank: true,
      formulae: [`"${values.join(",")}"`],
      showErrorMessage: true,
      errorStyle: layout.key === "organisations" ? "warning" : "stop",
      error: `Kies een van: ${values.join(", ")}.`,
    });
  });
}

function addExplanationSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(EXPLANATION_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { header: "blad", key: "sheet", width: 18 },
    { header: "kolom", key: "column", width: 16 },
    { header: "verplicht", key: "required", width: 10 },
    { header: "uitleg", key: "explanation", width: 100 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const layout of SHEETS) {
    const yesNo = (value: boolean) => (value ? "ja" : "nee");
    sheet.addRow({
      sheet: layout.name,
      column: "",
      required: yesNo(!layout.optional),
      explanation: layout.explanation,
    }).font = { italic: true };
    for (const column of layout.columns) {
      sheet.addRow({
        sheet: layout.name,
        column: column.header,
        required: yesNo(column.required),
        explanation: column.explanation,
      });
    }
  }
  sheet.getColumn("explanation").alignment = { wrapText: true, vertical: "top" };
}
