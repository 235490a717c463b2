// Limits a flow declares across cases and time ("at most one payment plan per household per 12 months"): the
// engine refuses a party's action that would pass one, with the flow's own Dutch sentence.
import { z } from "zod";

const id = z.string().regex(/^[a-z][a-z0-9_]*$/, "use lower-case letters, digits and _ (start with a letter)");

export const limitSchema = z.strictObject({
  id,
  /** What is counted: a step started (opted into), a branch started, a case event recorded, or a case of this
   *  flow reported (`flow: <this flow's id>`, checked at the report form before the case is created). */
  count: z.union(
    [
      z.strictObject({ step: id }),
      z.strictObject({ branch: id }),
      z.strictObject({ event: id }),
      z.strictObject({ flow: id }),
    ],
    { error: "use { step: <id> }, { branch: <id> }, { event: <id> } or { flow: <this flow's id> }" },
  ),
  /** Counted over every case of the household (the form's bind: household field), or this case only. */
  per: z.enum(["household", "case"]).default("household"),
  max: z.number().int().min(0),
  /** The period looked back over from now; without it, ever. */
  within: z
    .strictObject({
      amount: z.number().int().min(1),
      unit: z.enum(["calendarDays", "weeks", "months"]).default("months"),
    })
    .optional(),
  /** The refusal the person reads, in plain Dutch. */
  message: z.string().min(1),
});
export type LimitDef = z.infer<typeof limitSchema>;

type Shape = {
  id: string;
  limits: LimitDef[];
  steps: { id: string; optional: boolean }[];
  branches: { id: string; optInBy?: string[] | undefined }[];
  events: { id: string; startBranch?: string | undefined }[];
  form: { fields: { bind?: string | undefined }[] };
};

const NEVER_CHECKED = (why: string) =>
  `${why}, so this limit would never refuse anything (limits are checked when a party opts in or records an event)`;

export function checkLimits(flow: Shape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path: ["limits", ...path], message });
  flow.limits.forEach((l, i) => {
    const c = l.count;
    const step = "step" in c ? flow.steps.find((s) => s.id === c.step) : undefined;
    if ("step" in c && !step) issue([i, "count", "step"], `unknown step "${c.step}"`);
    // A limit is checked when a party acts (opts in, records an event): a step or branch that only starts by
    // itself would never be refused, so the limit would be silently ignored.
    if (step && !step.optional) issue([i, "count", "step"], NEVER_CHECKED(`"${step.id}" starts by itself`));
    const branch = "branch" in c ? flow.branches.find((b) => b.id === c.branch) : undefined;
    if ("branch" in c && !branch) issue([i, "count", "branch"], `unknown branch "${c.branch}"`);
    if (branch && !branch.optInBy && !flow.events.some((e) => e.startBranch === branch.id)) {
      issue([i, "count", "branch"], NEVER_CHECKED(`"${branch.id}" starts only on its date`));
    }
    if ("flow" in c && c.flow !== flow.id) {
      issue([i, "count", "flow"], `only this flow's own cases are counted at its report form: use "${flow.id}"`);
    }
    if ("flow" in c && l.per === "case") issue([i, "per"], "a new case has no cases of its own: use per: household");
    if ("event" in c && !flow.events.some((e) => e.id === c.event))
      issue([i, "count", "event"], `unknown event "${c.event}"`);
    if (l.per === "household" && !flow.form.fields.some((f) => f.bind === "household"))
      issue([i, "per"], "per: household needs a form field with bind: household (or use per: case)");
    if (flow.limits.findIndex((x) => x.id === l.id) !== i) issue([i, "id"], `"${l.id}" appears twice`);
  });
}

/** What an action counts as: the event type on the case timeline and the id in its data. */
export function limitSubject(count: LimitDef["count"]): { type: string; key: string; id: string } {
  if ("step" in count) return { type: "step.started", key: "stepId", id: count.step };
  if ("branch" in count) return { type: "branch.started", key: "branch", id: count.branch };
  if ("flow" in count) return { type: "case.reported", key: "flowId", id: count.flow };
  return { type: "case_event.recorded", key: "event", id: count.event };
}
