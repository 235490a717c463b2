// Organisation types: the built-ins every region has, and the id rule for types a region declares itself.
import { z } from "zod";

export const BUILT_IN_ORGANISATION_TYPES = [
  "housing_corporation",
  "care_provider",
  "wmo_desk",
  "safety_house",
  "debt_help",
  "other",
] as const;
export type BuiltInOrganisationType = (typeof BUILT_IN_ORGANISATION_TYPES)[number];

/** A built-in type or one a region declares (checked against the regions at start-up). */
export const organisationTypeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, "use lower-case letters, digits and _ (e.g. housing_corporation)");
export type OrganisationType = z.infer<typeof organisationTypeSchema>;

export const isBuiltInOrganisationType = (type: string): type is BuiltInOrganisationType =>
  (BUILT_IN_ORGANISATION_TYPES as readonly string[]).includes(type);
