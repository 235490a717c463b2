// Structured English log lines (pino); tests pass a silent logger. No personal value reaches a line: keys that
// hold personal or free text are censored at any depth, and errors keep their type, code and message only.
import { pino, type DestinationStream } from "pino";
import type { Logger } from "../app/ports.ts";
import type { Flow } from "../domain/flow/flow-schema.ts";

/** Keys whose values are free text or form values, in whatever object a line carries. */
const ALWAYS_REDACTED = [
  "values",
  "personal",
  "sealed",
  "note",
  "reason",
  "motivation",
  "description",
  "text",
  "value",
];
const CENSOR = "[redacted]";
const MAX_DEPTH = 6;

function censorKeys(value: unknown, keys: Set<string>, depth = 0): unknown {
  if (depth > MAX_DEPTH || value === null || typeof value !== "object" || value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((v) => censorKeys(v, keys, depth + 1));
  const entries = Object.entries(value).map(([k, v]) => [k, keys.has(k) ? CENSOR : censorKeys(v, keys, depth + 1)]);
  return Object.fromEntries(entries);
}

/** An error as its type, code and first message line: SDK errors carry request bodies and responses. */
function safeError(error: unknown): unknown {
  if (!(error instanceof Error)) return typeof error === "string" ? error.split("\n", 1)[0] : error;
  const code = (error as { code?: unknown }).code;
  const message = error.message.split("\n", 1)[0]?.slice(0, 300);
  return { type: error.name, message, ...(code !== undefined ? { code } : {}) };
}

export interface LoggerOptions {
  /** The ids of the flows' personal form fields: their values are censored wherever they appear as a key. */
  personalKeys?: readonly string[];
  /** Where lines go (tests capture them); stdout by default. */
  destination?: DestinationStream;
}

export function createLogger(level: string, options: LoggerOptions = {}): Logger & { child(bindings: object): Logger } {
  const keys = new Set([...ALWAYS_REDACTED, ...(options.personalKeys ?? [])]);
  return pino(
    {
      level,
      base: { app: "schakel" },
      formatters: { log: (object) => censorKeys(object, keys) as Record<string, unknown> },
      serializers: { err: safeError, error: safeError },
    },
    options.destination,
  );
}

/** The ids of every personal field of these flows (resident_name, address, …), for `personalKeys`. */
export function personalFieldIds(flows: readonly Flow[]): string[] {
  return [...new Set(flows.flatMap((f) => f.form.fields.filter((x) => x.personal).map((x) => x.id)))];
}
