// What the builders of one import share: the problems found so far and the checks every sheet uses
// (a required cell, a well-formed or derived id, a unique key).
import { problemAt, type CellPosition, type ImportProblem, type ProblemCode } from "./import-problem.ts";
import { slugFromName } from "./normalise-name.ts";
import type { ReferenceIndex } from "./reference-index.ts";
import type { TableRow } from "./sheet-table.ts";

export class ImportContext {
  readonly problems: ImportProblem[] = [];

  report(
    at: CellPosition,
    code: ProblemCode,
    message: string,
    extra?: { suggestion?: string | null; params?: Record<string, string> },
  ): void {
    this.problems.push(problemAt(at, code, message, extra));
  }

  /** The cell's text, or undefined (reported) when a required cell is empty. */
  required(row: TableRow, key: string): string | undefined {
    const value = row.value(key);
    if (value === "") this.report(row.at(key), "required", "this cell is empty but required.");
    return value === "" ? undefined : value;
  }

  /** The id given in the row, or one made from the name; undefined (reported) when it is malformed. */
  idOf(row: TableRow, name: string, pattern: RegExp): string | undefined {
    const given = row.value("id");
    const id = given === "" ? slugFromName(name) : given;
    if (pattern.test(id)) return id;
    const example = slugFromName(name) || "bergen-op-zoom";
    this.report(row.at("id"), "invalid_id", `"${id}" is not a valid id; use lower-case letters, digits and hyphens.`, {
      params: { example },
    });
    return undefined;
  }

  /** Reports a key already seen in an earlier row of the same sheet; true when the key is new. */
  unique(seen: Map<string, number>, key: string, row: TableRow, column: string, what: string): boolean {
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, row.number);
      return true;
    }
    const derived = column === "id" && row.value("id") === "";
    const message = `duplicate ${what} "${key}" (first in row ${first}).`;
    const params = { row: String(first) };
    if (derived) {
      this.report(
        row.at(column),
        "duplicate_name_id",
        `${message} The id was made from the name; fill in another id.`,
        { params },
      );
    } else {
      this.report(row.at(column), "duplicate", message, { params });
    }
    return false;
  }

  /** The id a reference cell names, or undefined (reported as unknown or ambiguous). */
  refer(row: TableRow, key: string, index: ReferenceIndex, code: ProblemCode, what: string): string | undefined {
    const value = row.value(key);
    if (value === "") return undefined;
    const found = index.resolve(value);
    if ("id" in found) return found.id;
    if ("ambiguous" in found) {
      const instead = what === "person" ? "the id or e-mail" : "the id";
      this.report(row.at(key), "ambiguous", `"${value}" matches more than one ${what}; use ${instead}.`);
    } else {
      this.report(row.at(key), code, `unknown ${what} "${value}".`, { suggestion: found.suggestion });
    }
    return undefined;
  }
}
