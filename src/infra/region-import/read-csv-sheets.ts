// Reads a CSV file (UTF-8 with or without BOM; ";" as Dutch Excel writes it, or ",") as a raw sheet whose row
// numbers are the rows a spreadsheet program shows (one per record, empty lines included).
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { RawSheet } from "./sheet-table.ts";

/** Thrown for a file in another encoding (Excel's plain "CSV" is Windows-1252): guessing would garble names. */
export class NotUtf8Error extends Error {}

export function readCsvSheet(file: string): RawSheet {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(file)).replace(/^\uFEFF/, "");
  } catch (error) {
    if (error instanceof TypeError) throw new NotUtf8Error(`${path.basename(file)} is not UTF-8 text`);
    throw error;
  }
  const records = parse(text, {
    delimiter: guessDelimiter(text),
    relax_column_count: true,
    skip_empty_lines: false,
    trim: false,
  }) as string[][];
  return { label: path.basename(file), rows: records.map((cells, index) => ({ number: index + 1, cells })) };
}

/** The separator used in the header line, outside quotes: Dutch Excel writes ";", most others ",". */
export function guessDelimiter(text: string): ";" | "," {
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? "").replace(/"[^"]*"/g, "");
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(";") >= count(",") && count(";") > 0 ? ";" : ",";
}
