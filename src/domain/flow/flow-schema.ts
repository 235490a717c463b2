// The shape of a protocol file in flows/*.yaml, validated with zod at start-up.
import { z } from "zod";

const id = z.string().regex(/^[a-z][a-z0-9_]*$/, "use lower-case letters, digits and _ (start with a letter)");
const text = z.string().min(1);

export const organisationTypeSchema = z.enum([
  "housing_corporation",
  "care_provider",
  "wmo_desk",
  "safety_house",
  "debt_help",
  "other",
]);

export const durationSchema = z.object({
  amount: z.number().int().min(0),
  unit: z.enum(["workingDays", "calendarDays", "weeks", "months"]).default("workingDays"),
});

export const optionSchema = z.object({ value: id, label: text });

/** An outcome may count in the coordinators' KPIs (evictions prevented versus executed, second chances). */
export const outcomeSchema = optionSchema.extend({
  kpi: z.enum(["prevented", "evicted", "granted", "rejected"]).optional(),
});

/** A date a party enters later (a court hearing, the eviction date); deadlines and notices can count from it. */
export const caseDateSchema = z.object({
  id,
  label: text,
  /** Listed in the weekly digest's "coming up" section. */
  digest: z.boolean().default(false),
});

export const formFieldSchema = z
  .object({
    id,
    label: text,
    type: z.enum(["text", "textarea", "select", "date", "number", "checkbox"]),
    required: z.boolean().default(false),
    /** Personal or free-text values are encrypted and shown only in the private view. */
    personal: z.boolean().default(false),
    /** Shown on the shared case card (only for structured, non-personal fields). */
    showOnCard: z.boolean().default(false),
    options: z.array(optionSchema).optional(),
    /** Options taken from the directory instead of the file. */
    source: z.enum(["municipalities", "organisations"]).optional(),
    organisationType: organisationTypeSchema.optional(),
    /** What the value means to the engine. */
    bind: z.string().regex(/^(municipality|legalBasis|party:[a-z][a-z0-9_]*)$/).optional(),
    maxLength: z.number().int().positive().optional(),
    hint: z.string().optional(),
  })
  .superRefine((field, ctx) => {
    if ((field.type === "text" || field.type === "textarea") && !field.personal) {
      ctx.addIssue({ code: "custom", path: ["personal"], message: "free-text fields must be personal: true (free text never goes to a channel)" });
    }
    if (field.personal && field.showOnCard) {
      ctx.addIssue({ code: "custom", path: ["showOnCard"], message: "a personal field cannot be shown on the card" });
    }
    if (field.type === "select" && !field.options && !field.source) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "a select needs options or a source" });
    }
    if (field.source === "organisations" && !field.organisationType) {
      ctx.addIssue({ code: "custom", path: ["organisationType"], message: "source: organisations needs an organisationType" });
    }
  });

export const partySchema = z.object({
  id,
  label: text,
  organisationType: organisationTypeSchema,
});

export const stepSchema = z.object({
  id,
  label: text,
  /** A party id, or "all" for a step every party must confirm on its own (acknowledgement). */
  owner: z.string().min(1),
  deadline: durationSchema,
});

export const ladderRungSchema = z.object({
  notify: z.enum(["owner", "deputy", "coordinator", "organisation"]),
  /** Working days after the deadline. */
  afterWorkingDays: z.number().int().min(0),
  organisationType: organisationTypeSchema.optional(),
  label: z.string().optional(),
});

export const caseLevelSchema = z.object({
  id,
  label: text,
  organisationType: organisationTypeSchema.optional(),
});

export const flowSchema = z
  .object({
    id,
    version: z.number().int().positive(),
    title: text,
    referencePrefix: z.string().regex(/^[A-Z]{2,4}$/, "two to four capital letters, such as OV"),
    command: z.string().regex(/^\/[a-z-]+$/),
    parties: z.array(partySchema).min(1),
    form: z.object({ title: text, fields: z.array(formFieldSchema).min(1) }),
    steps: z.array(stepSchema).min(1),
    escalation: z.object({
      ladder: z.array(ladderRungSchema).min(1),
      levels: z.array(caseLevelSchema).min(2),
    }),
    outcomes: z.array(outcomeSchema).min(1),
    dates: z.array(caseDateSchema).default([]),
  })
  .superRefine((flow, ctx) => {
    const parties = new Set(flow.parties.map((p) => p.id));
    flow.steps.forEach((step, i) => {
      if (step.owner !== "all" && !parties.has(step.owner)) {
        ctx.addIssue({ code: "custom", path: ["steps", i, "owner"], message: `unknown party "${step.owner}" (use one of ${[...parties].join(", ")} or all)` });
      }
    });
    flow.form.fields.forEach((field, i) => {
      const party = field.bind?.startsWith("party:") ? field.bind.slice(6) : undefined;
      if (party && !parties.has(party)) {
        ctx.addIssue({ code: "custom", path: ["form", "fields", i, "bind"], message: `unknown party "${party}"` });
      }
    });
    if (!flow.form.fields.some((f) => f.bind === "municipality")) {
      ctx.addIssue({ code: "custom", path: ["form", "fields"], message: "the form needs a field with bind: municipality" });
    }
    flow.escalation.ladder.forEach((rung, i) => {
      if (rung.notify === "organisation" && !rung.organisationType) {
        ctx.addIssue({ code: "custom", path: ["escalation", "ladder", i, "organisationType"], message: "notify: organisation needs an organisationType" });
      }
      const prev = flow.escalation.ladder[i - 1];
      if (prev && rung.afterWorkingDays < prev.afterWorkingDays) {
        ctx.addIssue({ code: "custom", path: ["escalation", "ladder", i, "afterWorkingDays"], message: "the ladder must not go down: afterWorkingDays must increase" });
      }
    });
    const ids = flow.steps.map((s) => s.id);
    ids.forEach((sid, i) => {
      if (ids.indexOf(sid) !== i) ctx.addIssue({ code: "custom", path: ["steps", i, "id"], message: `step "${sid}" appears twice` });
    });
  });

export type Flow = z.infer<typeof flowSchema>;
export type FlowStep = z.infer<typeof stepSchema>;
export type FlowParty = z.infer<typeof partySchema>;
export type FormFieldDef = z.infer<typeof formFieldSchema>;
export type LadderRung = z.infer<typeof ladderRungSchema>;
export type Duration = z.infer<typeof durationSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type CaseDateDef = z.infer<typeof caseDateSchema>;
export type OrganisationType = z.infer<typeof organisationTypeSchema>;
