// A neutral Form as an inline Adaptive Card form (Input.* elements, one Action.Execute "form.submit"), with the
// Dutch field errors under their fields when it comes back; and the submitted data back as form values.
import type { Form, FormField } from "../../ui/card.ts";
import {
  adaptiveCard,
  CARD_REFRESH_VERB,
  execute,
  FORM_SUBMIT_VERB,
  textBlock,
  type AdaptiveCard,
  type AdaptiveElement,
} from "./adaptive-card.ts";

/** Keys Schakel adds to the submit data; input ids never start with "schakel". */
export const FORM_ID_KEY = "schakelForm";
export const FORM_NONCE_KEY = "schakelNonce";

export interface FormLabels {
  required: string;
  cancel?: { label: string; caseId: string };
}

/** The element id of a field's error line (the contract driver and people read it there). */
export const errorElementId = (fieldId: string) => `error-${fieldId}`;

function input(field: FormField, labels: FormLabels): AdaptiveElement {
  const common = {
    id: field.id,
    label: field.label,
    ...(field.required && field.type !== "checkbox" ? { isRequired: true, errorMessage: labels.required } : {}),
  };
  switch (field.type) {
    case "select":
      return {
        type: "Input.ChoiceSet",
        ...common,
        style: "compact",
        choices: (field.options ?? []).map((o) => ({ title: o.label, value: o.value })),
        ...(field.value ? { value: field.value } : {}),
      };
    case "date":
      return { type: "Input.Date", ...common, ...(field.value ? { value: field.value } : {}) };
    case "number":
      return { type: "Input.Number", ...common, ...(field.value ? { value: Number(field.value) } : {}) };
    case "checkbox":
      return {
        type: "Input.Toggle",
        id: field.id,
        title: field.label,
        valueOn: "true",
        valueOff: "false",
        value: field.value === "true" ? "true" : "false",
      };
    default:
      return {
        type: "Input.Text",
        ...common,
        isMultiline: field.type === "textarea",
        ...(field.maxLength ? { maxLength: field.maxLength } : {}),
        ...(field.value ? { value: field.value } : {}),
      };
  }
}

export function renderFormTeams(
  form: Form,
  nonce: string,
  labels: FormLabels,
  errors: Record<string, string> = {},
): AdaptiveCard {
  const body: AdaptiveElement[] = [textBlock(form.title, { size: "Medium", weight: "Bolder" })];
  const known = new Set(form.fields.map((f) => f.id));
  const loose = Object.entries(errors)
    .filter(([field]) => !known.has(field))
    .map(([, message]) => message);
  if (loose.length) body.push(textBlock(loose.join("\n"), { color: "Attention" }));
  for (const field of form.fields) {
    body.push(input(field, labels));
    if (field.hint) body.push(textBlock(field.hint, { isSubtle: true, size: "Small", spacing: "None" }));
    const error = errors[field.id];
    if (error)
      body.push(textBlock(error, { id: errorElementId(field.id), color: "Attention", size: "Small", spacing: "None" }));
  }
  const actions = [
    execute(
      form.submitLabel,
      FORM_SUBMIT_VERB,
      { [FORM_ID_KEY]: form.id, [FORM_NONCE_KEY]: nonce },
      { style: "positive" },
    ),
  ];
  if (labels.cancel) actions.push(execute(labels.cancel.label, CARD_REFRESH_VERB, { caseId: labels.cancel.caseId }));
  return adaptiveCard(body, actions);
}

/** The inputs of a submitted form card, as strings (Teams sends choice and toggle values as strings too). */
export function formValues(data: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === FORM_ID_KEY || key === FORM_NONCE_KEY || key === "caseId" || key === "msteams") continue;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
      values[key] = String(value);
  }
  return values;
}

/** A form filled in again with what was submitted, so a correction does not mean typing everything anew. */
export function refill(form: Form, values: Record<string, string>): Form {
  return {
    ...form,
    fields: form.fields.map((f) =>
      values[f.id] !== undefined && values[f.id] !== "" ? { ...f, value: values[f.id] } : f,
    ),
  };
}
