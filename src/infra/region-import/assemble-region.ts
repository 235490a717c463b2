// Builds the region object from the classified sheets. A sheet that is not in the import is kept from the
// existing region file, as are its id, name, channels and `demo`. Layout problems (sheets, columns) are
// reported first and alone: with a column missing, every row would otherwise repeat the same complaint.
import type { ClassifiedSheet } from "./classify-sheets.ts";
import { ImportContext } from "./import-context.ts";
import { problemAt, type ImportProblem } from "./import-problem.ts";
import {
  buildMunicipalities,
  buildOrganisations,
  buildOrganisationTypes,
  organisationTypeIndex,
} from "./build-places.ts";
import { buildPeople } from "./build-people.ts";
import { buildCoordinators, buildRoster } from "./build-roster.ts";
import type { ExistingRegion, RegionDocument } from "./region-document.ts";
import { ReferenceIndex } from "./reference-index.ts";
import { SHEETS, type SheetKey } from "./sheet-layout.ts";
import { toTable, type SheetTable } from "./sheet-table.ts";

export interface ImportOptions {
  regionId: string;
  /** The region's name for a new region (an existing file keeps its own). */
  regionName?: string;
  existing?: ExistingRegion | null;
}

export type ImportResult =
  | { ok: true; region: RegionDocument; fromSheets: SheetKey[]; keptFromFile: SheetKey[] }
  | { ok: false; problems: ImportProblem[] };

const PARTS: Record<SheetKey, keyof ExistingRegion> = {
  municipalities: "municipalities",
  organisationTypes: "organisationTypes",
  organisations: "organisations",
  people: "people",
  roster: "roster",
  coordinators: "coordinators",
};

export function assembleRegion(
  sheets: ClassifiedSheet[],
  options: ImportOptions,
  layoutProblems: ImportProblem[],
): ImportResult {
  const problems = [...layoutProblems];
  const tables = new Map<SheetKey, SheetTable>();
  for (const { raw, layout } of sheets) {
    const { table, problems: found } = toTable(raw, layout);
    tables.set(layout.key, table);
    problems.push(...found);
    if (!layout.optional && table.rows.length === 0) {
      problems.push(problemAt({ sheet: raw.label }, "empty_sheet", "this sheet has no lines below its header."));
    }
  }
  const existing = options.existing ?? {};
  const missing = SHEETS.filter((s) => !s.optional && !tables.has(s.key) && existing[PARTS[s.key]] === undefined);
  for (const sheet of missing) {
    problems.push(
      problemAt(
        { sheet: sheet.name },
        "missing_sheet",
        "this sheet is missing and there is no region file to keep it from.",
      ),
    );
  }
  if (problems.length > 0) return { ok: false, problems };
  const ctx = new ImportContext();
  const region = buildRegion(tables, options, ctx);
  if (ctx.problems.length > 0) return { ok: false, problems: ctx.problems };
  const fromSheets = SHEETS.filter((s) => tables.has(s.key)).map((s) => s.key);
  const keptFromFile = SHEETS.filter((s) => !tables.has(s.key) && existing[PARTS[s.key]] !== undefined).map(
    (s) => s.key,
  );
  return { ok: true, region, fromSheets, keptFromFile };
}

function buildRegion(tables: Map<SheetKey, SheetTable>, options: ImportOptions, ctx: ImportContext): RegionDocument {
  const existing = options.existing ?? {};
  const part = <T>(key: SheetKey, build: (table: SheetTable) => T[], kept: T[] | undefined): T[] => {
    const table = tables.get(key);
    return table ? build(table) : (kept ?? []);
  };
  const sheetTypes = part("organisationTypes", (t) => buildOrganisationTypes(t, ctx), []);
  const keptTypes = (existing.organisationTypes ?? []).filter((x) => !sheetTypes.some((y) => y.id === x.id));
  const organisationTypes = [...sheetTypes, ...keptTypes];
  const municipalities = part("municipalities", (t) => buildMunicipalities(t, ctx), existing.municipalities);
  const types = organisationTypeIndex(organisationTypes);
  const organisations = part("organisations", (t) => buildOrganisations(t, types, ctx), existing.organisations);
  const organisationIndex = new ReferenceIndex(organisations.map((o) => ({ id: o.id, names: [o.name] })));
  const people = part("people", (t) => buildPeople(t, organisationIndex, ctx), existing.people);
  const indexes = {
    organisations: organisationIndex,
    municipalities: new ReferenceIndex(municipalities.map((m) => ({ id: m.id, names: [m.name] }))),
    people: new ReferenceIndex(people.map((p) => ({ id: p.id, names: [p.name, p.email] }))),
  };
  const roster = part("roster", (t) => buildRoster(t, indexes, ctx), existing.roster);
  const coordinators = part("coordinators", (t) => buildCoordinators(t, indexes.people, ctx), existing.coordinators);
  const id = existing.id ?? options.regionId;
  return {
    id,
    name: existing.name ?? options.regionName ?? id,
    ...(existing.demo ? { demo: true } : {}),
    ...(organisationTypes.length > 0 ? { organisationTypes } : {}),
    municipalities,
    organisations,
    people,
    roster,
    coordinators,
    channels: existing.channels ?? {
      shared: { console: `${id}-casuistiek` },
      coordinators: { console: `${id}-coordinatoren` },
    },
  };
}
