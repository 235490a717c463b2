// One problem found in the spreadsheet: where (sheet, row as Excel shows it, column) and what, printed as a
// clear English line for the terminal with a Dutch explanation from the message catalogue beneath it.
import { required } from "../../domain/required.ts";
import { t, type MessageKey } from "../../i18n/messages.ts";

export type ProblemCode =
  | "unreadable"
  | "not_utf8"
  | "missing_sheet"
  | "unknown_sheet"
  | "missing_column"
  | "unknown_column"
  | "duplicate_column"
  | "required"
  | "invalid_id"
  | "invalid_email"
  | "duplicate"
  | "duplicate_name_id"
  | "duplicate_sheet"
  | "empty_sheet"
  | "unknown_person"
  | "unknown_organisation"
  | "unknown_municipality"
  | "unknown_type"
  | "ambiguous"
  | "deputy_is_contact"
  | "unknown_locale"
  | "unknown_platform";

export interface CellPosition {
  sheet: string;
  row?: number;
  column?: string;
  header?: string;
}

export interface ImportProblem extends CellPosition {
  code: ProblemCode;
  /** The English sentence for the terminal. */
  message: string;
  /** A close known value, offered as "did you mean". */
  suggestion?: string;
  /** Further values for the Dutch explanation ({row}, {example}). */
  params?: Record<string, string>;
}

export function problemAt(
  at: CellPosition,
  code: ProblemCode,
  message: string,
  extra: { suggestion?: string | null; params?: Record<string, string> } = {},
): ImportProblem {
  const suggestion = extra.suggestion ?? undefined;
  return {
    ...at,
    code,
    message: suggestion ? `${message} Did you mean "${suggestion}"?` : message,
    ...(suggestion ? { suggestion } : {}),
    ...(extra.params ? { params: extra.params } : {}),
  };
}

export function describePosition(p: CellPosition): string {
  const parts = [`sheet "${p.sheet}"`];
  if (p.row !== undefined) parts.push(`row ${p.row}`);
  if (p.column) parts.push(p.header ? `column ${p.column} (${p.header})` : `column ${p.column}`);
  return parts.join(", ");
}

/** `Sheet "Personen", row 5, column C (e-mail): …` and, indented beneath it, the Dutch explanation. */
export function formatProblem(p: ImportProblem): string {
  const where = describePosition(p);
  const english = `${required(where[0], "the first letter of a location").toUpperCase()}${where.slice(1)}: ${p.message}`;
  const suggestion = p.suggestion ? t("nl", "regionImport.did_you_mean", { value: p.suggestion }) : "";
  const dutch = t("nl", `regionImport.${p.code}` as MessageKey, { suggestion, row: "", example: "", ...p.params });
  return `${english}\n    ${dutch}`;
}

/** Problems in reading order: sheets as first met, then row, then column (A < B < … < AA). */
export function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  const sheets = [...new Set(problems.map((p) => p.sheet))];
  const column = (p: ImportProblem) => (p.column ?? "").padStart(3, " ");
  return [...problems].sort(
    (a, b) =>
      sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      column(a).localeCompare(column(b)),
  );
}
