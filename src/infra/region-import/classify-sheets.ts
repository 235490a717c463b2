// Decides which raw sheet is which part of the layout: workbook sheets by name, CSV files by file name
// (a lone CSV whose name matches no sheet is the Rooster). Unknown sheets with data are refused, not skipped.
import path from "node:path";
import didYouMean from "didyoumean2";
import { problemAt, type ImportProblem } from "./import-problem.ts";
import { normaliseName } from "./normalise-name.ts";
import { EXPLANATION_SHEET, SHEETS, sheetLayout, type SheetLayout } from "./sheet-layout.ts";
import type { RawSheet } from "./sheet-table.ts";

export interface ClassifiedSheet {
  raw: RawSheet;
  layout: SheetLayout;
}

const hasData = (raw: RawSheet) => raw.rows.some((r) => r.cells.some((c) => c.trim() !== ""));

export function classifyWorkbookSheets(raws: RawSheet[]): { sheets: ClassifiedSheet[]; problems: ImportProblem[] } {
  return classify(raws, (raw) => SHEETS.find((s) => normaliseName(s.name) === normaliseName(raw.label)), false);
}

export function classifyCsvSheets(raws: RawSheet[]): { sheets: ClassifiedSheet[]; problems: ImportProblem[] } {
  const byFileName = (raw: RawSheet) => {
    const base = normaliseName(path.parse(raw.label).name);
    return SHEETS.find((s) => base === normaliseName(s.name) || base.endsWith(normaliseName(s.name)));
  };
  return classify(raws, (raw) => byFileName(raw) ?? (raws.length === 1 ? sheetLayout("roster") : undefined), true);
}

function classify(raws: RawSheet[], layoutOf: (raw: RawSheet) => SheetLayout | undefined, csv: boolean) {
  const sheets: ClassifiedSheet[] = [];
  const problems: ImportProblem[] = [];
  for (const raw of raws) {
    if (!csv && normaliseName(raw.label) === normaliseName(EXPLANATION_SHEET)) continue;
    const layout = layoutOf(raw);
    const twin = layout && sheets.find((s) => s.layout.key === layout.key);
    if (twin) {
      problems.push(
        problemAt(
          { sheet: raw.label },
          "duplicate_sheet",
          `this is the sheet ${layout.name} a second time (first: "${twin.raw.label}").`,
        ),
      );
    } else if (layout) {
      sheets.push({ raw, layout });
    } else if (csv || hasData(raw)) {
      const names = SHEETS.map((s) => s.name);
      const suggestion = didYouMean(csv ? path.parse(raw.label).name : raw.label, names, { deburr: true });
      const message = `unknown sheet; the layout has ${names.join(", ")}.`;
      problems.push(problemAt({ sheet: raw.label }, "unknown_sheet", message, { suggestion }));
    }
  }
  return { sheets, problems };
}
