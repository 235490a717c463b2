// A report refused before any case exists, as the reporter sees it on any platform: an organisation with no fixed
// contact in the municipality (named under its field), a report form of a flow that no longer exists, and an
// unknown flow; the next report that does go through still gets the first free reference.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/app/context.ts";
import { failureResult } from "../../src/app/interactions/result.ts";
import { submitForm } from "../../src/app/interactions/submit-form.ts";
import { reportCase } from "../../src/app/report-case.ts";
import { REPORT_BERGEN_OP_ZOOM } from "../support/fixtures.ts";
import { silentLog, startTestApp, type TestApp } from "../support/test-app.ts";

const femke: Actor = { personId: "femke-de-wit", platform: "local" };

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.close());

const submit = (formId: string, values: Record<string, unknown>) =>
  submitForm({ ctx: app.ctx, actor: femke, formId, values });

describe("a report refused before a case exists", () => {
  it("names an organisation without a fixed contact in the municipality under its field", async () => {
    const values = { ...REPORT_BERGEN_OP_ZOOM, corporation: "wonen-aan-de-vliet" };
    expect(await submit("report:overlast", values)).toEqual({
      kind: "field_errors",
      errors: {
        corporation:
          "Wonen aan de Vliet heeft in Bergen op Zoom geen vaste contactpersoon. Vraag de coördinator het rooster " +
          "aan te vullen.",
      },
    });
    // Nothing was stored: the next report that goes through is the first case of the year.
    expect(await submit("report:overlast", REPORT_BERGEN_OP_ZOOM)).toMatchObject({
      kind: "done",
      caseRef: "OV-2026-0001",
    });
  });

  it("says a report form of a flow that does not exist has expired", async () => {
    expect(await submit("report:verdwenen", REPORT_BERGEN_OP_ZOOM)).toEqual({
      kind: "error",
      code: "invalid_input",
      error: "Dit formulier is verlopen of onbekend. Open het opnieuw.",
    });
  });

  it("refuses a report for an unknown flow with its name", async () => {
    const refused = await reportCase({ ctx: app.ctx, actor: femke, flowId: "verdwenen", values: {} }).catch(
      (error: unknown) => failureResult(error, "nl", silentLog, {}),
    );
    expect(refused).toEqual({ kind: "error", code: "not_found", error: "Er is geen protocol voor verdwenen." });
  });
});
