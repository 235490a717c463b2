// The form dialog: renders a neutral form, submits it, and shows the server's Dutch errors under the fields.
import { api } from "./api.js";
import { $, el, present, showToast } from "./dom.js";
import { sentence } from "./text.js";

/** The form on screen and where the focus goes when it closes; forgotten when the dialog closes. */
let current = null;
let returnFocus = null;

export function openForm(form, onClosed = null) {
  current = form;
  returnFocus = onClosed;
  $("form-title").textContent = form.title;
  $("form-submit").textContent = form.submitLabel || sentence("console.form.submit");
  $("form-error").textContent = "";
  $("form-required-note").hidden = !form.fields.some((f) => f.required);
  $("form-fields").replaceChildren(...form.fields.map(renderField));
  const dialog = $("form-dialog");
  if (!dialog.open) dialog.showModal();
  dialog.querySelector("input, select, textarea")?.focus();
}

function renderField(field) {
  const input = fieldInput(field);
  const hint = field.hint ? el("p", { id: `fh-${field.id}`, className: "hint", text: field.hint }) : null;
  const error = el("p", {
    id: `fe-${field.id}`,
    className: "field-error",
    "data-testid": `error-${field.id}`,
    hidden: true,
  });
  input.setAttribute("aria-describedby", present([hint?.id, error.id]).join(" "));
  const label = el(
    "label",
    { for: input.id },
    field.label,
    field.required ? el("span", { className: "required", "aria-hidden": "true", text: " *" }) : null,
  );
  if (field.type === "checkbox") {
    return el(
      "div",
      { className: "field field-checkbox" },
      el("div", { className: "checkbox-row" }, input, label),
      hint,
      error,
    );
  }
  return el("div", { className: "field" }, label, input, hint, error);
}

function fieldInput(field) {
  const common = {
    id: `ff-${field.id}`,
    name: field.id,
    "data-testid": `field-${field.id}`,
    required: field.required,
    maxlength: field.maxLength,
  };
  const value = field.value ?? "";
  switch (field.type) {
    case "textarea": {
      const area = el("textarea", { ...common, rows: 4 });
      area.value = value;
      return area;
    }
    case "select":
      return selectInput(field, common);
    case "checkbox":
      return el("input", { ...common, type: "checkbox", checked: value === "true" });
    case "number":
      return el("input", { ...common, type: "number", step: "any", value });
    case "date":
      return el("input", { ...common, type: "date", value });
    default:
      return el("input", { ...common, type: "text", value });
  }
}

function selectInput(field, common) {
  const select = el(
    "select",
    common,
    el("option", { value: "", text: "— Kies —" }),
    (field.options ?? []).map((o) => el("option", { value: o.value, text: o.label })),
  );
  if (field.value) select.value = field.value;
  return select;
}

function collectValues(form) {
  const values = {};
  for (const field of form.fields) {
    const input = $(`ff-${field.id}`);
    if (input) values[field.id] = field.type === "checkbox" ? input.checked : input.value;
  }
  return values;
}

export async function submitOpenForm(event, personId, onDone) {
  event.preventDefault();
  const form = current;
  const submit = $("form-submit");
  if (!form || submit.disabled) return;
  clearFieldErrors(form);
  submit.disabled = true;
  const result = await api("POST", `/api/forms/${encodeURIComponent(form.id)}/submit`, {
    as: personId,
    values: collectValues(form),
  });
  submit.disabled = false;
  if (current !== form) return; // the dialog was closed meanwhile
  if (result.ok) return formDone(result, onDone);
  if (result.errors) return showFieldErrors(result.errors);
  $("form-error").textContent = result.error ?? sentence("console.form.failed");
}

function formDone(result, onDone) {
  $("form-dialog").close();
  showToast(
    result.message?.text ||
      (result.caseRef ? sentence("console.form.case_created", { ref: result.caseRef }) : sentence("console.form.done")),
  );
  void onDone();
}

function clearFieldErrors(form) {
  $("form-error").textContent = "";
  for (const field of form.fields) {
    const error = $(`fe-${field.id}`);
    if (error) {
      error.textContent = "";
      error.hidden = true;
    }
    $(`ff-${field.id}`)?.removeAttribute("aria-invalid");
  }
}

function showFieldErrors(errors) {
  const unplaced = [];
  let first = null;
  for (const [fieldId, message] of Object.entries(errors)) {
    const error = $(`fe-${fieldId}`);
    const input = $(`ff-${fieldId}`);
    if (!error || !input) {
      unplaced.push(message);
      continue;
    }
    error.textContent = message;
    error.hidden = false;
    input.setAttribute("aria-invalid", "true");
    first ??= input;
  }
  $("form-error").textContent = unplaced.length ? unplaced.join(" ") : sentence("console.form.check_fields");
  first?.focus();
}

/** Closing the form dialog forgets what was typed: personal data does not linger in the page. */
export function onFormClosed() {
  current = null;
  $("form-fields").replaceChildren();
  $("form-error").textContent = "";
  const back = returnFocus;
  returnFocus = null;
  if (back) back();
  else $("command-input").focus();
}
