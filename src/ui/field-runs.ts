// Splits a card's fields into runs for the renderers: short one-line fields side by side (Slack fields,
// a Teams FactSet), and a multi-line field (a digest, notes) on its own so every line stays a line.
import type { CardField } from "./card.ts";

export type FieldRun = { kind: "facts"; fields: CardField[] } | { kind: "lines"; label: string; lines: string[] };

export function fieldRuns(fields: readonly CardField[]): FieldRun[] {
  const runs: FieldRun[] = [];
  for (const field of fields) {
    const lines = field.value
      .split("\n")
      .map((line) => line.trimEnd())
      .filter((line) => line !== "");
    if (lines.length > 1) {
      runs.push({ kind: "lines", label: field.label, lines });
      continue;
    }
    const last = runs.at(-1);
    if (last?.kind === "facts") last.fields.push(field);
    else runs.push({ kind: "facts", fields: [field] });
  }
  return runs;
}
