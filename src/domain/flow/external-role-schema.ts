// External roles a flow declares: a person from outside the roster (a bailiff, a neighbourhood team worker, an
// independent trajectory lead) whom a party adds to one case; the role says which steps they act on and what they see.
import { z } from "zod";

const id = z.string().regex(/^[a-z][a-z0-9_]*$/, "use lower-case letters, digits and _ (start with a letter)");

export const externalRoleSchema = z.strictObject({
  id,
  /** The Dutch name of the role, shown on the card's thread and in the view log (never the person's name). */
  label: z.string().min(1),
  /** Parties whose contacts may add (and remove) a person in this role; default: every party of the flow. */
  addedBy: z.array(id).default([]),
  /** Steps a person in this role may complete (themselves on the console, or a party on their behalf). */
  steps: z.array(id).default([]),
  /** Personal report-form fields the role sees (a bailiff needs the address); nothing else personal. */
  sees: z.array(id).default([]),
});
export type ExternalRoleDef = z.infer<typeof externalRoleSchema>;

type Shape = {
  externalRoles: ExternalRoleDef[];
  parties: { id: string }[];
  steps: { id: string; owner: string; kind: string; fields?: unknown[] | undefined }[];
  form: { fields: { id: string; personal?: boolean | undefined }[] };
};

/** Every party, step and field a role names must exist; its steps are tasks one party owns; seen fields are personal. */
export function checkExternalRoles(flow: Shape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path: ["externalRoles", ...path], message });
  const parties = new Set(flow.parties.map((p) => p.id));
  flow.externalRoles.forEach((role, i) => {
    role.addedBy.forEach((p, j) => {
      if (!parties.has(p)) issue([i, "addedBy", j], `unknown party "${p}"`);
    });
    role.steps.forEach((s, j) => {
      const step = flow.steps.find((x) => x.id === s);
      if (!step) issue([i, "steps", j], `unknown step "${s}"`);
      else if (step.owner === "all") issue([i, "steps", j], `"${s}" is confirmed by every party (owner: all)`);
      else if (step.kind !== "task") issue([i, "steps", j], `"${s}" is kind: ${step.kind}; a role acts on tasks only`);
      else if (step.fields?.length) issue([i, "steps", j], `"${s}" asks fields; a role completes steps without fields`);
    });
    role.sees.forEach((f, j) => {
      const field = flow.form.fields.find((x) => x.id === f);
      if (!field) issue([i, "sees", j], `unknown form field "${f}"`);
      else if (!field.personal) issue([i, "sees", j], `"${f}" is not personal; every party's card shows it already`);
    });
    if (flow.externalRoles.findIndex((x) => x.id === role.id) !== i) issue([i, "id"], `"${role.id}" appears twice`);
  });
}
