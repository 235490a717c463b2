// Reads regions/*.yaml: each file validated on its own (path, line, did-you-mean), then across files (no id,
// e-mail, chat account or channel defined twice). The hash of all files lets start-up skip an unchanged apply.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { regionFileSchema, type RegionFile } from "../../domain/region/region-schema.ts";
import { formatYamlPath, parseYamlFile, yamlLineAt, YamlFileError } from "../yaml/yaml-file.ts";

export interface ParsedRegion {
  file: string;
  text: string;
  region: RegionFile;
}
export interface RegionSet {
  dir: string;
  regions: ParsedRegion[];
  hash: string;
}
export interface RegionCheck {
  set: RegionSet;
  errors: YamlFileError[];
}

type Keyed = { key: string; what: string; path: (string | number)[] };

/** Everything that must be unique across all region files, with where it is defined. */
function uniqueKeys(region: RegionFile): Keyed[] {
  const key = (kind: string, id: string, what: string, path: Keyed["path"]): Keyed => ({
    key: `${kind}:${id}`,
    what,
    path,
  });
  return [
    key("region", region.id, `region "${region.id}"`, ["id"]),
    ...region.municipalities.map((m, i) =>
      key("municipality", m.id, `municipality "${m.id}"`, ["municipalities", i, "id"]),
    ),
    ...region.organisations.map((o, i) =>
      key("organisation", o.id, `organisation "${o.id}"`, ["organisations", i, "id"]),
    ),
    ...region.people.flatMap((p, i) => [
      key("person", p.id, `person "${p.id}"`, ["people", i, "id"]),
      key("email", p.email.toLowerCase(), `e-mail address "${p.email}"`, ["people", i, "email"]),
      ...(p.slack ? [key("slack", p.slack, `Slack user id "${p.slack}"`, ["people", i, "slack"])] : []),
      ...(p.teams ? [key("teams", p.teams.toLowerCase(), `Teams user id "${p.teams}"`, ["people", i, "teams"])] : []),
    ]),
    ...(["shared", "coordinators"] as const).map((c) => {
      const name = region.channels[c].console;
      return key("channel", name, `channel "${name}"`, ["channels", c, "console"]);
    }),
    ...Object.entries(region.channels.municipalities ?? {}).map(([m, c]) =>
      key("channel", c.console, `channel "${c.console}"`, ["channels", "municipalities", m, "console"]),
    ),
  ];
}

function crossFileErrors(regions: ParsedRegion[]): YamlFileError[] {
  const seen = new Map<string, string>();
  const problems = new Map<string, string[]>();
  for (const parsed of regions) {
    for (const k of uniqueKeys(parsed.region)) {
      const other = seen.get(k.key);
      if (other) {
        const line = yamlLineAt(parsed.text, k.path);
        const problem = `${formatYamlPath(k.path)}${line}: ${k.what} is also defined in ${other}`;
        problems.set(parsed.file, [...(problems.get(parsed.file) ?? []), problem]);
      } else seen.set(k.key, parsed.file);
    }
  }
  return [...problems].map(([file, list]) => new YamlFileError("region", file, list));
}

export function regionFilesOf(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Validates every file; returns the regions that are valid and every problem (for `npm run region -- check`). */
export function checkRegionDirectory(dir: string): RegionCheck {
  const files = regionFilesOf(dir);
  const hash = createHash("sha256");
  const regions: ParsedRegion[] = [];
  const errors: YamlFileError[] = [];
  if (files.length === 0) {
    errors.push(new YamlFileError("region", dir, ["no region files (*.yaml) found; see docs/regions.md"]));
  }
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    hash.update(`${path.basename(file)}\0${text}\0`);
    try {
      regions.push({ file, text, region: parseYamlFile(text, file, regionFileSchema, "region") });
    } catch (error) {
      if (!(error instanceof YamlFileError)) throw error;
      errors.push(error);
    }
  }
  errors.push(...crossFileErrors(regions));
  return { set: { dir, regions, hash: hash.digest("hex") }, errors };
}

/** The valid region files; throws the first problem (an invalid region stops the start). */
export function loadRegionDirectory(dir: string): RegionSet {
  const { set, errors } = checkRegionDirectory(dir);
  const [first] = errors;
  if (first) throw first;
  return set;
}
