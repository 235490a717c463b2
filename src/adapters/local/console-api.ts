// The console's JSON API (documented in the README): the page, the tests and scripts all use it.
import { Hono, type Context } from "hono";
import { z } from "zod";
import { issueLines } from "../../config/zod-issues.ts";
import type { AppContext } from "../../app/context.ts";
import type { InteractionResult } from "../../app/interactions/result.ts";
import { STATUS } from "./console-status.ts";
import { t } from "../../i18n/messages.ts";
import { messageText } from "../../ui/card-text.ts";
import { dmChannelId, type ConsoleMessageStore } from "./console-messages.ts";
import { peopleWithRoles } from "./people-with-roles.ts";
import { viewerCards } from "./viewer-cards.ts";
import { sharedChannelsOf } from "../../app/case/case-channel.ts";
import type { Inbox } from "../../app/interactions/inbox.ts";
import { registerConsoleActions } from "./console-actions.ts";
import { consoleInboxHandler, createConsoleResults, type ResultShape } from "./console-inbox.ts";
import { registerConsoleSubmits } from "./console-submits.ts";
import { registerSynchronous } from "./console-sync.ts";

export interface ConsoleApiOptions {
  ctx: AppContext;
  messages: ConsoleMessageStore;
  /** Delivers queued messages to the console (and runs after every change, so the page sees it at once). */
  flush: () => Promise<void>;
  /** Present only in local mode with a simulated clock. */
  advanceClock?: (by: { workingDays?: number; hours?: number }) => Promise<Date>;
  /** Card buttons go through the ack-first inbox (console-actions.ts); without one they run before the answer. */
  inbox?: Inbox;
  /** How long a button's answer waits for its work before it says "pending" (ACTION_BUDGET_MS). */
  actionBudgetMs?: number;
}

const values = z.record(z.string(), z.union([z.string(), z.boolean(), z.number(), z.null()]));
const schemas = {
  command: z.object({ as: z.string().min(1), command: z.string().min(1), text: z.string().optional() }),
  submit: z.object({ as: z.string().min(1), values }),
  action: z.object({
    as: z.string().min(1),
    messageId: z.string().min(1),
    actionId: z.string().min(1),
    values: values.optional(),
    /** The case revision the card showed (the page sends it; scripts may leave it out). */
    revision: z.number().int().min(0).optional(),
  }),
  advance: z.object({
    workingDays: z.number().int().min(0).max(520).optional(),
    hours: z
      .number()
      .int()
      .min(0)
      .max(24 * 60)
      .optional(),
  }),
};

function respond(c: Context, result: InteractionResult, shape: ResultShape = "result"): Response {
  if (shape === "command") return respondToCommand(c, result);
  switch (result.kind) {
    case "form":
      return c.json({ ok: true, form: result.form });
    case "view":
      return c.json({ ok: true, view: result.view });
    case "message":
      return c.json({ ok: true, message: result.message });
    case "done":
      return c.json({
        ok: true,
        message: { text: result.text },
        ...(result.caseRef ? { caseRef: result.caseRef } : {}),
      });
    case "field_errors":
      return c.json({ ok: false, errors: result.errors }, 422);
    case "error": {
      const card = result.card ? { card: result.card } : {};
      return c.json({ ok: false, error: result.error, ...card }, STATUS[result.code]);
    }
  }
}

/** The command API's own shape: `{ form }`, `{ message }` or `{ error }` (with its status). */
function respondToCommand(c: Context, result: InteractionResult): Response {
  if (result.kind === "error") return c.json({ error: result.error }, STATUS[result.code]);
  if (result.kind === "form") return c.json({ form: result.form });
  if (result.kind === "message") return c.json({ message: result.message });
  return respond(c, result);
}

export function createConsoleApi(options: ConsoleApiOptions): Hono {
  const { ctx, messages, flush, advanceClock } = options;
  const api = new Hono();
  const body = async <T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T> | Response> => {
    const parsed = schema.safeParse(await c.req.json().catch(() => undefined));
    if (parsed.success) return parsed.data;
    const detail = issueLines(parsed.error.issues, { whole: "body" }).join("; ");
    ctx.log.warn({ path: c.req.path, detail }, "console API request rejected: invalid body");
    return c.json({ ok: false, error: t("nl", "error.invalid_request", { detail }) }, 400);
  };

  api.get("/people", async (c) => c.json(await peopleWithRoles(ctx.store.read)));
  api.get("/channels", async (c) => {
    const regions = await ctx.store.read.regions();
    const channels = regions.flatMap((r) =>
      [...sharedChannelsOf(r), r.coordinatorsChannel].map((id) => ({ id, name: `#${id}`, kind: "channel" as const })),
    );
    const dms = (await ctx.store.read.people()).map((p) => ({
      id: dmChannelId(p.id),
      name: p.name,
      kind: "dm" as const,
      personId: p.id,
    }));
    return c.json([...channels, ...dms]);
  });
  api.get("/channels/:id/messages", async (c) => {
    const channelId = c.req.param("id");
    const all = await messages.list(channelId);
    const replies = (id: string) =>
      all.filter((m) => m.threadOf === id).map((m) => ({ id: m.id, text: m.text, at: m.createdAt }));
    // With ?as=<person>, each case card keeps only the buttons that person can use (a per-person copy).
    const dmOwner = channelId.startsWith(dmChannelId("")) ? channelId.slice(dmChannelId("").length) : undefined;
    const cardFor = viewerCards(ctx, c.req.query("as"), dmOwner);
    const shown = await Promise.all(all.filter((m) => !m.threadOf).map(async (m) => ({ m, card: await cardFor(m) })));
    return c.json(
      shown.map(({ m, card }) => ({
        id: m.id,
        text: messageText(m.text, card ?? undefined),
        at: m.createdAt,
        ...(card ? { card } : {}),
        thread: replies(m.id),
      })),
    );
  });
  if (options.inbox) {
    // Ack first: buttons, forms and commands are recorded in the inbox and run by its console handler.
    const inbox = options.inbox;
    const results = createConsoleResults();
    inbox.handle("local", consoleInboxHandler(inbox.workContext, messages, results, flush));
    const budgetMs = options.actionBudgetMs;
    const acked = { ctx, messages, inbox, results, ...(budgetMs !== undefined ? { budgetMs } : {}) };
    registerConsoleActions(api, acked, (c) => body(c, schemas.action), respond);
    const parse = {
      command: (c: Context) => body(c, schemas.command),
      submit: (c: Context) => body(c, schemas.submit),
    };
    registerConsoleSubmits(api, acked, parse, respond);
  } else {
    const parse = {
      command: (c: Context) => body(c, schemas.command),
      submit: (c: Context) => body(c, schemas.submit),
      action: (c: Context) => body(c, schemas.action),
    };
    registerSynchronous(api, { ctx, messages, flush, parse, respond });
  }
  api.get("/clock", (c) => c.json({ now: ctx.clock.now().toISOString(), simulated: Boolean(advanceClock) }));
  api.post("/clock/advance", async (c) => {
    if (!advanceClock)
      return c.json({ ok: false, error: "De klok is alleen te verzetten in de lokale demo-modus." }, 409);
    const input = await body(c, schemas.advance);
    if (input instanceof Response) return input;
    const now = await advanceClock(input);
    return c.json({ now: now.toISOString() });
  });
  return api;
}
