// Reads a YAML file against a zod schema: every problem names the YAML path and line, and an unknown key is
// refused with a did-you-mean suggestion (a misspelt key is never dropped silently). Flows and regions use it.
import didYouMean, { ReturnTypeEnums, ThresholdTypeEnums } from "didyoumean2";
import { type Document, isNode, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { issueLine } from "../../config/zod-issues.ts";
import { allowedKeysAt } from "./schema-keys.ts";

export class YamlFileError extends Error {
  constructor(
    readonly kind: string,
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Invalid ${kind} file ${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "YamlFileError";
  }
}

export const formatYamlPath = (segments: readonly PropertyKey[]) =>
  segments.reduce<string>(
    (acc, s) => (typeof s === "number" ? `${acc}[${s}]` : acc ? `${acc}.${String(s)}` : String(s)),
    "",
  ) || "(root)";

/** The line of the nearest YAML node at or above `path` (the key itself when `key` is given). */
function lineOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[], key?: string): string {
  if (key !== undefined) {
    const parent = doc.getIn(path as (string | number)[], true);
    const pair =
      isNode(parent) && "items" in parent
        ? (parent.items as { key?: unknown }[]).find(
            (p) => isNode(p.key) && (p.key as { value?: unknown }).value === key,
          )
        : undefined;
    const keyNode = pair?.key;
    if (isNode(keyNode) && keyNode.range) return ` (line ${lines.linePos(keyNode.range[0]).line})`;
  }
  let node: unknown = doc.getIn(path as (string | number)[], true);
  for (let i = path.length - 1; !isNode(node) && i >= 0; i--)
    node = doc.getIn(path.slice(0, i) as (string | number)[], true);
  return isNode(node) && node.range ? ` (line ${lines.linePos(node.range[0]).line})` : "";
}

const suggest = (key: string, allowed: string[]): string | undefined =>
  (didYouMean(key, allowed, {
    returnType: ReturnTypeEnums.FIRST_CLOSEST_MATCH,
    thresholdType: ThresholdTypeEnums.EDIT_DISTANCE,
    threshold: Math.max(2, Math.floor(key.length / 3)),
    caseSensitive: false,
  }) as string | null) ?? undefined;

const isTypeIssue = (issue: z.core.$ZodIssue) => issue.code === "invalid_type" || issue.code === "invalid_union";

const typeMismatch = (branch: z.core.$ZodIssue[]) =>
  branch.some((i) => i.path.length === 0 && (i.code === "invalid_type" || i.code === "invalid_value"));

/** A union (`deadline: none` or an object) reports per branch; keep the branch whose type the value has. */
function flattenUnions(issues: z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== "invalid_union") return [issue];
    const meant = issue.errors.filter((branch) => !typeMismatch(branch)).sort((a, b) => a.length - b.length)[0];
    return meant ? flattenUnions(meant.map((i) => ({ ...i, path: [...issue.path, ...i.path] }))) : [issue];
  });
}

/** Turns zod issues into lines; a misspelt key gets a suggestion, and its "missing" twin is not reported again. */
function describeIssues(doc: Document, lines: LineCounter, schema: z.ZodType, raw: z.core.$ZodIssue[]): string[] {
  const issues = flattenUnions(raw);
  const suggested = new Set<string>();
  const unknownKeys: string[] = [];
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const allowed = allowedKeysAt(schema, issue.path);
    for (const key of issue.keys) {
      const guess = suggest(key, allowed);
      if (guess) suggested.add(formatYamlPath([...issue.path, guess]));
      const hint = guess ? `; did you mean "${guess}"?` : allowed.length ? ` (allowed: ${allowed.join(", ")})` : "";
      const where = formatYamlPath([...issue.path, key]);
      unknownKeys.push(`${where}${lineOf(doc, lines, issue.path, key)}: unknown key "${key}"${hint}`);
    }
  }
  const others = issues
    .filter((issue) => issue.code !== "unrecognized_keys")
    .filter((issue) => !(isTypeIssue(issue) && suggested.has(formatYamlPath(issue.path))))
    .map((issue) => issueLine(issue, { name: (path) => `${formatYamlPath(path)}${lineOf(doc, lines, path)}` }));
  return [...unknownKeys, ...others];
}

/** Parses `text` as YAML and validates it; throws a YamlFileError listing every problem. */
export function parseYamlFile<S extends z.ZodType>(text: string, file: string, schema: S, kind: string): z.output<S> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length)
    throw new YamlFileError(
      kind,
      file,
      doc.errors.map((e) => `YAML syntax: ${e.message.split("\n")[0]}`),
    );
  const result = schema.safeParse(doc.toJS());
  if (!result.success) throw new YamlFileError(kind, file, describeIssues(doc, lines, schema, result.error.issues));
  return result.data;
}

/** " (line N)" for a YAML path in `text`, for problems found after parsing (e.g. across several files). */
export function yamlLineAt(text: string, path: readonly PropertyKey[]): string {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  return lineOf(doc, lines, path);
}
