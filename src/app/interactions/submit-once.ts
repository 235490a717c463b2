// Runs a form instance's submission once: a second submission, at once or later, gets the first one's answer.
// Submissions that changed nothing (field errors, refusals, a follow-up form) free the key for another try.
import { t, type Locale } from "../../i18n/messages.ts";
import type { AppContext } from "../context.ts";
import type { InteractionResult } from "./result.ts";

const running = new Map<string, Promise<InteractionResult>>();
const KEEP: InteractionResult["kind"][] = ["done", "view", "message"];

/** Whether a submission's answer is kept for its instance (it changed something), or frees it for another try. */
export const answerIsKept = (result: InteractionResult): boolean => KEEP.includes(result.kind);

type Work = () => Promise<InteractionResult>;

async function firstRun(ctx: AppContext, key: string, work: Work): Promise<InteractionResult> {
  let result: InteractionResult | null = null;
  try {
    result = await work();
    return result;
  } finally {
    if (result && answerIsKept(result)) await ctx.store.forms.saveAnswer(key, JSON.stringify(result));
    else await ctx.store.forms.release(key);
  }
}

async function claimAndRun(ctx: AppContext, key: string, locale: Locale, work: Work): Promise<InteractionResult> {
  const claim = await ctx.store.forms.claim(key, ctx.clock.now());
  if (claim.claimed) return firstRun(ctx, key, work);
  ctx.log.info({ formKey: key, answered: claim.answer !== null }, "form instance submitted again; answered as before");
  if (claim.answer !== null) return JSON.parse(claim.answer) as InteractionResult;
  return { kind: "message", message: { text: t(locale, "error.form_in_progress") } };
}

export function submitOnce(ctx: AppContext, key: string, locale: Locale, work: Work): Promise<InteractionResult> {
  const earlier = running.get(key);
  if (earlier) {
    ctx.log.info({ formKey: key }, "form instance submitted twice at once; answered as the first");
    return earlier;
  }
  const run = claimAndRun(ctx, key, locale, work).finally(() => running.delete(key));
  running.set(key, run);
  return run;
}
