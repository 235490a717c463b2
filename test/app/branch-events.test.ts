// Case events and flags around a branch, called through runAction: a branch runs once per case, ending a branch
// that does not run changes nothing, and lifting its flag while its step already runs does not start it twice.
// Recording a route's outcome refuses an unknown outcome and a route that no longer runs.
import { cpSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/app/context.ts";
import { runAction } from "../../src/app/interactions/run-action.ts";
import { reportCase } from "../../src/app/report-case.ts";
import { must } from "../support/must.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const REPORT = {
  municipality: "bergen-op-zoom",
  corporation: "woonhaven",
  legal_basis: "public_task",
  resident_name: "Planted Huurder",
};
const corporation: Actor = { personId: "anouk-jansen", platform: "local" };
const municipality: Actor = { personId: "pieter-claassen", platform: "local" };

let app: TestApp;
beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "branch-events-"));
  cpSync("flows", dir, { recursive: true });
  cpSync("test/fixtures/flows/achterstand-routes.yaml", path.join(dir, "achterstand-routes.yaml"));
  app = await startTestApp({ flowsDir: dir });
});
afterAll(async () => app?.close());

async function newCase(): Promise<string> {
  const reported = await reportCase({ ctx: app.ctx, actor: corporation, flowId: "achterstand", values: REPORT });
  if (!reported.ok) throw new Error(`the report was refused: ${JSON.stringify(reported.errors)}`);
  return must(await app.ctx.store.read.caseByReference(reported.reference), reported.reference).id;
}
const run = (caseId: string, actionId: string, values: Record<string, unknown>, actor = corporation) =>
  runAction({ ctx: app.ctx, actor, actionId, caseId, values });
async function act(caseId: string, actionId: string, values: Record<string, unknown>) {
  expect(await run(caseId, actionId, values)).toMatchObject({
    kind: "done",
  });
}
const event = (caseId: string, id: string) => act(caseId, "case.record_event", { event: id, reason: "Gebeld" });
const types = async (caseId: string) =>
  (await app.ctx.store.read.events(caseId)).map((e) => e.type).filter((t) => t.startsWith("branch."));
const contactWork = async (caseId: string) =>
  (await app.ctx.store.read.obligations(caseId))
    .filter((o) => o.stepId === "signal_contact")
    .map((o) => `${o.partyId}:${o.status}`);

describe("events around a branch", () => {
  it("records ‘Achterstand betaald’ before the route ran without ending anything", async () => {
    const id = await newCase();
    await event(id, "paid");
    expect(await types(id)).toEqual([]);
    expect(await contactWork(id)).toEqual([]);
  });

  it("does not start the route a second time, also not after it ended", async () => {
    const id = await newCase();
    await event(id, "new_arrears");
    await event(id, "new_arrears");
    expect(await types(id)).toEqual(["branch.started"]);
    expect(await contactWork(id)).toEqual(["wmo:open"]);
    await event(id, "paid");
    await event(id, "new_arrears");
    expect(await types(id)).toEqual(["branch.started", "branch.ended"]);
    expect(await contactWork(id)).toEqual(["wmo:cancelled"]);
  });

  it("lifting the objection while the route's step already runs does not start that step again", async () => {
    const id = await newCase();
    await event(id, "new_arrears");
    await act(id, "case.set_flag", { flag: "objection" });
    await act(id, "case.lift_flag", { flag: "objection" });
    expect(await contactWork(id)).toEqual(["wmo:open"]);
    expect((await app.ctx.store.read.events(id)).filter((e) => e.type === "step.blocked")).toEqual([]);
  });
});

describe("a route's outcome", () => {
  it("refuses an outcome the route does not have, and a route that no longer runs; nothing is recorded", async () => {
    const id = await newCase();
    await event(id, "new_arrears");
    for (const outcome of ["early_route.nonsense", "elsewhere.help_accepted", 42]) {
      expect(await run(id, "case.branch_outcome", { outcome }, municipality)).toEqual({
        kind: "field_errors",
        errors: { outcome: "Kies een van de opties." },
      });
    }
    expect(await types(id)).toEqual(["branch.started"]);
    await event(id, "paid");
    expect(await run(id, "case.branch_outcome", { outcome: "early_route.help_accepted" }, municipality)).toMatchObject({
      kind: "error",
      error: "Route ‘Vroegsignalering’ loopt niet (meer).",
    });
    expect((await app.ctx.store.read.events(id)).filter((e) => e.type === "branch.ended")).toMatchObject([
      { data: { reason: "event", outcome: null } },
    ]);
  });
});

describe("the date a route starts from", () => {
  it("refuses a date that is not a day and an empty form, and plans no route", async () => {
    const id = await newCase();
    for (const arrears_start of ["2026-13-45", "2 november"]) {
      expect(await run(id, "case.enter_dates", { arrears_start })).toEqual({
        kind: "field_errors",
        errors: { arrears_start: "Vul een geldige datum in (jjjj-mm-dd)." },
      });
    }
    expect(await run(id, "case.enter_dates", { arrears_start: " " })).toEqual({
      kind: "field_errors",
      errors: { arrears_start: "Vul dit veld in." },
    });
    expect((await app.ctx.store.read.events(id)).filter((e) => e.type.startsWith("dates"))).toEqual([]);
  });
});
