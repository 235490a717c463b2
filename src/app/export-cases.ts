// Use-case: the export for the regional monitor: cases reported in a period and their obligations,
// as rows with pseudonymous references and structured values only, and the flows' own KPIs for the period
// (events recorded in it; outcomes of the cases reported in it that are closed).
import { DateTime } from "luxon";
import { exportRows, type CaseRow, type ObligationRow } from "../domain/digest/export-rows.ts";
import type { OutcomeKpi } from "../domain/digest/digest-types.ts";
import { pausedObligations, pausingStepsOf } from "../domain/digest/paused.ts";
import { kpiRows, type KpiRow } from "../domain/digest/flow-kpis.ts";
import type { AppContext } from "./context.ts";
import { flowKpiValues } from "./case/flow-kpi-values.ts";
import { sharedOutcomeLabel } from "./case/outcome-label.ts";

export interface ExportCasesOptions {
  ctx: AppContext;
  from: Date;
  to: Date;
  /** Only cases of these municipalities (a coordinator's regions); all when absent. */
  municipalityIds?: readonly string[];
}

export async function exportCases({
  ctx,
  from,
  to,
  municipalityIds,
}: ExportCasesOptions): Promise<{ cases: CaseRow[]; obligations: ObligationRow[]; kpis: KpiRow[] }> {
  const all = await ctx.store.read.casesReportedBetween(from, to);
  const cases = municipalityIds ? all.cases.filter((c) => municipalityIds.includes(c.municipalityId)) : all.cases;
  const kept = new Set(cases.map((c) => c.id));
  const flowOfCase = new Map(cases.map((c) => [c.id, c.flowId]));
  const owed = all.obligations.filter((o) => kept.has(o.caseId));
  const paused = pausedObligations(owed, pausingStepsOf(ctx.flows.all().map((l) => l.flow)), flowOfCase);
  const obligations = owed.map((o) => (paused.has(o) ? { ...o, paused: true } : o));
  const outcomeKpis: Record<string, Record<string, OutcomeKpi>> = Object.fromEntries(
    ctx.flows
      .all()
      .map(({ flow }) => [
        flow.id,
        Object.fromEntries(flow.outcomes.flatMap((o) => (o.kpi ? [[o.value, o.kpi]] : []))),
      ]),
  );
  // An outcome the flow keeps to some parties (fullFor) leaves the export as its coarse code only.
  const outcomeShown = Object.fromEntries(
    ctx.flows
      .all()
      .map(({ flow }) => [
        flow.id,
        Object.fromEntries(flow.outcomes.flatMap((o) => (o.fullFor ? [[o.value, sharedOutcomeLabel(o)]] : []))),
      ]),
  );
  const input = { now: ctx.clock.now(), zone: ctx.calendar.zone, cases, obligations, outcomeKpis };
  const rows = exportRows({ ...input, outcomeShown });
  const inScope = municipalityIds ? [...municipalityIds] : (await ctx.store.read.municipalities()).map((m) => m.id);
  const closed = cases.filter((c) => c.status === "closed");
  const values = await flowKpiValues({
    ctx,
    municipalityIds: inScope,
    from,
    to,
    closed,
    inUse: new Set(cases.map((c) => c.flowId)),
  });
  const day = (d: Date) => DateTime.fromJSDate(d, { zone: ctx.calendar.zone }).toISODate() ?? "";
  ctx.log.info(
    { from: from.toISOString(), to: to.toISOString(), cases: rows.cases.length, obligations: rows.obligations.length },
    "export prepared",
  );
  return { ...rows, kpis: kpiRows(values, day(from), day(new Date(to.getTime() - 1))) };
}
