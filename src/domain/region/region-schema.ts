// The shape of a region file (regions/*.yaml): municipalities, organisations, people, the roster, coordinators
// and channels per platform. Strict objects: an unknown key is refused (with a did-you-mean, by the YAML reader).
import { z } from "zod";
import { organisationTypeSchema } from "../organisation-types.ts";
import { checkRegionReferences } from "./region-references.ts";

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "use lower-case letters, digits and hyphens (e.g. bergen-op-zoom)");
const text = z.string().trim().min(1);

const channelSchema = z.strictObject({
  /** The channel's name in Schakel and the console; SLACK_CHANNELS/TEAMS_CHANNELS map this name too. */
  console: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, "use lower-case letters, digits, - and _ (e.g. wbw-casuistiek)"),
  slack: z
    .string()
    .regex(/^[CG][A-Z0-9]{2,}$/, "a Slack channel id such as C0123ABCD")
    .optional(),
  teams: z
    .string()
    .regex(/^19:[^\s,]+$/, 'a Teams channel or conversation id such as "19:abc@thread.tacv2"')
    .optional(),
});

const personSchema = z.strictObject({
  id: slug,
  name: text,
  email: z.email("a valid e-mail address"),
  organisation: slug,
  locale: z.enum(["nl", "en"]).default("nl"),
  /** Where the person prefers to be reached. */
  platform: z.enum(["console", "slack", "teams"]).optional(),
  slack: z
    .string()
    .regex(/^[UW][A-Z0-9]{2,}$/, "a Slack user id such as U0123ABCD")
    .optional(),
  teams: z
    .string()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "an Entra object id (a GUID)")
    .optional(),
});

const rosterEntrySchema = z.strictObject({
  organisation: slug,
  municipality: slug,
  contact: slug,
  deputy: slug.optional(),
  coordinator: slug.optional(),
});

export const regionFileSchema = z
  .strictObject({
    id: slug,
    name: text,
    demo: z.boolean().default(false),
    organisationTypes: z.array(z.strictObject({ id: organisationTypeSchema, label: text })).default([]),
    municipalities: z.array(z.strictObject({ id: slug, name: text })).min(1),
    organisations: z.array(z.strictObject({ id: slug, name: text, type: organisationTypeSchema })).min(1),
    people: z.array(personSchema).min(1),
    roster: z.array(rosterEntrySchema).default([]),
    coordinators: z.array(slug).default([]),
    channels: z.strictObject({
      shared: channelSchema,
      coordinators: channelSchema,
      /** One channel per municipality (by municipality id) instead of the shared one; others keep `shared`. */
      municipalities: z.record(slug, channelSchema).optional(),
    }),
  })
  .superRefine(checkRegionReferences);

export type RegionFile = z.infer<typeof regionFileSchema>;
export type RegionPerson = RegionFile["people"][number];
export type RegionRosterEntry = RegionFile["roster"][number];
export type RegionChannels = RegionFile["channels"];
