// Turns the raw rows of one sheet into a table keyed by the layout's columns: the first non-empty row is
// the header, matched tolerantly; unknown, doubled and missing required columns are reported.
import { required } from "../../domain/required.ts";
import didYouMean from "didyoumean2";
import { problemAt, type CellPosition, type ImportProblem } from "./import-problem.ts";
import { normaliseName } from "./normalise-name.ts";
import type { SheetLayout } from "./sheet-layout.ts";

/** A sheet as read from a workbook or CSV: `label` names it in messages, rows carry Excel's numbers. */
export interface RawSheet {
  label: string;
  rows: { number: number; cells: string[] }[];
}

export interface TableRow {
  number: number;
  value(key: string): string;
  at(key: string): CellPosition;
}
export interface SheetTable {
  label: string;
  rows: TableRow[];
}

export const columnLetter = (index: number): string =>
  index < 26 ? String.fromCharCode(65 + index) : columnLetter(Math.floor(index / 26) - 1) + columnLetter(index % 26);

export function toTable(raw: RawSheet, layout: SheetLayout): { table: SheetTable; problems: ImportProblem[] } {
  const rows = raw.rows.filter((r) => r.cells.some((c) => c.trim() !== ""));
  const [header, ...data] = rows;
  const { columns, problems } = matchHeader(raw.label, header, layout);
  const table: SheetTable = {
    label: raw.label,
    rows: data.map((r) => ({
      number: r.number,
      value: (key) =>
        columns.has(key) ? (r.cells[required(columns.get(key), "a column known to the sheet")] ?? "").trim() : "",
      at: (key) => ({
        sheet: raw.label,
        row: r.number,
        header: layout.columns.find((c) => c.key === key)?.header ?? key,
        ...(columns.has(key)
          ? { column: columnLetter(required(columns.get(key), "a column known to the sheet")) }
          : {}),
      }),
    })),
  };
  return { table, problems };
}

function matchHeader(label: string, header: RawSheet["rows"][number] | undefined, layout: SheetLayout) {
  const columns = new Map<string, number>();
  const problems: ImportProblem[] = [];
  const known = layout.columns.flatMap((c) => [c.header, ...(c.aliases ?? [])].map((name) => ({ name, key: c.key })));
  header?.cells.forEach((cell, index) => {
    if (cell.trim() === "") return;
    const at = { sheet: label, row: header.number, column: columnLetter(index) };
    const match = known.find((k) => normaliseName(k.name) === normaliseName(cell));
    if (!match) {
      const suggestion = didYouMean(
        cell,
        layout.columns.map((c) => c.header),
        { deburr: true },
      );
      problems.push(problemAt(at, "unknown_column", `unknown column "${cell.trim()}".`, { suggestion }));
    } else if (columns.has(match.key)) {
      problems.push(problemAt(at, "duplicate_column", `column "${cell.trim()}" appears twice.`));
    } else {
      columns.set(match.key, index);
    }
  });
  for (const column of layout.columns.filter((c) => c.required && !columns.has(c.key))) {
    problems.push(
      problemAt(
        { sheet: label, row: header?.number ?? 1 },
        "missing_column",
        `required column "${column.header}" is missing.`,
      ),
    );
  }
  return { columns, problems };
}
