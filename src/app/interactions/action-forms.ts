// The small forms behind case buttons: a reason to escalate, an outcome to close, a note, a party to confirm for.
import { t, type Locale } from "../../i18n/messages.ts";
import type { ActionId, Form, FormField } from "../../ui/card.ts";
import type { FormFieldDef } from "../../domain/flow/flow-schema.ts";
import type { AppContext } from "../context.ts";
import type { CaseRecord } from "../ports.ts";
import { flowActionForm } from "./flow-action-forms.ts";
import { rectifyForm } from "../avg/rectify-form.ts";

export function actionFormId(actionId: ActionId, caseId: string): string {
  return `${actionId}:${caseId}`;
}

/** A step's own field (flow: steps[].fields) as a form field. */
function stepField(f: FormFieldDef): FormField {
  return {
    id: f.id,
    label: f.label,
    type: f.type,
    required: f.required,
    ...(f.options ? { options: f.options } : {}),
    ...(f.hint ? { hint: f.hint } : {}),
    ...(f.maxLength ? { maxLength: f.maxLength } : {}),
  };
}

export async function actionForm(
  ctx: AppContext,
  c: CaseRecord,
  actionId: ActionId,
  locale: Locale,
  parties: { partyId: string; organisation: string }[] = [],
): Promise<Form | null> {
  const flow = await ctx.flows.forCase(c);
  const id = actionFormId(actionId, c.id);
  const submitLabel = t(locale, "form.submit");
  const reason = {
    id: "reason",
    label: t(locale, "field.reason"),
    type: "textarea" as const,
    required: true,
    hint: t(locale, "field.reason.hint"),
    maxLength: 2000,
  };
  const note = (required: boolean) => ({
    id: "note",
    label: t(locale, "field.note"),
    type: "textarea" as const,
    required,
    hint: t(locale, "field.note.hint"),
    maxLength: 4000,
  });
  switch (actionId) {
    case "case.acknowledge":
      return {
        id,
        title: t(locale, "form.ack_party.title"),
        submitLabel,
        fields: [
          {
            id: "party",
            label: t(locale, "field.party"),
            type: "select",
            required: true,
            options: parties.map((p) => ({ value: p.partyId, label: p.organisation })),
          },
        ],
      };
    case "case.complete_step": {
      const step = flow.steps.find((s) => s.id === c.currentStepId);
      return {
        id,
        title: t(locale, "form.complete.title", { step: step?.label ?? "" }),
        submitLabel,
        fields: [...(step?.fields ?? []).map(stepField), note(false)],
      };
    }
    case "case.add_note":
      return { id, title: t(locale, "form.note.title"), submitLabel, fields: [note(true)] };
    case "case.escalate":
    case "case.deescalate": {
      const level = flow.escalation.levels[c.level + (actionId === "case.escalate" ? 1 : -1)];
      const key = actionId === "case.escalate" ? "form.escalate.title" : "form.deescalate.title";
      return { id, title: t(locale, key, { level: level?.label ?? "—" }), submitLabel, fields: [reason] };
    }
    case "case.close":
      return {
        id,
        title: t(locale, "form.close.title"),
        submitLabel,
        fields: [
          { id: "outcome", label: t(locale, "field.outcome"), type: "select", required: true, options: flow.outcomes },
          note(false),
        ],
      };
    case "case.reopen":
      return { id, title: t(locale, "form.reopen.title"), submitLabel, fields: [reason] };
    case "case.rectify":
      return rectifyForm(flow, c.reference, id, locale);
    default:
      return flowActionForm(ctx, c, actionId, locale, id);
  }
}
