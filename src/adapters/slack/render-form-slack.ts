// A neutral Form as a Slack modal (one input block per field, block_id = action_id = field id), and back:
// the submitted state as form values, and field errors as `response_action: "errors"`.
import type { ViewStateValue } from "@slack/bolt";
import type { InputBlockElement, ModalView, StaticSelect } from "@slack/types";
import type { Form, FormField } from "../../ui/card.ts";
import { capBlocks, chunk, clip, escapeMrkdwn, LIMITS, mrkdwn, plain, type Block } from "./block-kit.ts";

export const FORM_CALLBACK_ID = "schakel_form";

/** What a modal remembers between opening and submitting: the neutral form id and where it was opened. */
export interface FormMetadata {
  formId: string;
  channel?: string;
  responseUrl?: string;
}

export interface ModalLabels {
  close: string;
  more: (n: number) => string;
  optionGroup: (n: number) => string;
}

const option = (o: { value: string; label: string }) => ({
  text: plain(o.label, LIMITS.optionText),
  value: clip(o.value, LIMITS.optionValue),
});

function selectElement(field: FormField, labels: ModalLabels): StaticSelect {
  const options = (field.options ?? []).map(option);
  const initial = options.find((o) => o.value === field.value);
  const choices =
    options.length <= LIMITS.selectOptions
      ? { options }
      : {
          option_groups: chunk(options, LIMITS.selectOptions)
            .slice(0, LIMITS.selectOptions)
            .map((group, i) => ({ label: plain(labels.optionGroup(i + 1), LIMITS.optionText), options: group })),
        };
  return { type: "static_select", action_id: field.id, ...choices, ...(initial ? { initial_option: initial } : {}) };
}

function element(field: FormField, labels: ModalLabels): InputBlockElement {
  const maxLength = Math.min(
    field.maxLength ?? (field.type === "textarea" ? LIMITS.inputMaxLength : 200),
    LIMITS.inputMaxLength,
  );
  switch (field.type) {
    case "select":
      return selectElement(field, labels);
    case "date":
      return { type: "datepicker", action_id: field.id, ...(field.value ? { initial_date: field.value } : {}) };
    case "number":
      return {
        type: "number_input",
        action_id: field.id,
        is_decimal_allowed: true,
        ...(field.value ? { initial_value: field.value } : {}),
      };
    case "checkbox":
      return { type: "checkboxes", action_id: field.id, options: [option({ value: "true", label: field.label })] };
    default:
      return {
        type: "plain_text_input",
        action_id: field.id,
        multiline: field.type === "textarea",
        max_length: maxLength,
        ...(field.value ? { initial_value: clip(field.value, maxLength) } : {}),
      };
  }
}

export function renderFormModal(form: Form, metadata: FormMetadata, labels: ModalLabels): ModalView {
  const blocks: Block[] = [];
  // Titles longer than Slack allows are shown in full as the first line of the modal.
  if (form.title.length > LIMITS.viewTitle)
    blocks.push({ type: "section", text: mrkdwn(`*${escapeMrkdwn(form.title)}*`, LIMITS.sectionText) });
  for (const field of form.fields) {
    blocks.push({
      type: "input",
      block_id: clip(field.id, LIMITS.blockId),
      label: plain(field.label, LIMITS.inputLabel),
      optional: field.type === "checkbox" || !field.required,
      element: element(field, labels),
      ...(field.hint ? { hint: plain(field.hint, LIMITS.inputHint) } : {}),
    });
  }
  return {
    type: "modal",
    callback_id: FORM_CALLBACK_ID,
    private_metadata: JSON.stringify(metadata),
    title: plain(form.title, LIMITS.viewTitle),
    submit: plain(form.submitLabel, LIMITS.viewButton),
    close: plain(labels.close, LIMITS.viewButton),
    blocks: capBlocks(blocks, LIMITS.viewBlocks, labels.more),
  };
}

/** Slack's view state → neutral values (strings; a checkbox becomes a boolean). */
export function readFormValues(state: Record<string, Record<string, ViewStateValue>>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [blockId, actions] of Object.entries(state)) {
    for (const [actionId, input] of Object.entries(actions)) {
      if (actionId !== blockId) continue;
      switch (input.type) {
        case "static_select":
          values[actionId] = input.selected_option?.value ?? null;
          break;
        case "datepicker":
          values[actionId] = input.selected_date ?? null;
          break;
        case "checkboxes":
          values[actionId] = (input.selected_options ?? []).length > 0;
          break;
        default:
          values[actionId] = input.value ?? null;
      }
    }
  }
  return values;
}

export function readMetadata(raw: string | undefined): FormMetadata | null {
  try {
    const parsed = JSON.parse(raw ?? "") as Partial<FormMetadata> | null;
    return typeof parsed === "object" && typeof parsed?.formId === "string" ? (parsed as FormMetadata) : null;
  } catch {
    return null;
  }
}

/** Errors for blocks the modal has; an error about anything else is shown on the first input. */
export function modalErrors(errors: Record<string, string>, blockIds: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const target = blockIds.includes(field) ? field : blockIds[0];
    if (target) out[target] = clip(out[target] ? `${out[target]} ${message}` : message, LIMITS.fieldText);
  }
  return out;
}
