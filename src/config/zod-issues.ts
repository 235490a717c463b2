// The one formatter for zod problems: an English line per issue naming what to change (an environment variable,
// a YAML key path, a request field). Settings loaders, the YAML files and the request checks all use it.
import type { z } from "zod";

export type Issue = z.core.$ZodIssue;
/** Names what an issue is about from its path, e.g. the environment variable behind a setting. */
export type IssueName = (path: readonly PropertyKey[]) => string;

/** `a.b.0.c`: the plain key path of an issue. */
export const keyPath: IssueName = (path) => path.map(String).join(".");

export interface IssueFormat {
  /** Default: the key path. */
  name?: IssueName;
  /** Named when the path is empty (the issue is about the whole value). */
  whole?: string;
  /** Added after the message, e.g. ` (SCHAKEL_DIGEST_TIME)` naming the variable behind a key. */
  note?: (path: readonly PropertyKey[]) => string;
}

/** `NAME: message` for one issue. */
export function issueLine(issue: Issue, format: IssueFormat = {}): string {
  const name = (format.name ?? keyPath)(issue.path) || format.whole || "value";
  return `${name}: ${issue.message}${format.note?.(issue.path) ?? ""}`;
}

/** One line per issue. */
export const issueLines = (issues: readonly Issue[], format: IssueFormat = {}): string[] =>
  issues.map((issue) => issueLine(issue, format));

/** The start-up error: `Invalid <what>:` and then every problem on its own `  - ` line. */
export function invalidSettings(what: string, lines: readonly string[]): Error {
  return new Error(`Invalid ${what}:\n${lines.map((line) => `  - ${line}`).join("\n")}`);
}
