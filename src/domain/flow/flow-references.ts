// Cross-references inside a flow file: every party, flag and date a flow names must be defined in it.
import type { z } from "zod";

export type FlowShape = {
  parties: { id: string }[];
  steps: {
    owner: string;
    blockedBy?: string | undefined;
    optInBy?: string[] | undefined;
    deadline: "none" | { from: string };
    kind: string;
    decision?: unknown;
    evaluation?: unknown;
  }[];
  flags: { setBy: string[]; id: string }[];
  dates: { id: string; after?: string | undefined }[];
  datesEnteredBy: string[];
  notices: { date: string; notify: string }[];
  conditions: { defaultParty?: string | undefined }[];
  form: { fields: { bind?: string | undefined }[] };
};

/** Every id a flow refers to (parties, flags, dates) must exist in the same file. */
export function checkReferences(flow: FlowShape, ctx: z.RefinementCtx): void {
  const parties = new Set(flow.parties.map((p) => p.id));
  const flags = new Set(flow.flags.map((f) => f.id));
  const dates = new Set(flow.dates.map((d) => d.id));
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  flow.steps.forEach((step, i) => {
    if (step.blockedBy && !flags.has(step.blockedBy))
      issue(["steps", i, "blockedBy"], `unknown flag "${step.blockedBy}"`);
    step.optInBy?.forEach((p, j) => {
      if (!parties.has(p)) issue(["steps", i, "optInBy", j], `unknown party "${p}"`);
    });
    const from = step.deadline === "none" ? "start" : step.deadline.from;
    if (from.startsWith("date:") && !dates.has(from.slice(5)))
      issue(["steps", i, "deadline", "from"], `unknown date "${from.slice(5)}"`);
    if (step.kind === "decision" && !step.decision)
      issue(["steps", i, "decision"], "a decision step needs decision: { rule }");
    if (step.kind === "evaluation" && !step.evaluation)
      issue(["steps", i, "evaluation"], "an evaluation step needs evaluation: { firstYear } or { every }");
  });
  flow.flags.forEach((f, i) => {
    f.setBy.forEach((p, j) => {
      if (!parties.has(p)) issue(["flags", i, "setBy", j], `unknown party "${p}"`);
    });
  });
  flow.dates.forEach((d, i) => {
    const earlier = flow.dates.slice(0, i).map((x) => x.id);
    if (d.after && !earlier.includes(d.after))
      issue(["dates", i, "after"], `"${d.after}" is not a date declared before "${d.id}"`);
  });
  flow.datesEnteredBy.forEach((p, i) => {
    if (!parties.has(p)) issue(["datesEnteredBy", i], `unknown party "${p}"`);
  });
  flow.notices.forEach((n, i) => {
    if (!dates.has(n.date)) issue(["notices", i, "date"], `unknown date "${n.date}"`);
    if (!parties.has(n.notify)) issue(["notices", i, "notify"], `unknown party "${n.notify}"`);
  });
  flow.conditions.forEach((c, i) => {
    if (c.defaultParty && !parties.has(c.defaultParty))
      issue(["conditions", i, "defaultParty"], `unknown party "${c.defaultParty}"`);
  });
  flow.form.fields.forEach((f, i) => {
    if (f.bind?.startsWith("flag:") && !flags.has(f.bind.slice(5)))
      issue(["form", "fields", i, "bind"], `unknown flag "${f.bind.slice(5)}"`);
  });
}
