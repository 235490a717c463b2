// The import's entry points: a workbook (.xlsx) or CSV files in the agreed layout become a region object,
// or a list of problems with sheet, row and column. Nothing here writes a file.
import { required } from "../../domain/required.ts";
import path from "node:path";
import { assembleRegion, type ImportOptions, type ImportResult } from "./assemble-region.ts";
import { classifyCsvSheets, classifyWorkbookSheets } from "./classify-sheets.ts";
import { problemAt, sortProblems } from "./import-problem.ts";
import { NotUtf8Error, readCsvSheet } from "./read-csv-sheets.ts";
import { readWorkbookSheets } from "./read-workbook-sheets.ts";
import type { RawSheet } from "./sheet-table.ts";

export type { ImportOptions, ImportResult };

export async function readRosterWorkbook(file: string, options: ImportOptions): Promise<ImportResult> {
  let raws: RawSheet[];
  try {
    raws = await readWorkbookSheets(file);
  } catch (error) {
    return unreadable(file, error);
  }
  const { sheets, problems } = classifyWorkbookSheets(raws);
  return sorted(assembleRegion(sheets, options, problems));
}

export async function readRosterCsv(files: string[], options: ImportOptions): Promise<ImportResult> {
  const raws: RawSheet[] = [];
  for (const file of files) {
    try {
      raws.push(readCsvSheet(file));
    } catch (error) {
      return unreadable(file, error);
    }
  }
  const { sheets, problems } = classifyCsvSheets(raws);
  return sorted(assembleRegion(sheets, options, problems));
}

/** Reads .csv files as CSV and anything else as a workbook (one workbook at a time). */
export function readRoster(files: string[], options: ImportOptions): Promise<ImportResult> {
  const csv = files.every((f) => path.extname(f).toLowerCase() === ".csv");
  if (!csv && files.length !== 1) {
    const problem = problemAt(
      { sheet: files.map((f) => path.basename(f)).join(", ") },
      "unreadable",
      "import one workbook, or one or more .csv files.",
    );
    return Promise.resolve({ ok: false, problems: [problem] });
  }
  return csv ? readRosterCsv(files, options) : readRosterWorkbook(required(files[0], "the roster workbook"), options);
}

function unreadable(file: string, error: unknown): ImportResult {
  const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
  const code = error instanceof NotUtf8Error ? "not_utf8" : "unreadable";
  return { ok: false, problems: [problemAt({ sheet: path.basename(file) }, code, `cannot read the file: ${reason}`)] };
}

const sorted = (result: ImportResult): ImportResult =>
  result.ok ? result : { ok: false, problems: sortProblems(result.problems) };
