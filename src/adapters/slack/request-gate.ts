// The Slack adapter's error boundary in HTTP mode: verifies each request with Bolt's own functions, refuses
// timestamps from the future and signed bodies of the wrong shape (400), and never lets a request crash the process.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { HTTPModuleFunctions } from "@slack/bolt";
import type { Logger } from "../../app/ports.ts";
import { checkSlackBody } from "./request-shape.ts";

const MAX_FUTURE_SECONDS = 5 * 60;

export interface GateOptions {
  signingSecret: string;
  path: string;
  log: Logger;
  now?: () => number;
}

function answer(res: ServerResponse, status: number): void {
  if (!res.headersSent) res.writeHead(status);
  if (!res.writableEnded) res.end();
}

function fromTheFuture(req: IncomingMessage, nowMs: number): boolean {
  const timestamp = Number(req.headers["x-slack-request-timestamp"]);
  return Number.isFinite(timestamp) && timestamp > Math.floor(nowMs / 1000) + MAX_FUTURE_SECONDS;
}

async function signedBySlack(req: IncomingMessage, signingSecret: string): Promise<boolean> {
  try {
    await HTTPModuleFunctions.parseAndVerifyHTTPRequest({ signingSecret }, req);
    return true;
  } catch {
    return false; // Bolt's receiver answers 401 and logs why
  }
}

type Request = IncomingMessage;

async function gate(options: GateOptions, next: RequestListener, req: Request, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://x");
  if (req.method !== "POST" || url.pathname !== options.path) return void next(req, res);
  if (fromTheFuture(req, (options.now ?? Date.now)())) {
    const timestamp = req.headers["x-slack-request-timestamp"];
    options.log.warn({ timestamp }, "refused a Slack request timestamped in the future");
    return answer(res, 401);
  }
  const buffered = await HTTPModuleFunctions.bufferIncomingMessage(req);
  if (await signedBySlack(buffered, options.signingSecret)) {
    const verdict = checkSlackBody(req.headers["content-type"], buffered.rawBody.toString());
    if (verdict.kind === "malformed") {
      options.log.warn({ reason: verdict.reason }, "refused a malformed Slack request");
      return answer(res, 400);
    }
  }
  next(buffered, res);
}

/** Wraps Bolt's request listener; the request body is buffered once and Bolt reuses it. */
export function slackRequestGate(options: GateOptions, next: RequestListener): RequestListener {
  return (req, res) => {
    gate(options, next, req, res).catch((error: unknown) => {
      options.log.error({ err: error }, "Slack request failed before reaching Bolt");
      answer(res, HTTPModuleFunctions.isRawBodyError(error) ? 413 : 500);
    });
  };
}
