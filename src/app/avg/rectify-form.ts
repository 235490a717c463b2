// The rectification form: the flow's personal fields, empty (the old values are not shown in a form that
// could be kept), and the reason. Blank fields stay as they are.
import type { Flow } from "../../domain/flow/flow-schema.ts";
import { t, type Locale } from "../../i18n/messages.ts";
import type { Form, FormField } from "../../ui/card.ts";

export function rectifyForm(flow: Flow, reference: string, id: string, locale: Locale): Form {
  const personal: FormField[] = flow.form.fields
    .filter((f) => f.personal)
    .map((f, i) => ({
      id: f.id,
      label: f.label,
      type: f.type,
      required: false,
      ...(f.type === "select" ? { options: f.options ?? [] } : {}),
      ...(i === 0 ? { hint: t(locale, "avg.rectify.hint") } : {}),
      ...(f.maxLength ? { maxLength: f.maxLength } : {}),
    }));
  const reason: FormField = {
    id: "reason",
    label: t(locale, "field.reason"),
    type: "textarea",
    required: true,
    hint: t(locale, "field.reason.hint"),
    maxLength: 500,
  };
  return {
    id,
    title: t(locale, "avg.rectify.title", { reference }),
    submitLabel: t(locale, "form.submit"),
    fields: [...personal, reason],
  };
}
