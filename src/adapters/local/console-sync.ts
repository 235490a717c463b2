// The console's commands, forms and buttons without an inbox: each runs before its answer (a console API built
// without the ack-first inbox; the app always passes one).
import type { Context, Hono } from "hono";
import type { AppContext } from "../../app/context.ts";
import { confirmReportAcrossPlatforms } from "../../app/interactions/card-waiting.ts";
import type { InteractionResult } from "../../app/interactions/result.ts";
import { runAction } from "../../app/interactions/run-action.ts";
import { runCommand } from "../../app/interactions/run-command.ts";
import { submitForm } from "../../app/interactions/submit-form.ts";
import { asLocale, t } from "../../i18n/messages.ts";
import type { ActionInput } from "./console-actions.ts";
import type { ConsoleMessageStore } from "./console-messages.ts";
import type { SubmitParsers } from "./console-submits.ts";

export interface SynchronousOptions {
  ctx: AppContext;
  messages: ConsoleMessageStore;
  flush: () => Promise<void>;
  parse: SubmitParsers & { action(c: Context): Promise<ActionInput | Response> };
  respond: (c: Context, result: InteractionResult, shape?: "command" | "result") => Response | Promise<Response>;
}

export function registerSynchronous(api: Hono, { ctx, messages, flush, parse, respond }: SynchronousOptions): void {
  const actor = (personId: string) => ({ personId, platform: "local" as const });
  api.post("/commands", async (c) => {
    const input = await parse.command(c);
    if (input instanceof Response) return input;
    const text = input.text !== undefined ? { text: input.text } : {};
    const result = await runCommand({ ctx, actor: actor(input.as), command: input.command, ...text });
    await flush(); // a command can queue messages too (an absence tells the coordinators' channel)
    return respond(c, result, "command");
  });
  api.post("/forms/:id/submit", async (c) => {
    const input = await parse.submit(c);
    if (input instanceof Response) return input;
    const result = await submitForm({ ctx, actor: actor(input.as), formId: c.req.param("id"), values: input.values });
    await flush();
    const locale = asLocale((await ctx.store.read.person(input.as))?.locale);
    return respond(c, await confirmReportAcrossPlatforms({ ctx, result, locale }));
  });
  api.post("/actions", async (c) => {
    const input = await parse.action(c);
    if (input instanceof Response) return input;
    const message = await messages.get(input.messageId);
    if (!message?.caseId) {
      ctx.log.warn(
        { messageId: input.messageId, actionId: input.actionId },
        "console action on a message without a case",
      );
      return c.json({ ok: false, error: t("nl", "error.unknown_action") }, 404);
    }
    const shown = {
      ...(input.values ? { values: input.values } : {}),
      ...(input.revision !== undefined ? { revision: input.revision } : {}),
    };
    const result = await runAction({
      ctx,
      actor: actor(input.as),
      actionId: input.actionId,
      caseId: message.caseId,
      ...shown,
    });
    await flush();
    return respond(c, result);
  });
}
