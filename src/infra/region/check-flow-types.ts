// Every organisation type a flow names must be built in or declared by a region file; otherwise a party could
// never be routed. Checked at start-up (and by `npm run region -- check`), with the flow file, path and line.
import { readFileSync } from "node:fs";
import { BUILT_IN_ORGANISATION_TYPES } from "../../domain/organisation-types.ts";
import type { Flow } from "../../domain/flow/flow-schema.ts";
import { didYouMeanHint } from "../../domain/region/region-references.ts";
import { FlowFileError, type ParsedFlow } from "../flow-loader.ts";
import { formatYamlPath, yamlLineAt } from "../yaml/yaml-file.ts";
import type { RegionSet } from "./region-loader.ts";

type Use = { type: string; path: (string | number)[] };

function typesUsed(flow: Flow): Use[] {
  const uses: Use[] = [];
  const add = (type: string | undefined, path: (string | number)[]) => {
    if (type) uses.push({ type, path });
  };
  flow.parties.forEach((p, i) => {
    add(p.organisationType, ["parties", i, "organisationType"]);
  });
  flow.form.fields.forEach((f, i) => {
    add(f.organisationType, ["form", "fields", i, "organisationType"]);
  });
  flow.escalation.ladder.forEach((r, i) => {
    add(r.organisationType, ["escalation", "ladder", i, "organisationType"]);
  });
  flow.escalation.levels.forEach((l, i) => {
    add(l.organisationType, ["escalation", "levels", i, "organisationType"]);
  });
  return uses;
}

export function knownOrganisationTypes(regions: RegionSet): string[] {
  const declared = regions.regions.flatMap((r) => r.region.organisationTypes.map((t) => t.id));
  return [...BUILT_IN_ORGANISATION_TYPES, ...declared];
}

/** The problems per flow file (empty when every type is known). */
export function flowTypeErrors(flows: ParsedFlow[], regions: RegionSet): FlowFileError[] {
  const known = knownOrganisationTypes(regions);
  const errors: FlowFileError[] = [];
  for (const parsed of flows) {
    const unknown = typesUsed(parsed.flow).filter((u) => !known.includes(u.type));
    if (unknown.length === 0) continue;
    const text = readFileSync(parsed.file, "utf8");
    const builtIn = BUILT_IN_ORGANISATION_TYPES.join(", ");
    const help = `(built in: ${builtIn}; a region file can declare more under organisationTypes)`;
    errors.push(
      new FlowFileError(
        parsed.file,
        unknown.map(
          (u) =>
            `${formatYamlPath(u.path)}${yamlLineAt(text, u.path)}: unknown organisation type "${u.type}"` +
            `${didYouMeanHint(u.type, known)} ${help}`,
        ),
      ),
    );
  }
  return errors;
}

export function checkFlowOrganisationTypes(flows: ParsedFlow[], regions: RegionSet): void {
  const [first] = flowTypeErrors(flows, regions);
  if (first) throw first;
}
