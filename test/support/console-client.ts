// A small client of the console's JSON API, as a script or a person's browser would use it.
import type { Parsed } from "./parsed.ts";
export interface ApiMessage {
  id: string;
  text: string;
  card?: { title: string; fields: { label: string; value: string }[]; actions: { id: string; label: string }[] };
  thread?: { id: string; text: string }[];
}

export function consoleClient(baseUrl: string) {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const parsed = (await response.json()) as Parsed;
    // Ack first: a button still being worked on answers 202 { pending }; its result is asked for, as the page does.
    const pending = response.status === 202 ? parsed.pending : undefined;
    if (typeof pending === "string") return call("GET", `/api/actions/${encodeURIComponent(pending)}`);
    return { status: response.status, body: parsed };
  };
  return {
    call,
    people: async () =>
      (await call("GET", "/api/people")).body as { id: string; name: string; organisation: string; roles: string[] }[],
    channels: async () =>
      (await call("GET", "/api/channels")).body as { id: string; name: string; kind: string; personId?: string }[],
    messages: async (channelId: string) =>
      (await call("GET", `/api/channels/${encodeURIComponent(channelId)}/messages`)).body as ApiMessage[],
    command: (as: string, command: string, text?: string) => call("POST", "/api/commands", { as, command, text }),
    submit: (as: string, formId: string, values: Record<string, unknown>) =>
      call("POST", `/api/forms/${encodeURIComponent(formId)}/submit`, { as, values }),
    action: (as: string, messageId: string, actionId: string, values?: Record<string, unknown>) =>
      call("POST", "/api/actions", { as, messageId, actionId, values }),
    advance: (by: { workingDays?: number; hours?: number }) => call("POST", "/api/clock/advance", by),
  };
}
