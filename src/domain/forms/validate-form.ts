// Validates submitted form values against a flow's field definitions; errors are message keys per field.
import { DateTime } from "luxon";
import { z } from "zod";
import type { FormFieldDef } from "../flow/flow-schema.ts";

export type FieldValue = string | number | boolean | null;
/** A message key with exactly the parameters its sentence names (the catalogue's type checks the pair). */
export type FieldError =
  | {
      key:
        | "form.required"
        | "form.invalid_option"
        | "form.invalid_date"
        | "form.date_in_future"
        | "form.invalid_number";
    }
  | { key: "form.too_long" | "form.too_large"; params: { max: number } }
  | { key: "form.too_small"; params: { min: number } }
  | { key: "form.no_roster"; params: { organisation: string; municipality: string } }
  | { key: "form.no_party_org"; params: { party: string; municipality: string } };
export type FormValidation =
  | { ok: true; values: Record<string, FieldValue> }
  | { ok: false; errors: Record<string, FieldError> };

const DEFAULT_MAX_LENGTH = { text: 200, textarea: 4000 } as const;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

function checkField(
  field: FormFieldDef,
  raw: unknown,
  allowed: readonly string[],
  today: string,
): FieldValue | FieldError {
  if (field.type === "checkbox") return raw === true || raw === "true" || raw === "on";
  if (blank(raw)) return field.required ? { key: "form.required" } : null;
  const value = typeof raw === "string" ? raw.trim() : raw;
  switch (field.type) {
    case "select":
      return typeof value === "string" && allowed.includes(value) ? value : { key: "form.invalid_option" };
    case "number": {
      const n = z.coerce.number().finite().safeParse(value);
      if (!n.success) return { key: "form.invalid_number" };
      if (field.min !== undefined && n.data < field.min) return { key: "form.too_small", params: { min: field.min } };
      if (field.max !== undefined && n.data > field.max) return { key: "form.too_large", params: { max: field.max } };
      return n.data;
    }
    case "date": {
      const d = typeof value === "string" ? DateTime.fromISO(value) : null;
      if (!d?.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(String(value))) return { key: "form.invalid_date" };
      return String(value) > today ? { key: "form.date_in_future" } : String(value);
    }
    default: {
      const text = String(value);
      const max = field.maxLength ?? DEFAULT_MAX_LENGTH[field.type];
      return text.length > max ? { key: "form.too_long", params: { max } } : text;
    }
  }
}

/**
 * @param optionsOf the allowed option values of a select (from the file or the directory)
 * @param today local date "yyyy-MM-dd"; dates after it are refused
 */
export function validateForm(
  fields: readonly FormFieldDef[],
  submitted: Record<string, unknown>,
  optionsOf: (field: FormFieldDef) => readonly string[],
  today: string,
): FormValidation {
  const values: Record<string, FieldValue> = {};
  const errors: Record<string, FieldError> = {};
  for (const field of fields) {
    const result = checkField(field, submitted[field.id], field.type === "select" ? optionsOf(field) : [], today);
    if (result !== null && typeof result === "object") errors[field.id] = result;
    else values[field.id] = result;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, values };
}
