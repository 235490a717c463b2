// Branches from the flow file alone, through the console API: an early-signal route starts by itself 30 days
// after the arrears began, waits while the tenant objects (the main line runs on), brings the municipality in
// when it really starts, runs its steps in order and ends with an outcome the corporation sees only coarsely.
// Case events start and end the route. An opt-in time-out pauses the other clocks of the case.
import { cpSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseDriver } from "../support/case-driver.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const REPORT = {
  municipality: "bergen-op-zoom",
  corporation: "woonhaven",
  legal_basis: "public_task",
  resident_name: "Planted Huurder",
};

function branchFlows(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "branch-flows-"));
  cpSync("flows", dir, { recursive: true });
  cpSync("test/fixtures/flows/achterstand-routes.yaml", path.join(dir, "achterstand-routes.yaml"));
  return dir;
}

let app: TestApp;
let drive: ReturnType<typeof caseDriver>;
beforeAll(async () => {
  app = await startTestApp({ flowsDir: branchFlows() });
  drive = caseDriver(app.url);
});
afterAll(async () => app?.close());

const wmoDms = async (ref: string) => (await drive.dm("pieter-claassen")).filter((t) => t.includes(ref));
const details = async (who: string, ref: string) => JSON.stringify((await drive.press(who, ref, "case.details")).body);

describe("a branch that starts on a date threshold and is blocked by its own flag", () => {
  let ref = "";
  it("plans the route 30 days after the entered date and keeps the municipality out until then", async () => {
    ({ caseRef: ref } = await drive.report("anouk-jansen", "/achterstand", { ...REPORT, objection: true }));
    expect(ref).toMatch(/^HA-/);
    const entered = await drive.press("anouk-jansen", ref, "case.enter_dates", { arrears_start: "2026-11-02" });
    expect(entered.body.ok).toBe(true);
    expect(await drive.partyField("anouk-jansen", ref, "Routes")).toBeUndefined();
    expect(await wmoDms(ref)).toEqual([]);
  });

  it("starts the route on Wednesday 2 December, held by the objection: only the branch waits", async () => {
    await drive.api.advance({ workingDays: 7 }); // Wednesday 2 December 2026
    expect(await drive.partyField("anouk-jansen", ref, "Routes")).toBe(
      "Vroegsignalering: wacht (Contactpoging gemeente geblokkeerd)",
    );
    expect(await drive.field(ref, "Stap")).toBe("Aanmaning");
    expect(await drive.field(ref, "Wacht op")).toMatch(/^Woonstichting Woonhaven \(/);
    expect(await wmoDms(ref)).toEqual([]);
    expect((await drive.press("pieter-claassen", ref, "case.details")).status).toBe(403);
  });

  it("brings the municipality in when the objection is lifted and runs the route's steps in order", async () => {
    expect((await drive.press("anouk-jansen", ref, "case.lift_flag", { flag: "objection" })).body.ok).toBe(true);
    expect(await drive.partyField("anouk-jansen", ref, "Routes")).toBe("Vroegsignalering: Contactpoging gemeente");
    expect((await wmoDms(ref)).length).toBeGreaterThan(0);
    expect(await drive.field(ref, "Wacht op")).toContain("Wmo-loket Bergen op Zoom · Contactpoging gemeente");
    expect((await drive.press("pieter-claassen", ref, "case.complete_step", { note: "" })).body.ok).toBe(true);
    expect(await drive.partyField("anouk-jansen", ref, "Routes")).toBe("Vroegsignalering: Huisbezoek gemeente");
    expect((await drive.press("pieter-claassen", ref, "case.complete_step", { note: "" })).body.ok).toBe(true);
    expect(await drive.partyField("anouk-jansen", ref, "Routes")).toBe(
      "Vroegsignalering: stappen gedaan, uitkomst nog vast te leggen",
    );
    expect(await drive.field(ref, "Stap")).toBe("Aanmaning");
  });

  it("records the route's outcome without closing the case; the corporation sees only the coarse code", async () => {
    const refused = await drive.press("anouk-jansen", ref, "case.branch_outcome", {
      outcome: "early_route.help_accepted",
    });
    expect(refused.status).toBe(403);
    const recorded = await drive.press("pieter-claassen", ref, "case.branch_outcome", {
      outcome: "early_route.help_accepted",
    });
    expect(recorded.body.ok).toBe(true);
    expect(await drive.partyField("anouk-jansen", ref, "Routes")).toBe("Vroegsignalering: Afgerond");
    expect((await drive.card(ref)).card?.title).toContain(ref);
    expect(await drive.field(ref, "Status")).toBeUndefined();
    expect(await drive.thread(ref)).toContain(
      "Wmo-loket Bergen op Zoom heeft de uitkomst van route ‘Vroegsignalering’ vastgelegd: Afgerond.",
    );
    expect(await details("pieter-claassen", ref)).toContain("Hulp aanvaard (schuldhulptraject)");
    const corporation = await details("anouk-jansen", ref);
    expect(corporation).toContain("Uitkomst route ‘Vroegsignalering’");
    expect(corporation).not.toContain("Hulp aanvaard");
    const channel = JSON.stringify(await drive.api.messages("wbw-casuistiek"));
    expect(channel).not.toContain("Hulp aanvaard");
  });
});

describe("case events start and end a branch", () => {
  it("starts the route at once on ‘Nieuwe achterstand’ and stops its work on ‘Achterstand betaald’", async () => {
    const { caseRef: ref } = await drive.report("anouk-jansen", "/achterstand", REPORT);
    const start = await drive.press("anouk-jansen", ref, "case.record_event", { event: "new_arrears", reason: "x" });
    expect(start.body.ok).toBe(true);
    expect(await drive.partyField("anouk-jansen", ref, "Routes")).toBe("Vroegsignalering: Contactpoging gemeente");
    expect(await drive.field(ref, "Wacht op")).toContain("Contactpoging gemeente");
    const end = await drive.press("anouk-jansen", ref, "case.record_event", { event: "paid", reason: "betaald" });
    expect(end.body.ok).toBe(true);
    expect(await drive.partyField("anouk-jansen", ref, "Routes")).toBe("Vroegsignalering: beëindigd");
    expect(await drive.field(ref, "Wacht op")).not.toContain("Contactpoging gemeente");
    expect(await drive.thread(ref)).toContain("Route ‘Vroegsignalering’ is beëindigd.");
  });
});

describe("an opt-in step that pauses the other clocks", () => {
  it("sends no reminder while the time-out runs, says so on the card, and moves the deadline after it", async () => {
    const { caseRef: ref } = await drive.report("anouk-jansen", "/achterstand", REPORT);
    const reminders = async () =>
      (await drive.dm("anouk-jansen")).filter((t) => t.includes(ref) && t.startsWith("Herinnering")).length;
    const card = await drive.card(ref);
    const optIn = await drive.api.action("anouk-jansen", card.id, "case.opt_in", { step: "time_out" });
    expect(optIn.body.ok).toBe(true);
    expect(await drive.field(ref, "Gepauzeerd")).toBe("Termijnen staan stil zolang ‘Time-out bij zorgcrisis’ loopt");
    expect(await drive.field(ref, "Wacht op")).toContain("Woonstichting Woonhaven (gepauzeerd)");
    await drive.api.advance({ workingDays: 15 }); // well past the reminder's 10 working days
    expect(await reminders()).toBe(0);
    expect(await drive.field(ref, "Wacht op")).not.toContain("te laat");
    expect(await drive.field(ref, "Te laat")).toBeUndefined();
    const done = await drive.api.action("anouk-jansen", (await drive.card(ref)).id, "case.complete_step", {
      note: "",
      step: "time_out",
    });
    expect(done.body.ok).toBe(true);
    expect(await drive.field(ref, "Gepauzeerd")).toBeUndefined();
    expect(await drive.thread(ref)).toContain(
      "‘Time-out bij zorgcrisis’ is klaar: de andere termijnen lopen weer (15 werkdagen later dan gepland).",
    );
    expect(await drive.field(ref, "Wacht op")).not.toContain("te laat");
    await drive.api.advance({ workingDays: 11 });
    expect(await reminders()).toBe(1);
  });
});
