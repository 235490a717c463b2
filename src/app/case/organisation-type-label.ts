// How an organisation type is shown: a built-in type in the reader's language, a declared one by the Dutch
// label its region file gives it (the type id itself only when nobody declared it).
import { isBuiltInOrganisationType } from "../../domain/organisation-types.ts";
import { t, type Locale } from "../../i18n/messages.ts";
import type { RegionRecord } from "../ports.ts";

type Declaring = Pick<RegionRecord, "organisationTypes">;

export function organisationTypeLabel(type: string, regions: readonly Declaring[], locale: Locale = "nl"): string {
  if (isBuiltInOrganisationType(type)) return t(locale, `orgtype.${type}`);
  return regions.flatMap((r) => r.organisationTypes).find((d) => d.id === type)?.label ?? type;
}
