// The console's JSON API from the browser: every call answers JSON; network and parse failures become
// `{ ok: false, error }` in Dutch, so callers only handle one shape.
import { sentence } from "./text.js";

export /** Calls the JSON API; network and parse failures come back as `{ ok: false, error }` in Dutch. */
async function api(method, path, body) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    return { ok: false, error: sentence("console.no_connection") };
  }
  const data = await response.json().catch(() => null);
  if (data === null) return { ok: false, error: sentence("console.unexpected_answer", { status: response.status }) };
  // Ack first: a button, form or typed command the server is still working on answers 202 with a key; its result
  // is asked for until it is there (each ask waits on the server for a while, so this is not a busy loop).
  if (response.status === 202 && typeof data.pending === "string") {
    return api("GET", `/api/actions/${encodeURIComponent(data.pending)}`);
  }
  return data;
}
