// A short, readable account of what an import contains, printed before anything is written.
import type { SheetKey } from "./sheet-layout.ts";
import { SHEETS } from "./sheet-layout.ts";
import type { RegionDocument } from "./region-document.ts";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function summariseImport(region: RegionDocument, source: string, keptFromFile: SheetKey[]): string[] {
  const types = countBy(region.organisations.map((o) => o.type));
  const onRoster = new Set(region.roster.map((r) => r.organisation));
  const idle = region.organisations.filter((o) => !onRoster.has(o.id)).map((o) => o.id);
  const names = new Map(region.people.map((p) => [p.id, p.name]));
  const lines = [
    `Region ${region.name} (${region.id}) from ${source}:`,
    `  ${plural(region.municipalities.length, "municipality", "municipalities")}: ${region.municipalities.map((m) => m.name).join(", ")}`,
    `  ${plural(region.organisations.length, "organisation", "organisations")}: ${[...types].map(([t, n]) => `${n} ${t}`).join(", ")}`,
    `  ${plural(region.people.length, "person", "people")}: ${withField(region, "slack")} with a Slack id, `
      + `${withField(region, "teams")} with a Teams id, ${region.people.filter((p) => p.locale === "en").length} in English`,
    `  ${plural(region.roster.length, "roster line", "roster lines")}, ${region.roster.filter((r) => r.deputy).length} with a deputy`,
    `  ${plural(region.coordinators.length, "coordinator", "coordinators")}: `
      + `${region.coordinators.map((id) => names.get(id) ?? id).join(", ") || "none"}`,
  ];
  if (region.organisationTypes?.length) lines.push(`  own organisation types: ${region.organisationTypes.map((t) => t.id).join(", ")}`);
  if (idle.length) lines.push(`  note: not on the roster: ${idle.join(", ")}`);
  if (keptFromFile.length) {
    lines.push(`  kept from the current region file: ${keptFromFile.map((k) => SHEETS.find((s) => s.key === k)!.name).join(", ")}`);
  }
  return lines;
}

const withField = (region: RegionDocument, field: "slack" | "teams") => region.people.filter((p) => p[field]).length;

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of [...values].sort()) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
