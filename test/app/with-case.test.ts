// The opening the case use-cases share: an unknown person is refused before anything about the case is told, a
// missing case is "not found", and a closed case is refused only where the use-case needs an open one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeCase } from "../../src/app/close-case.ts";
import { withCase } from "../../src/app/case/with-case.ts";
import { AppError } from "../../src/app/errors.ts";
import { caseDriver } from "../support/case-driver.ts";
import { must } from "../support/must.ts";
import { REPORT_ARREARS } from "../support/fixtures.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const ARREARS = { ...REPORT_ARREARS, objection: false };
const corporation = { personId: "anouk-jansen", platform: "local" as const };
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.close());

const refusal = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (error: unknown) => (error instanceof AppError ? { code: error.code, key: error.messageKey } : error),
  );

describe("withCase", () => {
  it("refuses an unknown person before looking at the case, then a missing case", async () => {
    const stranger = { personId: "nobody-here", platform: "local" as const };
    const opening = { actor: stranger, caseId: "no-such-case", mustBeOpen: true };
    expect(await refusal(withCase(app.ctx, opening, async () => "ran"))).toEqual({
      code: "unknown_person",
      key: "error.unknown_person",
    });
    const missing = { actor: corporation, caseId: "no-such-case", mustBeOpen: false };
    expect(await refusal(withCase(app.ctx, missing, async () => "ran"))).toEqual({
      code: "not_found",
      key: "error.case_not_found",
    });
  });

  it("hands over the person and the case, and refuses a closed case only where it must be open", async () => {
    const { caseRef } = await caseDriver(app.url).report("anouk-jansen", "/huisuitzetting", ARREARS);
    const caseId = must(await app.ctx.store.read.caseByReference(caseRef), caseRef).id;
    const seen = await withCase(app.ctx, { actor: corporation, caseId, mustBeOpen: true }, async ({ person, c }) => [
      person.id,
      c.reference,
    ]);
    expect(seen).toEqual(["anouk-jansen", caseRef]);
    const flow = await app.ctx.flows.forCase(must(await app.ctx.store.read.case(caseId), caseRef));
    await closeCase({ ctx: app.ctx, actor: corporation, caseId, outcome: flow.outcomes[0]?.value });
    const closed = withCase(app.ctx, { actor: corporation, caseId, mustBeOpen: true }, async () => "ran");
    expect(await refusal(closed)).toEqual({ code: "invalid_state", key: "error.case_closed" });
    const anyway = withCase(app.ctx, { actor: corporation, caseId, mustBeOpen: false }, async ({ c }) => c.status);
    expect(await anyway).toBe("closed");
  });
});
