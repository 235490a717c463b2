// Ack first in the console: a card button is recorded in the inbox (one insert) and answered within a small budget,
// with its result when the work is done by then, else with a key the page asks again. Results live here briefly.
import type { AppContext } from "../../app/context.ts";
import type { InboxHandler } from "../../app/interactions/inbox.ts";
import type { InteractionResult } from "../../app/interactions/result.ts";
import { runAction } from "../../app/interactions/run-action.ts";
import { asLocale, t } from "../../i18n/messages.ts";
import { dmChannelId, type ConsoleMessageStore } from "./console-messages.ts";

/** A pressed button as recorded in the inbox: who, on which case, with what the form or card showed. */
export interface ConsoleActionItem {
  key: string;
  personId: string;
  actionId: string;
  caseId: string;
  values?: Record<string, unknown>;
  revision?: number;
}

/** How long a finished result waits for the page to fetch it. */
const KEEP_MS = 10 * 60_000;

interface Slot {
  result?: InteractionResult;
  waiters: ((result: InteractionResult) => void)[];
}

export interface ConsoleResults {
  /** Expects the result of a recorded item (before its work is queued). */
  expect(key: string): void;
  /** Hands over a result; false when nobody expects it (the process restarted after the ack). */
  settle(key: string, result: InteractionResult): boolean;
  /** The result when it is there within `ms`; null while pending; undefined for a key this process never issued. */
  wait(key: string, ms: number): Promise<InteractionResult | null | undefined>;
}

export function createConsoleResults(): ConsoleResults {
  const slots = new Map<string, Slot>();
  return {
    expect: (key) => void slots.set(key, { waiters: [] }),
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

/** Runs one recorded console button; its result goes to the waiting page, or privately to the person's DM. */
export function consoleInboxHandler(
  ctx: AppContext,
  messages: ConsoleMessageStore,
  results: ConsoleResults,
  flush: () => Promise<void>,
): InboxHandler {
  return async (payload) => {
    const item = payload as ConsoleActionItem;
    const { values, revision } = item;
    const result: InteractionResult = await runAction({
      ctx,
      actor: { personId: item.personId, platform: "local" },
      actionId: item.actionId,
      caseId: item.caseId,
      ...(values ? { values } : {}),
      ...(revision !== undefined ? { revision } : {}),
    }).catch((error: unknown) => {
      ctx.log.error({ err: error, actionId: item.actionId }, "console action failed after its ack");
      return { kind: "error", code: "internal", error: t("nl", "error.internal") };
    });
    // What the change queued is in the console before the page hears it is done (it reloads the channel then).
    await flush().catch((error: unknown) => ctx.log.error({ err: error }, "console delivery after an action failed"));
    if (results.settle(item.key, result)) return;
    const locale = asLocale((await ctx.store.read.person(item.personId))?.locale);
    ctx.log.warn({ actionId: item.actionId, caseId: item.caseId }, "console action finished with nobody waiting");
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
