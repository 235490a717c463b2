// The shapes of the Slack requests Schakel handles, checked before Bolt sees them: a signed request of the
// wrong shape is refused with 400 instead of failing deep inside a listener (or inside Bolt itself).
import { z } from "zod";
import { issueLines } from "../../config/zod-issues.ts";

const id = z.string().min(1);
const user = z.object({ id });

const blockActions = z.object({
  type: z.literal("block_actions"),
  user,
  actions: z.array(z.object({ action_id: id, type: z.string() })).min(1),
});
const viewPayload = z.object({
  type: z.enum(["view_submission", "view_closed"]),
  user,
  view: z.object({
    id,
    callback_id: z.string(),
    private_metadata: z.string().optional(),
    blocks: z.array(z.object({ type: z.string() })),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), z.object({}).loose())) }),
  }),
});
const shortcut = z.object({ type: z.enum(["message_action", "shortcut"]), user, callback_id: id, trigger_id: id });
const otherInteraction = z.object({
  type: z.enum(["block_suggestion", "interactive_message", "dialog_submission"]),
  user,
});
const interaction = z.discriminatedUnion("type", [blockActions, viewPayload, shortcut, otherInteraction]);

const command = z.object({
  command: z.string().startsWith("/"),
  user_id: id,
  team_id: id,
  trigger_id: id,
  text: z.string().optional(),
});
const eventCallback = z.object({
  type: z.literal("event_callback"),
  team_id: z.string().optional(),
  event: z.object({ type: id }).loose(),
});
const urlVerification = z.object({ type: z.literal("url_verification"), challenge: z.string() });
const appRateLimited = z.object({ type: z.literal("app_rate_limited") });
const event = z.discriminatedUnion("type", [eventCallback, urlVerification, appRateLimited]);

export type ParsedSlackBody = { kind: "ok" } | { kind: "malformed"; reason: string };

const describe = (error: z.ZodError) => issueLines(error.issues.slice(0, 3), { whole: "body" }).join("; ");

function check(schema: z.ZodType, value: unknown, what: string): ParsedSlackBody {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { kind: "ok" };
  return { kind: "malformed", reason: `${what} of the wrong shape (${describe(parsed.error)})` };
}

function parseJson(text: string, what: string): { value: unknown } | { reason: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return { reason: `${what} is not JSON` };
  }
}

/** Checks a request body (already verified as Slack's) against the shapes Schakel handles. */
export function checkSlackBody(contentType: string | undefined, rawBody: string): ParsedSlackBody {
  if (contentType?.split(";")[0]?.trim() === "application/x-www-form-urlencoded") {
    const form = new URLSearchParams(rawBody);
    if (form.get("ssl_check") === "1") return { kind: "ok" };
    const payload = form.get("payload");
    if (payload === null) return check(command, Object.fromEntries(form), "slash command");
    const parsed = parseJson(payload, "interaction payload");
    if ("reason" in parsed) return { kind: "malformed", reason: parsed.reason };
    return check(interaction, parsed.value, "interaction payload");
  }
  const parsed = parseJson(rawBody, "event body");
  return "reason" in parsed ? { kind: "malformed", reason: parsed.reason } : check(event, parsed.value, "event body");
}
