// A form came back: a report, or the extra input of a case button. The form id says which.
import { required } from "../../domain/required.ts";
import { asLocale, type Locale, say, t } from "../../i18n/messages.ts";
import { parseFormId, type FormInstance } from "../../ui/form-instance.ts";
import { isActionId } from "../../ui/card.ts";
import type { Actor, AppContext } from "../context.ts";
import { reportCase } from "../report-case.ts";
import { failureResult, inactiveRefusal, type InteractionResult } from "./result.ts";
import { runAction } from "./run-action.ts";
import { submitOnce } from "./submit-once.ts";

export interface SubmitFormOptions {
  ctx: AppContext;
  actor: Actor;
  formId: string;
  values: Record<string, unknown>;
}

export async function submitForm({ ctx, actor, formId, values }: SubmitFormOptions): Promise<InteractionResult> {
  const person = await ctx.store.read.person(actor.personId);
  const locale = asLocale(person?.locale);
  const refused = inactiveRefusal(person, locale, ctx.log);
  if (refused) return refused;
  const instance = parseFormId(formId);
  const run = () => submit({ ctx, actor, formId, values }, instance, locale);
  return instance.key ? submitOnce(ctx, instance.key, locale, run) : run();
}

async function submit(o: SubmitFormOptions, instance: FormInstance, locale: Locale): Promise<InteractionResult> {
  const { ctx, actor, formId, values } = o;
  const { base, revision } = instance;
  const [kind, target] = [base.slice(0, base.indexOf(":")), base.slice(base.indexOf(":") + 1)];
  try {
    if (kind === "report" && ctx.flows.current(target)) {
      const result = await reportCase({ ctx, actor, flowId: target, values });
      if (!result.ok) {
        ctx.log.info({ formId, fields: Object.keys(result.errors) }, "report form rejected with field errors");
        return {
          kind: "field_errors",
          errors: Object.fromEntries(Object.entries(result.errors).map(([f, e]) => [f, say(locale, e)])),
        };
      }
      const flow = required(ctx.flows.current(target), "the flow just reported on").flow.title;
      return {
        kind: "done",
        text: t(locale, "notice.reported", { reference: result.reference, flow }),
        caseRef: result.reference,
      };
    }
    if (isActionId(kind) && target) {
      const shown = revision !== undefined ? { revision } : {};
      return await runAction({ ctx, actor, actionId: kind, caseId: target, values, ...shown });
    }
    ctx.log.warn({ formId, platform: actor.platform }, "unknown form id submitted");
    return { kind: "error", code: "invalid_input", error: t(locale, "error.invalid_form") };
  } catch (error) {
    return failureResult(error, locale, ctx.log, { formId, personId: actor.personId, platform: actor.platform });
  }
}
