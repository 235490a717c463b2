// The shape of a protocol file in flows/*.yaml, validated with zod at start-up.
import { z } from "zod";
import { branchSchema, checkBranches } from "./branch-schema.ts";
import { anchorDeadlineSchema } from "./calendar-anchor.ts";
import { caseEventSchema, checkCaseEvents } from "./case-event-schema.ts";
import { channelCardSchema, checkChannelCard, DEFAULT_CHANNEL_CARD } from "./channel-card.ts";
import { checkCombinations } from "./flow-combinations.ts";
import { checkFlowKpis, flowKpiSchema } from "./flow-kpi-schema.ts";
import { checkLimits, limitSchema } from "./limit-schema.ts";
import { checkExternalRoles, externalRoleSchema } from "./external-role-schema.ts";
import { checkStepFields } from "./step-fields.ts";
import { checkFlowTexts, flowTextSchema } from "./flow-texts.ts";
import { checkReferences } from "./flow-references.ts";
import { checkOutcomeVisibility } from "./outcome-visibility.ts";
import { organisationTypeSchema } from "../organisation-types.ts";

const id = z.string().regex(/^[a-z][a-z0-9_]*$/, "use lower-case letters, digits and _ (start with a letter)");
const text = z.string().min(1);

/** An organisation type id: built in, or declared by a region (checked at start-up against the region files). */
export { organisationTypeSchema, type OrganisationType } from "../organisation-types.ts";

export const durationSchema = z.strictObject({
  amount: z.number().int().min(0),
  unit: z.enum(["workingDays", "calendarDays", "weeks", "months"]).default("workingDays"),
});

export const optionSchema = z.strictObject({ value: id, label: text });

/** A deadline counted from the step's start or from an entered date, forwards or backwards ("5 working days before"). */
export const deadlineSchema = durationSchema.extend({
  from: z
    .string()
    .regex(/^(start|date:[a-z][a-z0-9_]*)$/, 'use "start" or "date:<date id>"')
    .default("start"),
  before: z.boolean().default(false),
});

/** A step's deadline: a duration, a calendar anchor ({ month, day }), or "none" (never escalated). */
export const stepDeadlineSchema = z.union([z.literal("none"), deadlineSchema, anchorDeadlineSchema], {
  error: 'use { amount, unit }, a calendar anchor { month, day } or "none"',
});

/** Evaluation moments: firstYear spread over the first year (then every `thereafter`), or every interval. */
export const evaluationSchema = z
  .strictObject({
    /** Evaluation moments in the first year, evenly spread (4 = every 3 months). */
    firstYear: z
      .number()
      .int()
      .min(1)
      .max(12, "at most 12 in the first year; for more use every: { amount, unit }")
      .optional(),
    /** After the first year, one moment per this interval until the step's deadline (the end of the trial). */
    thereafter: durationSchema.optional(),
    /** One moment per this interval from the step's start (e.g. every 2 weeks), until the deadline or `count`. */
    every: durationSchema.optional(),
    /** How many moments `every` plans (needed when the step has no deadline). */
    count: z.number().int().min(1).max(500).optional(),
    /** How much longer a trial runs when the parties extend it (with moments at the same interval). */
    extension: durationSchema.optional(),
    /** A moment can be recorded from this long before it (not earlier); it stays open after it until done. */
    window: z.strictObject({ before: durationSchema }).optional(),
    /** Each party records its own part of a moment (one party's evaluation does not count for the others). */
    eachParty: z.boolean().optional(),
  })
  .superRefine((e, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (e.firstYear === undefined && !e.every)
      issue("every", "give firstYear (moments in the first year) or every (an interval)");
    if (e.firstYear !== undefined && e.every) issue("every", "use firstYear or every, not both");
    if (e.every && e.every.amount === 0) issue("every", "the interval must be at least 1");
    if (e.thereafter && !e.firstYear)
      issue("thereafter", "thereafter follows firstYear; with every the interval goes on by itself");
    if (e.count !== undefined && !e.every) issue("count", "count goes with every");
  });

/** An outcome may count in the coordinators' KPIs (evictions prevented versus executed, second chances). */
export const outcomeSchema = optionSchema.extend({
  kpi: z.enum(["prevented", "evicted", "granted", "rejected"]).optional(),
  /** The coarse code the shared card, the thread and parties outside `fullFor` see (e.g. "Afgerond"). */
  coarse: z.string().min(1).optional(),
  /** Parties whose contacts see the full label (default: every party); the others see only `coarse`. */
  fullFor: z.array(id).optional(),
});

/** A flag a party sets or lifts on a case (consent, objection); it can block steps. */
export const flagSchema = z.strictObject({
  id,
  label: text,
  /** Why the flag blocks, in plain Dutch, shown on the card while it is set. */
  explanation: text,
  setBy: z.array(id).min(1),
});

/** A message to a party a number of working days before an entered date (e.g. the eviction date). */
export const dateNoticeSchema = z.strictObject({
  id,
  date: id,
  before: durationSchema,
  notify: id,
  label: text,
});

/** The conditions a second-chance agreement can carry, each with the party responsible for it. */
export const conditionSchema = z.strictObject({ id, label: text, defaultParty: id.optional() });

/** A date a party enters later (a court hearing, the eviction date); deadlines and notices can count from it. */
export const caseDateSchema = z.strictObject({
  id,
  label: text,
  /** Listed in the weekly digest's "coming up" section. */
  digest: z.boolean().default(false),
  /** The date this one may not come before (the court route's order); it must be declared earlier in the list. */
  after: id.optional(),
  /** A newly entered value may not lie before today (an announced eviction). */
  notInPast: z.boolean().default(false),
});

export const formFieldSchema = z
  .strictObject({
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
    bind: z
      .string()
      .regex(/^(municipality|legalBasis|household|party:[a-z][a-z0-9_]*|flag:[a-z][a-z0-9_]*)$/)
      .optional(),
    /** Bounds of a number field (e.g. the arrears trigger: at least 30 days late). */
    min: z.number().optional(),
    max: z.number().optional(),
    maxLength: z.number().int().positive().optional(),
    hint: z.string().optional(),
  })
  .superRefine((field, ctx) => {
    if ((field.type === "text" || field.type === "textarea") && !field.personal) {
      ctx.addIssue({
        code: "custom",
        path: ["personal"],
        message: "free-text fields must be personal: true (free text never goes to a channel)",
      });
    }
    if (field.personal && field.showOnCard) {
      ctx.addIssue({ code: "custom", path: ["showOnCard"], message: "a personal field cannot be shown on the card" });
    }
    if (field.type === "select" && !field.options && !field.source) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "a select needs options or a source" });
    }
    if (field.source === "organisations" && !field.organisationType) {
      ctx.addIssue({
        code: "custom",
        path: ["organisationType"],
        message: "source: organisations needs an organisationType",
      });
    }
  });

export const partySchema = z.strictObject({
  id,
  label: text,
  organisationType: organisationTypeSchema,
  /**
   * The step (or branch) at which this party joins the case (e.g. the municipality at the early signal). Before it starts, and
   * while a flag blocks it, the party is not routed: no notice, no details. Without it the party joins at once.
   */
  joinsAt: id.optional(),
});

export const adviceRuleSchema = z.enum(["unanimous", "majority"]);

export const stepSchema = z.strictObject({
  id,
  label: text,
  /** A party id, or "all" for a step every party must confirm on its own (acknowledgement). */
  owner: z.string().min(1),
  deadline: stepDeadlineSchema,
  /** task: the owner completes it; decision: each party advises, the rule decides;
   *  evaluation: recurring moments with an outcome each; conditions: the owner records the agreement's conditions. */
  kind: z.enum(["task", "decision", "evaluation", "conditions"]).default("task"),
  /** While this flag is set the step cannot run (e.g. the tenant's objection blocks the early signal). */
  blockedBy: id.optional(),
  /** Skipped by the sequence; a party starts it when needed (opt in) and it runs beside the main steps. */
  optional: z.boolean().default(false),
  /** Parties that may opt into an optional step (default: its owner). */
  optInBy: z.array(id).optional(),
  /** Shown on the card while the step runs, e.g. that an eviction is on hold by national agreement. */
  holdNotice: z.string().optional(),
  /** While this optional step runs, the other steps' clocks of the case stand still: no reminders, no ladder. */
  pausesOthers: z.boolean().optional(),
  decision: z.strictObject({ rule: adviceRuleSchema.default("unanimous") }).optional(),
  evaluation: evaluationSchema.optional(),
  /** Values the owner enters when completing the step, with bounds (min/max, options), like report fields. */
  fields: z.array(formFieldSchema).optional(),
});

export const ladderRungSchema = z.strictObject({
  notify: z.enum(["owner", "deputy", "coordinator", "organisation"]),
  /** Working days after the deadline. */
  afterWorkingDays: z.number().int().min(0),
  organisationType: organisationTypeSchema.optional(),
  label: z.string().optional(),
});

export const caseLevelSchema = z.strictObject({
  id,
  label: text,
  organisationType: organisationTypeSchema.optional(),
});

export const flowSchema = z
  .strictObject({
    id,
    version: z.number().int().positive(),
    title: text,
    referencePrefix: z.string().regex(/^[A-Z]{2,4}$/, "two to four capital letters, such as OV"),
    command: z.string().regex(/^\/[a-z-]+$/),
    parties: z.array(partySchema).min(1),
    form: z.strictObject({ title: text, fields: z.array(formFieldSchema).min(1) }),
    steps: z.array(stepSchema).min(1),
    escalation: z.strictObject({
      ladder: z.array(ladderRungSchema).min(1),
      levels: z.array(caseLevelSchema).min(2),
    }),
    outcomes: z.array(outcomeSchema).min(1),
    dates: z.array(caseDateSchema).default([]),
    /** Parties that enter the dates (an external role such as the bailiff has no chat account). */
    datesEnteredBy: z.array(id).default([]),
    flags: z.array(flagSchema).default([]),
    notices: z.array(dateNoticeSchema).default([]),
    conditions: z.array(conditionSchema).default([]),
    /** A running agreement (second chance): new cases of the same household link to it. */
    agreement: z.boolean().default(false),
    /** Events a party records with a reason (a breach, a new incident) and what each does to the case. */
    events: z.array(caseEventSchema).default([]),
    /** KPIs of this flow (counts of events or outcomes, outcome rates) for the digest and the export. */
    kpis: z.array(flowKpiSchema).default([]),
    /** What the shared channel's card may show (need to know), or private: no channel card at all. */
    channelCard: channelCardSchema.default(DEFAULT_CHANNEL_CARD),
    /** Routes beside the main line with their own steps, start, blocking flag and outcomes. */
    branches: z.array(branchSchema).default([]),
    /** Limits across cases and time, refused with the flow's sentence (one payment plan per household a year). */
    limits: z.array(limitSchema).default([]),
    /** Per-step texts (a letter, an agenda) rendered privately for the parties they are for. */
    texts: z.array(flowTextSchema).default([]),
    /** People from outside the roster a party adds to one case (a bailiff), with the steps their role acts on. */
    externalRoles: z.array(externalRoleSchema).default([]),
  })
  .superRefine((flow, ctx) => {
    const parties = new Set(flow.parties.map((p) => p.id));
    flow.steps.forEach((step, i) => {
      if (step.owner !== "all" && !parties.has(step.owner)) {
        ctx.addIssue({
          code: "custom",
          path: ["steps", i, "owner"],
          message: `unknown party "${step.owner}" (use one of ${[...parties].join(", ")} or all)`,
        });
      }
    });
    flow.parties.forEach((party, i) => {
      const target = party.joinsAt;
      if (target && !flow.steps.some((s) => s.id === target) && !flow.branches.some((b) => b.id === target)) {
        ctx.addIssue({
          code: "custom",
          path: ["parties", i, "joinsAt"],
          message: `unknown step "${target}" (nor a branch)`,
        });
      }
    });
    flow.form.fields.forEach((field, i) => {
      const party = field.bind?.startsWith("party:") ? field.bind.slice(6) : undefined;
      if (party && !parties.has(party)) {
        ctx.addIssue({ code: "custom", path: ["form", "fields", i, "bind"], message: `unknown party "${party}"` });
      }
    });
    if (!flow.form.fields.some((f) => f.bind === "municipality")) {
      ctx.addIssue({
        code: "custom",
        path: ["form", "fields"],
        message: "the form needs a field with bind: municipality",
      });
    }
    flow.escalation.ladder.forEach((rung, i) => {
      if (rung.notify === "organisation" && !rung.organisationType) {
        ctx.addIssue({
          code: "custom",
          path: ["escalation", "ladder", i, "organisationType"],
          message: "notify: organisation needs an organisationType",
        });
      }
      const prev = flow.escalation.ladder[i - 1];
      if (prev && rung.afterWorkingDays < prev.afterWorkingDays) {
        ctx.addIssue({
          code: "custom",
          path: ["escalation", "ladder", i, "afterWorkingDays"],
          message: "the ladder must not go down: afterWorkingDays must increase",
        });
      }
    });
    checkReferences(flow, ctx);
    checkCombinations(flow, ctx);
    checkCaseEvents(flow, ctx);
    checkFlowKpis(flow, ctx);
    checkChannelCard(flow, ctx);
    checkBranches(flow, ctx);
    checkLimits(flow, ctx);
    checkStepFields(flow, ctx);
    checkFlowTexts(flow, ctx);
    checkExternalRoles(flow, ctx);
    checkOutcomeVisibility(flow, ctx);
    const ids = flow.steps.map((s) => s.id);
    ids.forEach((sid, i) => {
      if (ids.indexOf(sid) !== i)
        ctx.addIssue({ code: "custom", path: ["steps", i, "id"], message: `step "${sid}" appears twice` });
    });
  });

export type Flow = z.infer<typeof flowSchema>;
export type FlowStep = z.infer<typeof stepSchema>;
export type FlowParty = z.infer<typeof partySchema>;
export type FormFieldDef = z.infer<typeof formFieldSchema>;
export type LadderRung = z.infer<typeof ladderRungSchema>;
export type Duration = z.infer<typeof durationSchema>;
export type FlagDef = z.infer<typeof flagSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
export type StepDeadline = z.infer<typeof stepDeadlineSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type CaseDateDef = z.infer<typeof caseDateSchema>;
