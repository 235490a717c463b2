// The access export of one household as tables for a workbook: the cases, their details and values, the
// timeline and the view log, one row per value or event.
import type { ResidentExport } from "../../app/avg/export-resident-data.ts";
import type { Table } from "./private-export-file.ts";

export function residentTables(data: ResidentExport): Table[] {
  const cases = data.cases.map(({ details, values, dates, flags, timeline, viewLog, ...c }) => ({
    ...c,
    flags: flags.join("; "),
  }));
  const values = data.cases.flatMap((c) =>
    [
      ...Object.entries(c.details).map(([field, value]) => ({ kind: "details", field, value })),
      ...Object.entries(c.values).map(([field, value]) => ({ kind: "value", field, value })),
      ...Object.entries(c.dates).map(([field, value]) => ({ kind: "date", field, value })),
    ].map((row) => ({ reference: c.reference, ...row })),
  );
  const timeline = data.cases.flatMap((c) => c.timeline.map((e) => ({ reference: c.reference, ...e })));
  const views = data.cases.flatMap((c) =>
    c.viewLog.map((e) => ({ reference: c.reference, ...e, at: e.at.toISOString() })),
  );
  const columnsOf = (rows: Record<string, unknown>[], fallback: string[]) =>
    rows[0] ? Object.keys(rows[0]) : fallback;
  return [
    { name: "Meldingen", columns: columnsOf(cases, ["reference"]), rows: cases },
    { name: "Gegevens", columns: ["reference", "kind", "field", "value"], rows: values },
    { name: "Tijdlijn", columns: ["reference", "at", "type", "by", "organisation", "text"], rows: timeline },
    {
      name: "Inzagelogboek",
      columns: ["reference", "at", "type", "name", "organisation", "platform", "why", "reason"],
      rows: views,
    },
  ];
}
