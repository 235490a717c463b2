// The field check a form must answer inline, before the ack (ack first), without writing anything: a report
// form gets the report use-case's own validation; a case button's form its required and too-long fields (the
// rest, such as dates that must be in the past, is checked by its use-case after the ack).
import type { FormFieldDef } from "../../domain/flow/flow-schema.ts";
import { type FieldError, validateForm } from "../../domain/forms/validate-form.ts";
import { type Locale, say } from "../../i18n/messages.ts";
import { isActionId } from "../../ui/card.ts";
import { parseFormId } from "../../ui/form-instance.ts";
import { fieldOptions } from "../case/field-options.ts";
import type { AppContext } from "../context.ts";
import { actionForm } from "./action-forms.ts";

export interface CheckFormFieldsOptions {
  ctx: AppContext;
  formId: string;
  values: Record<string, unknown>;
  locale: Locale;
}

type Checked = { fields: FormFieldDef[]; options: (f: FormFieldDef) => readonly string[]; keep: FieldError["key"][] };

async function reportFields(ctx: AppContext, flowId: string): Promise<Checked | null> {
  const flow = ctx.flows.current(flowId);
  if (!flow) return null;
  const fields = flow.flow.form.fields;
  // All at once: before the ack each read would otherwise wait its own turn behind the work in progress.
  const selects = fields.filter((f) => f.type === "select");
  const lists = await Promise.all(selects.map((f) => fieldOptions(ctx.store.read, f)));
  const options = new Map(selects.map((f, i) => [f.id, (lists[i] ?? []).map((o) => o.value)]));
  return { fields, options: (f) => options.get(f.id) ?? [], keep: [] };
}

async function actionFields(ctx: AppContext, actionId: string, caseId: string, locale: Locale) {
  const c = isActionId(actionId) ? await ctx.store.read.case(caseId) : null;
  const form = c && isActionId(actionId) ? await actionForm(ctx, c, actionId, locale) : null;
  if (!form) return null;
  const fields = form.fields.map((f) => ({ ...f, personal: false, showOnCard: false }));
  const keep: FieldError["key"][] = ["form.required", "form.too_long"];
  return { fields, options: () => [], keep } satisfies Checked;
}

/** Field errors (a sentence per field), or null when the form passes or is not one checked here. */
export async function checkFormFields({
  ctx,
  formId,
  values,
  locale,
}: CheckFormFieldsOptions): Promise<Record<string, string> | null> {
  const { base } = parseFormId(formId);
  const [kind, target] = [base.slice(0, base.indexOf(":")), base.slice(base.indexOf(":") + 1)];
  const checked = kind === "report" ? await reportFields(ctx, target) : await actionFields(ctx, kind, target, locale);
  if (!checked) return null;
  const today = ctx.calendar.localDate(ctx.clock.now());
  const result = validateForm(checked.fields, values, checked.options, today);
  if (result.ok) return null;
  const errors = Object.entries(result.errors).filter(([, e]) => !checked.keep.length || checked.keep.includes(e.key));
  if (errors.length === 0) return null;
  return Object.fromEntries(errors.map(([field, e]) => [field, say(locale, e)]));
}
