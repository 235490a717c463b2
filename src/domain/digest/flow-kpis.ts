// The values of the KPIs flows declare, over one period: counts of recorded case events and of outcomes,
// and outcome rates. Pure; the digest and the export give it the cases closed and events recorded.
import type { FlowKpiDef } from "../flow/flow-kpi-schema.ts";

export interface FlowKpiValue {
  flowId: string;
  kpiId: string;
  label: string;
  kind: "count" | "rate";
  /** The count, or the whole percentage (null when no case closed with one of `of`). */
  value: number | null;
  numerator: number;
  denominator: number | null;
}

export interface FlowKpiInput {
  flows: { id: string; kpis: FlowKpiDef[] }[];
  /** Cases closed in the period. */
  closed: { flowId: string; outcome: string | null }[];
  /** Case events recorded in the period. */
  events: { flowId: string; event: string }[];
}

export function computeFlowKpis({ flows, closed, events }: FlowKpiInput): FlowKpiValue[] {
  return flows.flatMap((flow) =>
    flow.kpis.map((kpi): FlowKpiValue => {
      const outcomes = closed.filter((c) => c.flowId === flow.id).map((c) => c.outcome ?? "");
      const base = { flowId: flow.id, kpiId: kpi.id, label: kpi.label };
      const rate = kpi.rate;
      if (rate) {
        const denominator = outcomes.filter((o) => rate.of.includes(o)).length;
        const numerator = outcomes.filter((o) => rate.outcomes.includes(o) && rate.of.includes(o)).length;
        const value = denominator ? Math.round((100 * numerator) / denominator) : null;
        return { ...base, kind: "rate", value, numerator, denominator };
      }
      const countedEvents = kpi.count?.events;
      const counted = countedEvents
        ? events.filter((e) => e.flowId === flow.id && countedEvents.includes(e.event)).length
        : outcomes.filter((o) => kpi.count?.outcomes?.includes(o)).length;
      return { ...base, kind: "count", value: counted, numerator: counted, denominator: null };
    }),
  );
}

export const KPI_COLUMNS = ["flow", "kpi", "label", "kind", "value", "numerator", "denominator", "from", "to"] as const;
export type KpiRow = Record<(typeof KPI_COLUMNS)[number], string | number>;

/** The export's rows: one per KPI, with the period as local dates ("" for a rate without cases). */
export function kpiRows(values: FlowKpiValue[], from: string, to: string): KpiRow[] {
  return values.map((v) => ({
    flow: v.flowId,
    kpi: v.kpiId,
    label: v.label,
    kind: v.kind,
    value: v.value ?? "",
    numerator: v.numerator,
    denominator: v.denominator ?? "",
    from,
    to,
  }));
}
