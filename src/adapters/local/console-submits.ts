// POST /api/commands and POST /api/forms/:id/submit, ack first like the card buttons (console-actions.ts): checked
// (body; a form's fields, whose errors come back at once in Dutch), recorded in the inbox and answered within the
// budget, with the result or 202 `{ pending }`. A form instance's one-time key is the inbox key, so submitting it
// twice records it once, and the second submit waits for the first one's answer; a try refused without a change
// (field errors from the use-case, a refusal) frees the key for the corrected next try, as submitOnce does.
import { randomUUID } from "node:crypto";
import type { Context, Hono } from "hono";
import type { InteractionResult } from "../../app/interactions/result.ts";
import { submitForm } from "../../app/interactions/submit-form.ts";
import { answerIsKept } from "../../app/interactions/submit-once.ts";
import { parseFormId } from "../../ui/form-instance.ts";
import {
  ACTION_BUDGET_MS,
  type ConsoleActionsOptions,
  fieldErrors,
  answerOrPending,
  type Respond,
} from "./console-actions.ts";
import type { ConsoleSubmitItem } from "./console-inbox.ts";

type Values = Record<string, string | number | boolean | null>;

export interface SubmitParsers {
  command(c: Context): Promise<{ as: string; command: string; text?: string | undefined } | Response>;
  submit(c: Context): Promise<{ as: string; values: Values } | Response>;
}

type Admitted = { key: string; ticket: { process(): void } | null } | Response;

export function registerConsoleSubmits(api: Hono, o: ConsoleActionsOptions, parse: SubmitParsers, respond: Respond) {
  const { ctx, inbox, results } = o;
  const answer = answerOrPending(respond, results);
  const budget = o.budgetMs ?? ACTION_BUDGET_MS;
  const settleLater = async (c: Context, admitted: Admitted) => {
    if (admitted instanceof Response) return admitted;
    admitted.ticket?.process();
    return answer(c, admitted.key, (await results.wait(admitted.key, budget)) ?? null);
  };

  api.post("/commands", async (c) => {
    const admitted = await inbox.admit(async (): Promise<Admitted> => {
      const input = await parse.command(c);
      if (input instanceof Response) return input;
      const key = randomUUID();
      const text = input.text !== undefined ? { text: input.text } : {};
      const item: ConsoleSubmitItem = { kind: "command", key, personId: input.as, command: input.command, ...text };
      results.expect(key, "command");
      return { key, ticket: await inbox.accept("local", `local:command:${key}`, item) };
    });
    return settleLater(c, admitted);
  });

  api.post("/forms/:id/submit", async (c) => {
    const formId = c.req.param("id");
    const once = parseFormId(formId).key;
    const key = once ? `form-${once}` : randomUUID();
    const admitted = await inbox.admit(async (): Promise<Admitted> => {
      const input = await parse.submit(c);
      if (input instanceof Response) return input;
      // Missing, too long or impossible values come back in this answer, in Dutch, before anything is recorded.
      const errors = await fieldErrors(ctx, input.as, formId, input.values);
      if (errors) return c.json({ ok: false, errors }, 422);
      // Submitted again while this process has (or is working on) the first one's answer: that answer, unless it
      // refused the try without a change (e.g. no contact at the chosen organisation): then this is a new try.
      const earlier = await results.wait(key, 0);
      if (earlier === null || (earlier && answerIsKept(earlier))) return { key, ticket: null };
      const item: ConsoleSubmitItem = { kind: "form", key, personId: input.as, formId, values: input.values };
      results.expect(key);
      const recordKey = earlier ? `local:form:${key}:${randomUUID()}` : `local:form:${key}`;
      const ticket = await inbox.accept("local", recordKey, item);
      // Recorded before by a process that stopped: the form's own record answers as the first time did.
      if (!ticket) await answerFromRecord(key, input.as, formId, input.values);
      return { key, ticket };
    });
    return settleLater(c, admitted);
  });

  async function answerFromRecord(key: string, personId: string, formId: string, values: Values) {
    const actor = { personId, platform: "local" as const };
    const result: InteractionResult = await submitForm({ ctx, actor, formId, values });
    results.settle(key, result);
  }
}
