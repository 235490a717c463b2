// The export files port: the cases, obligations and KPIs of a period as CSV (one table) or one XLSX workbook.
// infra writes them (csv-stringify, exceljs); the composition root hands the writer to the web routes.
import type { CaseRow, ObligationRow } from "../domain/digest/export-rows.ts";
import type { KpiRow } from "../domain/digest/flow-kpis.ts";

export type ExportTable = "cases" | "obligations" | "kpis";
export interface ExportData {
  cases: CaseRow[];
  obligations: ObligationRow[];
  kpis?: KpiRow[];
}

export interface ExportFiles {
  toCsv(data: ExportData, table: ExportTable): string;
  toXlsx(data: ExportData): Promise<Buffer>;
}
