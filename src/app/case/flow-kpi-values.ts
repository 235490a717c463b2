// The values of the flows' own KPIs for a period, for the digest and the export: case events recorded in
// the period (read by index) and the closed cases the caller gives. Only flows in use are listed: with a case
// the caller names (`inUse`) or an event recorded in the period, so a region never sees figures of a protocol
// it does not run.
import { computeFlowKpis, type FlowKpiValue } from "../../domain/digest/flow-kpis.ts";
import type { AppContext } from "../context.ts";

export interface FlowKpiValuesOptions {
  ctx: AppContext;
  municipalityIds: string[];
  from: Date;
  to: Date;
  closed: { flowId: string; outcome: string | null }[];
  /** Flow ids with cases in the caller's scope (the digest's weeks, the export's period). */
  inUse: ReadonlySet<string>;
}

export async function flowKpiValues({
  ctx,
  municipalityIds,
  from,
  to,
  closed,
  inUse,
}: FlowKpiValuesOptions): Promise<FlowKpiValue[]> {
  const flows = ctx.flows
    .all()
    .map((l) => l.flow)
    .filter((f) => f.kpis.length > 0);
  if (flows.length === 0) return [];
  const recorded = await ctx.store.read.digestEvents(municipalityIds, ["case_event.recorded"], from, to);
  const flowOf = new Map<string, string | undefined>();
  const events: { flowId: string; event: string }[] = [];
  for (const e of recorded) {
    if (!flowOf.has(e.caseId)) flowOf.set(e.caseId, (await ctx.store.read.case(e.caseId))?.flowId);
    const flowId = flowOf.get(e.caseId);
    if (flowId && e.event) events.push({ flowId, event: e.event });
  }
  const used = (id: string) =>
    inUse.has(id) || closed.some((c) => c.flowId === id) || events.some((e) => e.flowId === id);
  return computeFlowKpis({ flows: flows.filter((f) => used(f.id)), closed, events });
}
