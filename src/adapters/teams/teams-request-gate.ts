// The Teams adapter's error boundary: reads each request to the messaging endpoint, refuses bodies that are not
// JSON or not an activity of the shape Schakel reads (400, an English log line), and never lets one crash the
// process. Admitted requests go on, body parsed, to the Teams SDK's own server.
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { z } from "zod";
import { issueLine } from "../../config/zod-issues.ts";
import type { Logger } from "../../app/ports.ts";

const MAX_BODY_BYTES = 1024 * 1024;
const text = z.string().nullish();
const account = z.looseObject({ id: z.string().min(1), name: text, aadObjectId: text });
const part = z.looseObject({ id: text, name: text }).nullish();

/** What the routes read of an activity; everything else passes untouched. */
const activitySchema = z.looseObject({
  type: z.string().min(1),
  id: text,
  name: text,
  action: text,
  serviceUrl: z.string().min(1),
  text,
  from: account,
  recipient: account,
  conversation: z.looseObject({ id: z.string().min(1), conversationType: text, tenantId: text }),
  channelData: z.looseObject({ tenant: part, team: part, channel: part, eventType: text }).nullish(),
  membersAdded: z.array(account).nullish(),
});

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge("request body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function answer(res: ServerResponse, status: number): void {
  if (!res.headersSent) res.writeHead(status);
  if (!res.writableEnded) res.end();
}

function parseActivity(raw: string): { ok: true; body: unknown } | { ok: false; reason: string } {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return { ok: false, reason: "body is not JSON" };
  }
  const checked = activitySchema.safeParse(body);
  if (checked.success) return { ok: true, body };
  const issue = checked.error.issues[0];
  return { ok: false, reason: issue ? issueLine(issue, { whole: "activity" }) : "activity: invalid" };
}

async function gate(path: string, inner: Server, log: Logger, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "http://x");
  if (req.method !== "POST" || url.pathname !== path) return void inner.emit("request", req, res);
  const parsed = parseActivity(await readBody(req));
  if (!parsed.ok) {
    log.warn({ reason: parsed.reason }, "refused a malformed Teams activity");
    return answer(res, 400);
  }
  // The stream is read to its end, so the SDK's JSON parser skips it and uses this body.
  (req as IncomingMessage & { body?: unknown }).body = parsed.body;
  inner.emit("request", req, res);
}

/** Serves the Teams SDK's server (never listening itself) behind the gate on the listening one. */
export function teamsRequestGate(path: string, inner: Server, log: Logger) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    gate(path, inner, log, req, res).catch((error: unknown) => {
      const tooLarge = error instanceof BodyTooLarge;
      log.warn({ err: tooLarge ? error.message : String(error) }, "Teams request failed before reaching the SDK");
      answer(res, tooLarge ? 413 : 400);
    });
  };
}
