// Builds the municipalities, the extra organisation types and the organisations from their sheets.
import { t, type MessageKey } from "../../i18n/messages.ts";
import { ID_PATTERN, TYPE_ID_PATTERN } from "./field-rules.ts";
import type { ImportContext } from "./import-context.ts";
import {
  BUILT_IN_ORGANISATION_TYPES,
  type RegionMunicipality,
  type RegionOrganisation,
  type RegionOrganisationType,
} from "./region-document.ts";
import { ReferenceIndex } from "./reference-index.ts";
import type { SheetTable } from "./sheet-table.ts";

export function buildMunicipalities(table: SheetTable, ctx: ImportContext): RegionMunicipality[] {
  const seen = new Map<string, number>();
  return table.rows.flatMap((row) => {
    const name = ctx.required(row, "name");
    const id = name === undefined ? undefined : ctx.idOf(row, name, ID_PATTERN);
    return name && id && ctx.unique(seen, id, row, "id", "municipality id") ? [{ id, name }] : [];
  });
}

export function buildOrganisationTypes(table: SheetTable, ctx: ImportContext): RegionOrganisationType[] {
  const seen = new Map<string, number>();
  return table.rows.flatMap((row) => {
    const id = ctx.required(row, "id");
    const label = ctx.required(row, "label");
    if (id && !TYPE_ID_PATTERN.test(id)) {
      const example =
        id
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "_")
          .replace(/^[^a-z]+|_+$/g, "") || "wijkteam";
      ctx.report(row.at("id"), "invalid_id", `"${id}" is not a valid type id; use lower-case letters, digits and _.`, {
        params: { example },
      });
      return [];
    }
    return id && label && ctx.unique(seen, id, row, "id", "organisation type") ? [{ id, label }] : [];
  });
}

/** Built-in types (by id or Dutch label) and the region's own. */
export function organisationTypeIndex(extra: RegionOrganisationType[]): ReferenceIndex {
  const builtIn = BUILT_IN_ORGANISATION_TYPES.map((id) => ({ id, names: [t("nl", `orgtype.${id}` as MessageKey)] }));
  return new ReferenceIndex([...builtIn, ...extra.map((x) => ({ id: x.id, names: [x.label] }))]);
}

export function buildOrganisations(table: SheetTable, types: ReferenceIndex, ctx: ImportContext): RegionOrganisation[] {
  const seen = new Map<string, number>();
  return table.rows.flatMap((row) => {
    const name = ctx.required(row, "name");
    const id = name === undefined ? undefined : ctx.idOf(row, name, ID_PATTERN);
    const type =
      ctx.required(row, "type") === undefined
        ? undefined
        : ctx.refer(row, "type", types, "unknown_type", "organisation type");
    const fresh = id !== undefined && ctx.unique(seen, id, row, "id", "organisation id");
    // Listed even with a bad type (the import fails anyway), so people there are not reported twice.
    return name && id && fresh ? [{ id, name, type: type ?? "" }] : [];
  });
}
