// Cross-references inside one region file: every id the roster, people and coordinators name must be defined,
// no id twice, a deputy is not the contact, and an organisation's type is built in or declared by the region.
import didYouMean, { ReturnTypeEnums, ThresholdTypeEnums } from "didyoumean2";
import type { z } from "zod";
import { BUILT_IN_ORGANISATION_TYPES, isBuiltInOrganisationType } from "../organisation-types.ts";

type Path = (string | number)[];
type Shape = {
  organisationTypes: { id: string }[];
  municipalities: { id: string }[];
  organisations: { id: string; type: string }[];
  people: { id: string; email: string; organisation: string; slack?: string | undefined; teams?: string | undefined }[];
  roster: {
    organisation: string;
    municipality: string;
    contact: string;
    deputy?: string | undefined;
    coordinator?: string | undefined;
  }[];
  coordinators: string[];
  channels: {
    shared: { console: string };
    coordinators: { console: string };
    municipalities?: Record<string, { console: string }> | undefined;
  };
};

/** "; did you mean "x"?" for a near miss among `known`, else "". */
export function didYouMeanHint(value: string, known: readonly string[]): string {
  const guess = didYouMean(value, [...known], {
    returnType: ReturnTypeEnums.FIRST_CLOSEST_MATCH,
    thresholdType: ThresholdTypeEnums.EDIT_DISTANCE,
    threshold: Math.max(2, Math.floor(value.length / 3)),
  }) as string | null;
  return guess ? `; did you mean "${guess}"?` : "";
}

type Issue = (path: Path, message: string) => void;

function checkUnique(values: (string | undefined)[], path: (i: number) => Path, what: string, issue: Issue) {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (value === undefined) return;
    const key = value.toLowerCase();
    if (seen.has(key)) issue(path(i), `${what} "${value}" appears twice`);
    seen.add(key);
  });
}

export function checkRegionReferences(region: Shape, ctx: z.RefinementCtx): void {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: "custom", path, message });
  const ids = (list: { id: string }[]) => list.map((x) => x.id);
  checkUnique(ids(region.organisationTypes), (i) => ["organisationTypes", i, "id"], "organisation type", issue);
  checkUnique(ids(region.municipalities), (i) => ["municipalities", i, "id"], "municipality", issue);
  checkUnique(ids(region.organisations), (i) => ["organisations", i, "id"], "organisation", issue);
  checkUnique(ids(region.people), (i) => ["people", i, "id"], "person", issue);
  checkUnique(
    region.people.map((p) => p.email),
    (i) => ["people", i, "email"],
    "e-mail address",
    issue,
  );
  checkUnique(region.coordinators, (i) => ["coordinators", i], "coordinator", issue);
  region.organisationTypes.forEach((t, i) => {
    if (isBuiltInOrganisationType(t.id)) {
      issue(["organisationTypes", i, "id"], `"${t.id}" is a built-in type; declare only new types`);
    }
  });
  const types = [...BUILT_IN_ORGANISATION_TYPES, ...ids(region.organisationTypes)];
  const refer = (value: string | undefined, known: string[], path: Path, what: string) => {
    if (value !== undefined && !known.includes(value)) {
      issue(path, `unknown ${what} "${value}"${didYouMeanHint(value, known)}`);
    }
  };
  region.organisations.forEach((o, i) => {
    refer(o.type, types, ["organisations", i, "type"], "organisation type");
  });
  const organisations = ids(region.organisations);
  const people = ids(region.people);
  const municipalities = ids(region.municipalities);
  region.people.forEach((p, i) => {
    refer(p.organisation, organisations, ["people", i, "organisation"], "organisation");
  });
  checkUnique(
    region.people.map((p) => p.slack),
    (i) => ["people", i, "slack"],
    "Slack user id",
    issue,
  );
  checkUnique(
    region.people.map((p) => p.teams),
    (i) => ["people", i, "teams"],
    "Teams user id",
    issue,
  );
  const pairs = new Set<string>();
  region.roster.forEach((r, i) => {
    refer(r.organisation, organisations, ["roster", i, "organisation"], "organisation");
    refer(r.municipality, municipalities, ["roster", i, "municipality"], "municipality");
    refer(r.contact, people, ["roster", i, "contact"], "person");
    refer(r.deputy, people, ["roster", i, "deputy"], "person");
    refer(r.coordinator, people, ["roster", i, "coordinator"], "person");
    if (r.deputy !== undefined && r.deputy === r.contact) {
      issue(["roster", i, "deputy"], `the deputy cannot be the contact ("${r.contact}")`);
    }
    const pair = `${r.organisation}×${r.municipality}`;
    if (pairs.has(pair)) issue(["roster", i], `${r.organisation} × ${r.municipality} appears twice in the roster`);
    pairs.add(pair);
  });
  region.coordinators.forEach((c, i) => {
    refer(c, people, ["coordinators", i], "person");
  });
  if (region.channels.shared.console === region.channels.coordinators.console) {
    issue(["channels", "coordinators", "console"], "the coordinators' channel must differ from the shared channel");
  }
  checkMunicipalityChannels(region, issue);
}

/** A municipality's own channel names a municipality of the region and a console name no other channel has. */
function checkMunicipalityChannels(region: Shape, issue: Issue): void {
  const known = region.municipalities.map((m) => m.id);
  const taken = [region.channels.shared.console, region.channels.coordinators.console];
  for (const [municipality, channel] of Object.entries(region.channels.municipalities ?? {})) {
    const path = ["channels", "municipalities", municipality];
    if (!known.includes(municipality))
      issue(path, `unknown municipality "${municipality}"${didYouMeanHint(municipality, known)}`);
    if (taken.includes(channel.console)) issue([...path, "console"], `channel "${channel.console}" is used twice`);
    taken.push(channel.console);
  }
}
