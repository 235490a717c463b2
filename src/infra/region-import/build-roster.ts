// Builds the roster (organisation × municipality → contact, deputy, coordinator) and the region's
// coordinators, checking that every name points at someone or something on the other sheets.
import type { ImportContext } from "./import-context.ts";
import type { RegionRosterEntry } from "./region-document.ts";
import type { ReferenceIndex } from "./reference-index.ts";
import type { SheetTable } from "./sheet-table.ts";

export interface RosterIndexes {
  organisations: ReferenceIndex;
  municipalities: ReferenceIndex;
  people: ReferenceIndex;
}

export function buildRoster(table: SheetTable, indexes: RosterIndexes, ctx: ImportContext): RegionRosterEntry[] {
  const seen = new Map<string, number>();
  return table.rows.flatMap((row) => {
    const ref = (key: string, index: ReferenceIndex, code: Parameters<ImportContext["refer"]>[3], what: string) =>
      ctx.required(row, key) === undefined ? undefined : ctx.refer(row, key, index, code, what);
    const organisation = ref("organisation", indexes.organisations, "unknown_organisation", "organisation");
    const municipality = ref("municipality", indexes.municipalities, "unknown_municipality", "municipality");
    const contact = ref("contact", indexes.people, "unknown_person", "person");
    const deputy = ctx.refer(row, "deputy", indexes.people, "unknown_person", "person");
    const coordinator = ctx.refer(row, "coordinator", indexes.people, "unknown_person", "person");
    if (deputy && deputy === contact) {
      ctx.report(row.at("deputy"), "deputy_is_contact", `the deputy is the contact (${contact}); name someone else.`);
      return [];
    }
    if (!organisation || !municipality || !contact) return [];
    if (!ctx.unique(seen, `${organisation} in ${municipality}`, row, "municipality", "roster line")) return [];
    if ((row.value("deputy") && !deputy) || (row.value("coordinator") && !coordinator)) return [];
    const optional = { ...(deputy ? { deputy } : {}), ...(coordinator ? { coordinator } : {}) };
    return [{ organisation, municipality, contact, ...optional }];
  });
}

export function buildCoordinators(table: SheetTable, people: ReferenceIndex, ctx: ImportContext): string[] {
  const seen = new Map<string, number>();
  return table.rows.flatMap((row) => {
    const person =
      ctx.required(row, "person") === undefined
        ? undefined
        : ctx.refer(row, "person", people, "unknown_person", "person");
    return person && ctx.unique(seen, person, row, "person", "coordinator") ? [person] : [];
  });
}
