// Rules from the flow file alone, through the console API: at most one payment plan per household per 12
// months (refused with the flow's own Dutch sentence, across cases), and bounds on a value entered when a step
// is completed (not only on the report form).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseDriver } from "../support/case-driver.ts";
import { REPORT_ARREARS } from "../support/fixtures.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const STEP = "    label: Aanmaning en contactpoging corporatie\n    owner: corporation\n";
const FIELDS =
  "    fields:\n" +
  "      - { id: contact_attempts, label: Aantal contactpogingen, type: number, required: true, min: 1, max: 10 }\n";
const LIMIT = `
limits:
  - id: one_payment_plan
    count: { step: payment_plan }
    per: household
    max: 1
    within: { amount: 12, unit: months }
    message: Dit huishouden had de afgelopen 12 maanden al een betalingsregeling. Overleg met de coördinator.
`;

function ruleFlows(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rule-flows-"));
  cpSync("flows", dir, { recursive: true });
  const file = path.join(dir, "dreigende-huisuitzetting.yaml");
  const text = readFileSync(file, "utf8");
  if (!text.includes(STEP)) throw new Error("the eviction flow no longer has the step this test edits");
  writeFileSync(file, `${text.replace(STEP, STEP + FIELDS)}${LIMIT}`);
  return dir;
}

const ARREARS = { ...REPORT_ARREARS, arrears_amount: "900" };
let app: TestApp;
let drive: ReturnType<typeof caseDriver>;
beforeAll(async () => {
  app = await startTestApp({ flowsDir: ruleFlows() });
  drive = caseDriver(app.url);
});
afterAll(async () => app?.close());

/** Reports a case and completes the reminder step with a number of contact attempts. */
async function atEarlySignal(address: string): Promise<string> {
  const { caseRef } = await drive.report("anouk-jansen", "/huisuitzetting", { ...ARREARS, address });
  const done = await drive.press("anouk-jansen", caseRef, "case.complete_step", { contact_attempts: "2", note: "" });
  expect(done.body.ok).toBe(true);
  return caseRef;
}

describe("bounds on a value entered during a step", () => {
  it("asks the step's own field, refuses a value out of bounds and records a good one", async () => {
    const { caseRef } = await drive.report("anouk-jansen", "/huisuitzetting", { ...ARREARS, address: "Elders 9" });
    const form = (await drive.api.action("anouk-jansen", (await drive.card(caseRef)).id, "case.complete_step")).body
      .form;
    expect(form.fields.map((f: { id: string }) => f.id)).toEqual(["contact_attempts", "note"]);
    const low = await drive.api.submit("anouk-jansen", form.id, { contact_attempts: "0", note: "" });
    expect(low.body.errors).toEqual({ contact_attempts: "Vul minstens 1 in." });
    const high = await drive.press("anouk-jansen", caseRef, "case.complete_step", { contact_attempts: "11" });
    expect(high.body.errors).toEqual({ contact_attempts: "Vul hoogstens 10 in." });
    expect(await drive.field(caseRef, "Stap")).toBe("Aanmaning en contactpoging corporatie");
    const ok = await drive.press("anouk-jansen", caseRef, "case.complete_step", { contact_attempts: "3", note: "" });
    expect(ok.body.ok).toBe(true);
    expect(await drive.field(caseRef, "Stap")).toBe("Vroegsignaal aan de gemeente");
    const c = await app.ctx.store.read.caseByReference(caseRef);
    const completed = (await app.ctx.store.read.events(c?.id ?? "")).find((e) => e.type === "step.completed");
    expect(completed?.data.values).toEqual({ contact_attempts: 3 });
  });
});

describe("at most one payment plan per household per 12 months", () => {
  it("refuses a second payment plan for the same household on another case, not for another household", async () => {
    const first = await atEarlySignal("Plantedlaan 3");
    const started = await drive.press("anouk-jansen", first, "case.opt_in", { step: "payment_plan" });
    expect(started.body.ok).toBe(true);
    const second = await atEarlySignal("plantedlaan 3 ");
    const refused = await drive.press("anouk-jansen", second, "case.opt_in", { step: "payment_plan" });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe(
      "Dit huishouden had de afgelopen 12 maanden al een betalingsregeling. Overleg met de coördinator.",
    );
    expect(await drive.field(second, "Opgeschort")).toBeUndefined();
    const other = await atEarlySignal("Andere straat 1");
    expect((await drive.press("anouk-jansen", other, "case.opt_in", { step: "payment_plan" })).body.ok).toBe(true);
  });
});
