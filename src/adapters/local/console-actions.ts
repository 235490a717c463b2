// POST /api/actions, ack first: the press is checked (body, message), recorded in the inbox and answered within
// `budgetMs`: with the result when the work is done by then, else 202 `{ pending }`, which the page asks after.
import { randomUUID } from "node:crypto";
import type { Context, Hono } from "hono";
import type { AppContext } from "../../app/context.ts";
import type { Inbox } from "../../app/interactions/inbox.ts";
import type { InteractionResult } from "../../app/interactions/result.ts";
import { checkFormFields } from "../../app/interactions/check-form-fields.ts";
import { asLocale, t } from "../../i18n/messages.ts";
import type { ConsoleActionItem, ConsoleResults, ResultShape } from "./console-inbox.ts";

/** How long POST /api/actions waits for the work before it answers "pending". */
export const ACTION_BUDGET_MS = 250;
/** How long GET /api/actions/:key waits for a pending result before it answers "pending" again. */
const POLL_WAIT_MS = 10_000;

export interface ConsoleActionsOptions {
  ctx: AppContext;
  messages: { get(id: string): Promise<{ caseId: string | null } | null> };
  inbox: Inbox;
  /** Where the inbox's console handler (console-inbox.ts) leaves each result. */
  results: ConsoleResults;
  budgetMs?: number;
}

export interface ActionInput {
  as: string;
  messageId: string;
  actionId: string;
  values?: Record<string, string | number | boolean | null> | undefined;
  revision?: number | undefined;
}

export async function fieldErrors(ctx: AppContext, personId: string, formId: string, values: Record<string, unknown>) {
  const locale = asLocale((await ctx.store.read.person(personId))?.locale);
  return checkFormFields({ ctx, formId, values, locale });
}

export type Respond = (c: Context, result: InteractionResult, shape: ResultShape) => Response | Promise<Response>;

/** The result in its own shape, or 202 with the key the page asks after. */
export const answerOrPending = (respond: Respond, results: ConsoleResults) => {
  return (c: Context, key: string, result: InteractionResult | null) =>
    result ? respond(c, result, results.shapeOf(key)) : c.json({ ok: true, pending: key }, 202);
};

export function registerConsoleActions(
  api: Hono,
  o: ConsoleActionsOptions,
  parse: (c: Context) => Promise<ActionInput | Response>,
  respond: Respond,
): void {
  const { ctx, messages, inbox, results } = o;
  const answer = answerOrPending(respond, results);

  api.post("/actions", async (c) => {
    const key = randomUUID();
    const ticket = await inbox.admit(async () => {
      const input = await parse(c);
      if (input instanceof Response) return input;
      const message = await messages.get(input.messageId);
      if (!message?.caseId) {
        ctx.log.warn(
          { messageId: input.messageId, actionId: input.actionId },
          "console action on a message without a case",
        );
        return c.json({ ok: false, error: t("nl", "error.unknown_action") }, 404);
      }
      const { values, revision } = input;
      // A form's missing or too long fields come back in this answer, in Dutch, before anything is recorded.
      const errors = values ? await fieldErrors(ctx, input.as, `${input.actionId}:${message.caseId}`, values) : null;
      if (errors) return c.json({ ok: false, errors }, 422);
      const item: ConsoleActionItem = {
        key,
        personId: input.as,
        actionId: input.actionId,
        caseId: message.caseId,
        ...(values ? { values } : {}),
        ...(revision !== undefined ? { revision } : {}),
      };
      results.expect(key);
      return inbox.accept("local", `local:action:${key}`, item);
    });
    if (ticket instanceof Response) return ticket;
    ticket?.process();
    return answer(c, key, (await results.wait(key, o.budgetMs ?? ACTION_BUDGET_MS)) ?? null);
  });

  api.get("/actions/:key", async (c) => {
    const key = c.req.param("key");
    const result = await results.wait(key, POLL_WAIT_MS);
    if (result === undefined) return c.json({ ok: false, error: t("nl", "error.unknown_action") }, 404);
    return answer(c, key, result);
  });
}
