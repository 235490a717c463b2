// Report forms: required fields, options, dates and lengths come back as error keys per field.
import { describe, expect, it } from "vitest";
import type { FormFieldDef } from "../../src/domain/flow/flow-schema.ts";
import { validateForm } from "../../src/domain/forms/validate-form.ts";

const field = (f: Partial<FormFieldDef> & Pick<FormFieldDef, "id" | "type">): FormFieldDef =>
  ({ label: f.id, required: false, personal: false, showOnCard: false, ...f }) as FormFieldDef;
const fields = [
  field({ id: "kind", type: "select", required: true }),
  field({ id: "when", type: "date", required: true, personal: true }),
  field({ id: "story", type: "textarea", personal: true, maxLength: 10 }),
  field({ id: "count", type: "number" }),
  field({ id: "urgent", type: "checkbox" }),
];
const validate = (values: Record<string, unknown>) => validateForm(fields, values, () => ["a", "b"], "2026-11-23");

describe("validateForm", () => {
  it("accepts and normalises valid values", () => {
    expect(validate({ kind: "a", when: "2026-11-20", story: "  kort  ", count: "3", urgent: "on" })).toEqual({
      ok: true,
      values: { kind: "a", when: "2026-11-20", story: "kort", count: 3, urgent: true },
    });
  });

  it("reports every problem per field", () => {
    const result = validate({ kind: "z", when: "2026-12-01", story: "veel te lange tekst", count: "drie" });
    expect(result).toEqual({
      ok: false,
      errors: {
        kind: { key: "form.invalid_option" },
        when: { key: "form.date_in_future" },
        story: { key: "form.too_long", params: { max: 10 } },
        count: { key: "form.invalid_number" },
      },
    });
  });

  it("treats blanks as missing and rejects impossible dates", () => {
    const result = validate({ kind: " ", when: "2026-02-30" });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toEqual({ kind: { key: "form.required" }, when: { key: "form.invalid_date" } });
  });
});
