// An AppError's sentence parameters are checked against the sentence's Dutch text, as `t` does: a missing,
// misspelt or surplus parameter fails `tsc` (the @ts-expect-error lines fail it when they stop being errors).
import { describe, expect, it } from "vitest";
import { AppError } from "../../src/app/errors.ts";
import { failureResult } from "../../src/app/interactions/result.ts";
import { silentLog } from "../support/test-app.ts";

const shown = (error: AppError) => failureResult(error, "nl", silentLog, {});

describe("the parameters of an AppError", () => {
  it("shows the person the sentence with its parameters filled in", () => {
    const error = new AppError("invalid_state", "error.no_open_step", { reference: "OV-2026-0042" }, "log line");
    expect(shown(error)).toEqual({
      kind: "error",
      code: "invalid_state",
      error: "Melding OV-2026-0042 heeft geen openstaande stap.",
    });
    expect(error.message).toBe("log line");
  });

  it("takes no parameters for a sentence without placeholders, and logs its code and key then", () => {
    const error = new AppError("conflict", "error.conflict");
    expect(shown(error)).toMatchObject({
      error: "Iemand anders wijzigde de melding op hetzelfde moment. Probeer het nog eens.",
    });
    expect(error.message).toBe("conflict: error.conflict");
  });

  it("shows per-field problems next to the fields instead of one sentence", () => {
    const fieldErrors = { motivation: { key: "form.too_long", params: { max: 40 } } } as const;
    const error = new AppError("invalid_input", "form.too_long", { max: 40 }, "too long", fieldErrors);
    expect(shown(error)).toEqual({ kind: "field_errors", errors: { motivation: "Gebruik hoogstens 40 tekens." } });
  });

  it("refuses a missing, misspelt or surplus parameter at compile time", () => {
    const made = [
      // @ts-expect-error the sentence needs {reference}
      new AppError("invalid_state", "error.no_open_step"),
      // @ts-expect-error the sentence needs {reference}
      new AppError("invalid_state", "error.no_open_step", {}, "log"),
      // @ts-expect-error {reference} misspelt
      new AppError("invalid_state", "error.no_open_step", { referense: "OV-1" }, "log"),
      // @ts-expect-error the sentence has no placeholders
      new AppError("conflict", "error.conflict", { reference: "OV-1" }),
      // @ts-expect-error one of two placeholders missing
      new AppError("not_allowed", "error.not_owner", { step: "Plan" }),
    ];
    expect(made.map((e) => e.messageKey)).toEqual([
      "error.no_open_step",
      "error.no_open_step",
      "error.no_open_step",
      "error.conflict",
      "error.not_owner",
    ]);
  });
});
