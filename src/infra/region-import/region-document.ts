// The plain region object an import produces, in the shape of regions/<id>.yaml (see docs/region-import.md).
// Kept local so the import stands alone; the region loader validates the written file with its own schema.
import { BUILT_IN_ORGANISATION_TYPES } from "../../domain/organisation-types.ts";

export { BUILT_IN_ORGANISATION_TYPES };
export const LOCALES = ["nl", "en"] as const;
export const PLATFORMS = ["console", "slack", "teams"] as const;

export interface RegionOrganisationType {
  id: string;
  label: string;
}
export interface RegionMunicipality {
  id: string;
  name: string;
}
export interface RegionOrganisation {
  id: string;
  name: string;
  type: string;
}
export interface RegionPerson {
  id: string;
  name: string;
  email: string;
  organisation: string;
  locale?: (typeof LOCALES)[number];
  platform?: (typeof PLATFORMS)[number];
  slack?: string;
  teams?: string;
}
export interface RegionRosterEntry {
  organisation: string;
  municipality: string;
  contact: string;
  deputy?: string;
  coordinator?: string;
}
export interface RegionChannel {
  console: string;
  slack?: string;
  teams?: string;
}

export interface RegionDocument {
  id: string;
  name: string;
  demo?: boolean;
  organisationTypes?: RegionOrganisationType[];
  municipalities: RegionMunicipality[];
  organisations: RegionOrganisation[];
  people: RegionPerson[];
  roster: RegionRosterEntry[];
  coordinators: string[];
  channels: { shared: RegionChannel; coordinators: RegionChannel };
}

/** What an import keeps from the region file when it exists (the sheets it lacks, the channels, `demo`). */
export type ExistingRegion = Partial<RegionDocument>;
