// Makes one SDK log call safe to write: the Slack and Teams SDKs flatten requests, activities and form values into
// their lines (at debug level every submitted value), so payloads are dropped before our logger sees them.
const MAX_LENGTH = 200;
/** Where a dumped payload starts inside a line: a JSON object or array, or a form-encoded body. */
const PAYLOAD_START = /[{[]|\b[a-z_]+=[^&\s]*&/i;

function safeText(text: string): string {
  const firstLine = text.split("\n", 1)[0] ?? "";
  const start = firstLine.search(PAYLOAD_START);
  const kept = start === -1 ? firstLine : `${firstLine.slice(0, start)}[payload dropped]`;
  return kept.length > MAX_LENGTH ? `${kept.slice(0, MAX_LENGTH)}…` : kept;
}

function safePart(part: unknown): string {
  if (typeof part === "string") return safeText(part);
  if (typeof part === "number" || typeof part === "boolean") return String(part);
  if (part instanceof Error) return `${part.name}: ${safeText(part.message)}`;
  // Objects (activities, request bodies, responses) are never serialized: only what kind of thing it was.
  if (part && typeof part === "object") return `[${part.constructor?.name ?? "object"} dropped]`;
  return String(part);
}

/** One log line from the parts an SDK passed, with every payload and free text left out. */
export function sdkLogLine(parts: unknown[]): string {
  return parts.map(safePart).join(" ");
}
