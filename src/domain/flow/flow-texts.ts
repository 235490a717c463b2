// Texts a flow declares per step (a letter, a meeting agenda): liquid templates with conditions on the case's
// structured fields, rendered only in the private view of the parties they are for. Strict: a variable the
// flow does not declare is refused at load, and a render never falls back to a silent blank.
import { type FS, Liquid } from "liquidjs";
import { z } from "zod";

const id = z.string().regex(/^[a-z][a-z0-9_]*$/, "use lower-case letters, digits and _ (start with a letter)");

export const flowTextSchema = z.strictObject({
  id,
  label: z.string().min(1),
  /** The step at whose start the text becomes available. */
  step: id,
  /** Parties whose contacts see it in the private view (default: the step's owner; every party for "all"). */
  for: z.array(id).optional(),
  /** A liquid template: {{ field_id }}, {% if checkbox_id %}…{% endif %}, {{ case.reference }}, dates by id. */
  template: z.string().min(1),
});
export type FlowTextDef = z.infer<typeof flowTextSchema>;

/** Templates never read files: {% include %}, {% render %} and {% layout %} find nothing (and are refused at load). */
const NO_FILES: FS = {
  exists: async () => false,
  existsSync: () => false,
  readFile: async () => Promise.reject(new Error("flow texts cannot include files")),
  readFileSync: () => {
    throw new Error("flow texts cannot include files");
  },
  resolve: (_dir, file) => file,
};
const FILE_TAGS = /\{%-?\s*(include|render|layout)\b/;

const engine = new Liquid({
  strictVariables: true,
  strictFilters: true,
  ownPropertyOnly: true,
  fs: NO_FILES,
  relativeReference: false,
});

/** The case facts every template can use besides the flow's fields and dates. */
export const CASE_VARIABLES = ["reference", "municipality", "step", "level", "today"] as const;

type Shape = {
  texts: FlowTextDef[];
  steps: { id: string; owner: string; fields?: { id: string }[] | undefined }[];
  parties: { id: string }[];
  dates: { id: string }[];
  form: { fields: { id: string }[] };
};

/** Every name a template may use: report fields, step fields, entered dates and `case`. */
export function templateNames(flow: Omit<Shape, "texts" | "parties">): Set<string> {
  return new Set([
    ...flow.form.fields.map((f) => f.id),
    ...flow.steps.flatMap((s) => (s.fields ?? []).map((f) => f.id)),
    ...flow.dates.map((d) => d.id),
    "case",
  ]);
}

export function checkFlowTexts(flow: Shape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path: ["texts", ...path], message });
  const names = templateNames(flow);
  flow.texts.forEach((text, i) => {
    if (!flow.steps.some((s) => s.id === text.step)) issue([i, "step"], `unknown step "${text.step}"`);
    text.for?.forEach((p, j) => {
      if (!flow.parties.some((x) => x.id === p)) issue([i, "for", j], `unknown party "${p}"`);
    });
    if (FILE_TAGS.test(text.template)) issue([i, "template"], "a flow text cannot include, render or layout files");
    try {
      const used = engine.globalVariablesSync(engine.parse(text.template));
      for (const name of used.filter((n) => !names.has(n))) {
        issue([i, "template"], `unknown variable "${name}" (use a form field, a step field, a date or case.*)`);
      }
    } catch (error) {
      issue([i, "template"], `the template does not parse: ${error instanceof Error ? error.message : "error"}`);
    }
    if (flow.texts.findIndex((x) => x.id === text.id) !== i) issue([i, "id"], `"${text.id}" appears twice`);
  });
}

/** The text rendered with the case's values; throws on an undefined variable (strict). */
export function renderFlowText(text: FlowTextDef, variables: Record<string, unknown>): string {
  return engine.parseAndRenderSync(text.template, variables).trim();
}

/** The parties a text is for. */
export function textAudience(text: FlowTextDef, steps: readonly { id: string; owner: string }[], all: string[]) {
  if (text.for) return text.for;
  const owner = steps.find((s) => s.id === text.step)?.owner;
  return owner === "all" || !owner ? all : [owner];
}
