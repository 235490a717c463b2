// A short, readable account of what an import contains, printed before anything is written.
import type { RegionDocument } from "./region-document.ts";
import { sheetLayout, type SheetKey } from "./sheet-layout.ts";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const list = (values: string[]) => values.join(", ") || "none";

export function summariseImport(region: RegionDocument, source: string, keptFromFile: SheetKey[]): string[] {
  const types = countBy(region.organisations.map((o) => o.type));
  const onRoster = new Set(region.roster.map((r) => r.organisation));
  const idle = region.organisations.filter((o) => !onRoster.has(o.id)).map((o) => o.id);
  const names = new Map(region.people.map((p) => [p.id, p.name]));
  const people = (test: (p: RegionDocument["people"][number]) => unknown) => region.people.filter(test).length;
  const lines = [
    `Region ${region.name} (${region.id}) from ${source}:`,
    `  ${count(region.municipalities.length, "municipality", "municipalities")}: ` +
      list(region.municipalities.map((m) => m.name)),
    `  ${count(region.organisations.length, "organisation", "organisations")}: ` +
      list([...types].map(([type, n]) => `${n} ${type}`)),
    `  ${count(region.people.length, "person", "people")}: ${people((p) => p.slack)} with a Slack id, ` +
      `${people((p) => p.teams)} with a Teams id, ${people((p) => p.locale === "en")} in English`,
    `  ${count(region.roster.length, "roster line", "roster lines")}, ` +
      `${region.roster.filter((r) => r.deputy).length} with a deputy`,
    `  ${count(region.coordinators.length, "coordinator", "coordinators")}: ` +
      list(region.coordinators.map((id) => names.get(id) ?? id)),
  ];
  const ownTypes = (region.organisationTypes ?? []).map((t) => t.id);
  if (ownTypes.length) lines.push(`  own organisation types: ${list(ownTypes)}`);
  if (idle.length) lines.push(`  note: not on the roster: ${list(idle)}`);
  if (keptFromFile.length) {
    lines.push(`  kept from the current region file: ${list(keptFromFile.map((k) => sheetLayout(k).name))}`);
  }
  return lines;
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of [...values].sort()) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
