// A sentence's parameters are checked by the type checker against its Dutch text: a missing, misspelt or
// surplus parameter fails `tsc` (the @ts-expect-error lines below fail it when they stop being errors).
import { describe, expect, expectTypeOf, it } from "vitest";
import { en } from "../../src/i18n/en.ts";
import { type MessageKey, type ParamsOf, type Placeholders, t } from "../../src/i18n/messages.ts";
import { nl } from "../../src/i18n/nl.ts";

const placeholders = (template: string) => new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

describe("message parameters", () => {
  it("reads the placeholders from the template text", () => {
    expectTypeOf<Placeholders<"Melding {reference} bij {organisation}.">>().toEqualTypeOf<
      "reference" | "organisation"
    >();
    expectTypeOf<Placeholders<"Geen parameters.">>().toEqualTypeOf<never>();
    expectTypeOf<Placeholders<"{a}{b} en { geen }">>().toEqualTypeOf<"a" | "b">();
    expectTypeOf<ParamsOf<"form.too_long">>().toEqualTypeOf<Record<"max", string | number>>();
  });

  it("fills in the parameters a sentence names", () => {
    expect(t("nl", "form.too_long", { max: 120 })).toBe("Gebruik hoogstens 120 tekens.");
    expect(t("en", "form.too_long", { max: 120 })).toBe("Use at most 120 characters.");
    expect(t("nl", "form.required")).toBe("Vul dit veld in.");
  });

  it("refuses a missing, misspelt or surplus parameter at compile time", () => {
    // @ts-expect-error the sentence needs {max}
    expect(t("nl", "form.too_long")).toBe("Gebruik hoogstens {max} tekens.");
    // @ts-expect-error {max} misspelt
    expect(t("nl", "form.too_long", { maks: 120 })).toBe("Gebruik hoogstens {max} tekens.");
    // @ts-expect-error the sentence has no placeholders
    expect(t("nl", "form.required", { max: 1 })).toBe("Vul dit veld in.");
    // @ts-expect-error one of two placeholders missing
    expect(t("nl", "form.date_before", { other: "de melding" })).toContain("{date}");
  });

  it("leaves a key chosen at run time open (it travels with its own parameters)", () => {
    const stored: { key: MessageKey; params: Record<string, string> } = { key: "form.too_long", params: { max: "5" } };
    expect(t("nl", stored.key, stored.params)).toBe("Gebruik hoogstens 5 tekens.");
  });

  it("gives every English sentence the same placeholders as its Dutch twin (the types read only the Dutch)", () => {
    const differing = (Object.keys(nl) as MessageKey[]).filter((key) => {
      const [dutch, english] = [placeholders(nl[key]), placeholders(en[key])];
      return dutch.size !== english.size || [...english].some((name) => !dutch.has(name));
    });
    expect(differing).toEqual([]);
  });
});
