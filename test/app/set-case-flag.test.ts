// Recording a flag (the tenant's objection to the early signal): only the party the flow names may set it, the
// step it blocks stops running and its party is told, and setting it twice changes nothing the second time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../src/app/errors.ts";
import { setCaseFlag } from "../../src/app/set-case-flag.ts";
import { caseDriver } from "../support/case-driver.ts";
import { must } from "../support/must.ts";
import { REPORT_ARREARS } from "../support/fixtures.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const ARREARS = { ...REPORT_ARREARS, objection: false };
const corporation = { personId: "anouk-jansen", platform: "local" as const };
let app: TestApp;
let drive: ReturnType<typeof caseDriver>;
beforeAll(async () => {
  app = await startTestApp();
  drive = caseDriver(app.url);
});
afterAll(async () => app?.close());

async function caseAtEarlySignal(): Promise<{ caseRef: string; caseId: string }> {
  const { caseRef } = await drive.report("anouk-jansen", "/huisuitzetting", ARREARS);
  expect((await drive.press("anouk-jansen", caseRef, "case.complete_step", { note: "" })).body.ok).toBe(true);
  expect(await drive.field(caseRef, "Stap")).toBe("Vroegsignaal aan de gemeente");
  const c = must(await app.ctx.store.read.caseByReference(caseRef), `case ${caseRef}`);
  return { caseRef, caseId: c.id };
}
const eventTypes = async (caseId: string) => (await app.ctx.store.read.events(caseId)).map((e) => e.type);
const openSteps = async (caseId: string) =>
  (await app.ctx.store.read.obligations(caseId)).filter((o) => o.status === "open").map((o) => o.stepId);

describe("setting a case flag", () => {
  it("blocks the running step, cancels its open work and tells the corporation why", async () => {
    const { caseRef, caseId } = await caseAtEarlySignal();
    expect(await openSteps(caseId)).toContain("early_signal");
    const pressed = await drive.press("anouk-jansen", caseRef, "case.set_flag", { flag: "objection" });
    expect(pressed.body.ok).toBe(true);
    expect(await openSteps(caseId)).not.toContain("early_signal");
    expect(await eventTypes(caseId)).toEqual(expect.arrayContaining(["flag.set", "step.blocked"]));
    await app.flush();
    expect((await drive.dm("anouk-jansen")).some((t) => t.includes(caseRef) && /bezwaar/i.test(t))).toBe(true);
    const refused = await drive.press("anouk-jansen", caseRef, "case.complete_step", { note: "" });
    expect(refused.status).toBe(409);
  });

  it("records nothing new when the flag is set already", async () => {
    const { caseId } = await caseAtEarlySignal();
    await setCaseFlag({ ctx: app.ctx, actor: corporation, caseId, flag: "objection" });
    const before = await app.ctx.store.read.events(caseId);
    await setCaseFlag({ ctx: app.ctx, actor: corporation, caseId, flag: "objection" });
    expect(await app.ctx.store.read.events(caseId)).toHaveLength(before.length);
  });

  it("refuses a flag the flow does not declare, on the form's flag field", async () => {
    const { caseId } = await caseAtEarlySignal();
    const attempt = setCaseFlag({ ctx: app.ctx, actor: corporation, caseId, flag: "no_such_flag" });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "invalid_input", fieldErrors: { flag: expect.anything() } });
    expect(await eventTypes(caseId)).not.toContain("flag.set");
  });

  it("refuses someone whose party may not set it, and a case that does not exist", async () => {
    const { caseId } = await caseAtEarlySignal();
    const municipality = { personId: "pieter-claassen", platform: "local" as const };
    await expect(setCaseFlag({ ctx: app.ctx, actor: municipality, caseId, flag: "objection" })).rejects.toMatchObject({
      code: "not_allowed",
    });
    await expect(
      setCaseFlag({ ctx: app.ctx, actor: corporation, caseId: "no-such-case", flag: "objection" }),
    ).rejects.toMatchObject({ code: "invalid_input" });
    expect(await eventTypes(caseId)).not.toContain("flag.set");
  });
});
