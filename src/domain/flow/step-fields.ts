// Values a party enters when it completes a step (the agreed monthly amount, the number of contact attempts),
// with the same bounds as the report form (min/max, options). Only on main-line task steps a single party owns.
import type { z } from "zod";

type Shape = {
  steps: {
    id: string;
    kind: string;
    owner: string;
    optional: boolean;
    fields?: { id: string; bind?: string | undefined; source?: string | undefined }[] | undefined;
  }[];
  branches: { steps: string[] }[];
  form: { fields: { id: string }[] };
};

export function checkStepFields(flow: Shape, ctx: z.RefinementCtx): void {
  flow.steps.forEach((step, i) => {
    if (!step.fields) return;
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: "custom", path: ["steps", i, "fields", ...path], message });
    const side = step.optional || flow.branches.some((b) => b.steps.includes(step.id));
    if (side || step.kind !== "task" || step.owner === "all") {
      issue([], "fields are asked when one party completes a main-line task step (not optional, branch or all)");
    }
    step.fields.forEach((f, j) => {
      if (f.bind) issue([j, "bind"], "a step's field cannot bind (bind belongs to the report form)");
      if (f.source) issue([j, "source"], "a step's select takes options, not a source");
      if (flow.form.fields.some((x) => x.id === f.id)) issue([j, "id"], `"${f.id}" is already a report form field`);
    });
  });
}
