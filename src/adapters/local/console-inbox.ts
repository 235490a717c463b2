// Ack first in the console: a card button, a form or a typed command is recorded in the inbox (one insert) and
// answered within a small budget, with its result when the work is done by then, else with a key the page asks again.
// Results live here briefly.
import type { AppContext } from "../../app/context.ts";
import type { InboxHandler } from "../../app/interactions/inbox.ts";
import type { InteractionResult } from "../../app/interactions/result.ts";
import { confirmReportAcrossPlatforms } from "../../app/interactions/card-waiting.ts";
import { runAction } from "../../app/interactions/run-action.ts";
import { runCommand } from "../../app/interactions/run-command.ts";
import { submitForm } from "../../app/interactions/submit-form.ts";
import { asLocale, t } from "../../i18n/messages.ts";
import { dmChannelId, type ConsoleMessageStore } from "./console-messages.ts";

/** A pressed button as recorded in the inbox: who, on which case, with what the form or card showed. */
export interface ConsoleActionItem {
  /** Absent in items recorded before forms and commands were recorded too. */
  kind?: "action";
  key: string;
  personId: string;
  actionId: string;
  caseId: string;
  values?: Record<string, unknown>;
  revision?: number;
}

/** A submitted form (a report, or a button's extra input sent to /api/forms) and a typed command. */
export type ConsoleSubmitItem =
  | { kind: "form"; key: string; personId: string; formId: string; values: Record<string, unknown> }
  | { kind: "command"; key: string; personId: string; command: string; text?: string };

export type ConsoleItem = ConsoleActionItem | ConsoleSubmitItem;

/** How a result is answered: as the command API answers (`{ form }`, `{ message }`), or as a button's. */
export type ResultShape = "command" | "result";

/** How long a finished result waits for the page to fetch it. */
const KEEP_MS = 10 * 60_000;

interface Slot {
  result?: InteractionResult;
  shape: ResultShape;
  waiters: ((result: InteractionResult) => void)[];
}

export interface ConsoleResults {
  /** Expects the result of a recorded item (before its work is queued). */
  expect(key: string, shape?: ResultShape): void;
  /** How the result of this key is answered. */
  shapeOf(key: string): ResultShape;
  /** Hands over a result; false when nobody expects it (the process restarted after the ack). */
  settle(key: string, result: InteractionResult): boolean;
  /** The result when it is there within `ms`; null while pending; undefined for a key this process never issued. */
  wait(key: string, ms: number): Promise<InteractionResult | null | undefined>;
}

export function createConsoleResults(): ConsoleResults {
  const slots = new Map<string, Slot>();
  return {
    expect: (key, shape = "result") => void slots.set(key, { shape, waiters: [] }),
    shapeOf: (key) => slots.get(key)?.shape ?? "result",
    settle(key, result) {
      const slot = slots.get(key);
      if (!slot) return false;
      slot.result = result;
      for (const wake of slot.waiters.splice(0)) wake(result);
      setTimeout(() => slots.delete(key), KEEP_MS).unref();
      return true;
    },
    async wait(key, ms) {
      const slot = slots.get(key);
      if (!slot) return undefined;
      if (slot.result || ms <= 0) return slot.result ?? null;
      return new Promise((resolve) => {
        const wake = (result: InteractionResult) => {
          clearTimeout(timer);
          resolve(result);
        };
        const timer = setTimeout(() => {
          slot.waiters = slot.waiters.filter((w) => w !== wake);
          resolve(null);
        }, ms);
        slot.waiters.push(wake);
      });
    },
  };
}

/** What is said in the person's own DM when the page that asked is gone: the outcome, never personal details. */
function privateText(result: InteractionResult, locale: ReturnType<typeof asLocale>): string {
  if (result.kind === "done") return result.text;
  if (result.kind === "error") return result.error;
  return t(locale, "interaction.press_again");
}

/** Runs the use-case of one recorded item; a report delivers what it queued first, to say whether its card is out. */
async function work(ctx: AppContext, item: ConsoleItem, flush: () => Promise<void>): Promise<InteractionResult> {
  const actor = { personId: item.personId, platform: "local" as const };
  if (item.kind === "command") {
    const text = item.text !== undefined ? { text: item.text } : {};
    return runCommand({ ctx, actor, command: item.command, ...text });
  }
  if (item.kind === "form") {
    const result = await submitForm({ ctx, actor, formId: item.formId, values: item.values });
    await flush(); // the reporter hears whether the card is in every channel yet
    const locale = asLocale((await ctx.store.read.person(item.personId))?.locale);
    return confirmReportAcrossPlatforms({ ctx, result, locale });
  }
  const { values, revision } = item;
  const shown = { ...(values ? { values } : {}), ...(revision !== undefined ? { revision } : {}) };
  return runAction({ ctx, actor, actionId: item.actionId, caseId: item.caseId, ...shown });
}

/** Runs one recorded console item; its result goes to the waiting page, or privately to the person's DM. */
export function consoleInboxHandler(
  ctx: AppContext,
  messages: ConsoleMessageStore,
  results: ConsoleResults,
  flush: () => Promise<void>,
): InboxHandler {
  return async (payload) => {
    const item = payload as ConsoleItem;
    const what = item.kind === "form" || item.kind === "command" ? item.kind : item.actionId;
    const result: InteractionResult = await work(ctx, item, flush).catch((error: unknown) => {
      ctx.log.error({ err: error, what }, "console interaction failed after its ack");
      return { kind: "error", code: "internal", error: t("nl", "error.internal") };
    });
    // What the change queued is in the console before the page hears it is done (it reloads the channel then).
    await flush().catch((error: unknown) => ctx.log.error({ err: error }, "console delivery after an action failed"));
    if (results.settle(item.key, result)) return;
    const locale = asLocale((await ctx.store.read.person(item.personId))?.locale);
    ctx.log.warn({ what }, "console interaction finished with nobody waiting");
    await messages.add({
      channelId: dmChannelId(item.personId),
      text: privateText(result, locale),
      card: null,
      caseId: null,
      threadOf: null,
      createdAt: ctx.clock.now(),
    });
  };
}
