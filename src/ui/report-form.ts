// The report form of a flow as a neutral Form (the same for the console, Slack modals and Teams cards).
import type { Flow } from "../domain/flow/flow-schema.ts";
import { t, type Locale } from "../i18n/messages.ts";
import type { Form } from "./card.ts";

export function reportFormId(flowId: string): string {
  return `report:${flowId}`;
}

export function renderReportForm(
  flow: Flow,
  options: Map<string, { value: string; label: string }[]>,
  locale: Locale,
): Form {
  return {
    id: reportFormId(flow.id),
    title: flow.form.title,
    submitLabel: t(locale, "form.report.submit"),
    fields: flow.form.fields.map((f) => ({
      id: f.id,
      label: f.label,
      type: f.type,
      required: f.required,
      ...(f.type === "select" ? { options: options.get(f.id) ?? [] } : {}),
      ...(f.hint ? { hint: f.hint } : {}),
      ...(f.maxLength ? { maxLength: f.maxLength } : {}),
    })),
  };
}
