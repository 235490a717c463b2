// KPIs a flow declares for its coordinators: counts of recorded case events or of outcomes, and rates of
// outcomes ("a trajectory's success rate"). Shown per flow in the weekly digest and in the export.
import { z } from "zod";

const id = z.string().regex(/^[a-z][a-z0-9_]*$/, "use lower-case letters, digits and _ (start with a letter)");

export const flowKpiSchema = z
  .strictObject({
    id,
    label: z.string().min(1),
    /** How many case events with these ids were recorded, or cases closed with these outcomes. */
    count: z
      .strictObject({
        events: z.array(id).min(1).optional(),
        outcomes: z.array(id).min(1).optional(),
      })
      .optional(),
    /** The share (whole percent) of cases closed with `outcomes` among those closed with `of`. */
    rate: z.strictObject({ outcomes: z.array(id).min(1), of: z.array(id).min(1) }).optional(),
  })
  .superRefine((k, ctx) => {
    if (!k.count === !k.rate) ctx.addIssue({ code: "custom", path: ["count"], message: "give either count or rate" });
    if (k.count && !k.count.events === !k.count.outcomes) {
      ctx.addIssue({ code: "custom", path: ["count"], message: "count either events or outcomes" });
    }
  });
export type FlowKpiDef = z.infer<typeof flowKpiSchema>;

type Shape = { kpis: FlowKpiDef[]; events: { id: string }[]; outcomes: { value: string }[] };

/** Every event and outcome a KPI counts must be declared in the same flow. */
export function checkFlowKpis(flow: Shape, ctx: z.RefinementCtx): void {
  const events = new Set(flow.events.map((e) => e.id));
  const outcomes = new Set(flow.outcomes.map((o) => o.value));
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path: ["kpis", ...path], message });
  const check = (ids: string[] | undefined, known: Set<string>, path: (string | number)[], what: string) =>
    ids?.forEach((x, j) => {
      if (!known.has(x)) issue([...path, j], `unknown ${what} "${x}"`);
    });
  flow.kpis.forEach((k, i) => {
    check(k.count?.events, events, [i, "count", "events"], "event");
    check(k.count?.outcomes, outcomes, [i, "count", "outcomes"], "outcome");
    check(k.rate?.outcomes, outcomes, [i, "rate", "outcomes"], "outcome");
    check(k.rate?.of, outcomes, [i, "rate", "of"], "outcome");
    if (flow.kpis.findIndex((x) => x.id === k.id) !== i) issue([i, "id"], `"${k.id}" appears twice`);
  });
}
