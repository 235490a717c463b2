// A branch a party starts by hand, with its own calendar-anchored deadline and the ladder (owner, then deputy),
// while the main line keeps its own anchored deadlines; and a limit on a case event. Through the console API,
// from the flow file alone (the branch fixture with optInBy, anchors and a limit edited in).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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
const LIMIT = `
limits:
  - id: one_new_arrears
    count: { event: new_arrears }
    per: case
    max: 1
    message: Een nieuwe achterstand is bij deze melding al vastgelegd. Overleg met de coördinator.
`;
const EDITS: [string, string][] = [
  ["    blockedBy: objection\n", "    optInBy: [corporation]\n    blockedBy: objection\n"],
  [
    "label: Aanmaning, owner: corporation, deadline: { amount: 10, unit: workingDays }",
    "label: Aanmaning, owner: corporation, deadline: { month: 2, day: end }",
  ],
  ["owner: corporation, deadline: { amount: 10, unit: workingDays } }", "owner: corporation, deadline: { month: 3 } }"],
  [
    "owner: wmo, deadline: { amount: 3, unit: workingDays }",
    'owner: wmo, deadline: { month: 1, day: 5, from: "date:arrears_start" }',
  ],
];

function optInFlows(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "branch-opt-in-"));
  cpSync("flows", dir, { recursive: true });
  let text = readFileSync("test/fixtures/flows/achterstand-routes.yaml", "utf8");
  for (const [from, to] of EDITS) {
    if (!text.includes(from)) throw new Error(`the branch fixture no longer contains ${from}`);
    text = text.replace(from, to);
  }
  writeFileSync(path.join(dir, "achterstand-routes.yaml"), `${text}${LIMIT}`);
  return dir;
}

let app: TestApp;
let drive: ReturnType<typeof caseDriver>;
beforeAll(async () => {
  app = await startTestApp({ flowsDir: optInFlows() });
  drive = caseDriver(app.url);
});
afterAll(async () => app?.close());

const dmsAbout = async (who: string, ref: string, start: string) =>
  (await drive.dm(who)).filter((t) => t.includes(ref) && t.startsWith(start));

describe("a branch a party opts into, with its own anchored deadline and ladder", () => {
  let ref = "";
  it("anchors the main line's first deadline at the end of the second month", async () => {
    ({ caseRef: ref } = await drive.report("anouk-jansen", "/achterstand", REPORT));
    // Reported Monday 23 November 2026: the end of January is Sunday the 31st, so Monday 1 February.
    expect(await drive.field(ref, "Wacht op")).toBe("Woonstichting Woonhaven (ma 1 feb 17:00)");
    const entered = await drive.press("anouk-jansen", ref, "case.enter_dates", { arrears_start: "2026-11-02" });
    expect(entered.body.ok).toBe(true);
  });

  it("offers the route to the corporation and starts it at once, due on the 5th after the arrears began", async () => {
    const form = (await drive.api.action("anouk-jansen", (await drive.card(ref)).id, "case.opt_in")).body.form;
    const options = form.fields[0].options.map((o: { value: string; label: string }) => `${o.value}: ${o.label}`);
    expect(options).toEqual(["time_out: Time-out bij zorgcrisis", "early_route: Route: Vroegsignalering"]);
    expect((await drive.api.submit("anouk-jansen", form.id, { step: "early_route" })).body.ok).toBe(true);
    expect(await drive.partyField("anouk-jansen", ref, "Routes")).toBe("Vroegsignalering: Contactpoging gemeente");
    // Day 5 of the month after 2 November is Saturday 5 December: Monday 7 December.
    expect(await drive.field(ref, "Wacht op")).toContain(
      "Wmo-loket Bergen op Zoom · Contactpoging gemeente (ma 7 dec 17:00)",
    );
    expect((await dmsAbout("pieter-claassen", ref, "")).length).toBeGreaterThan(0);
    const again = (await drive.api.action("anouk-jansen", (await drive.card(ref)).id, "case.opt_in")).body.form;
    expect(again.fields[0].options.map((o: { value: string }) => o.value)).toEqual(["time_out"]);
  });

  it("reminds the municipality's contact, then its deputy, when the route's step is late; not the main line", async () => {
    await drive.api.advance({ workingDays: 11 }); // Tuesday 8 December
    expect(await dmsAbout("pieter-claassen", ref, "Herinnering: ‘Contactpoging gemeente’")).toHaveLength(1);
    expect(await dmsAbout("quinty-vermeulen", ref, "Je bent vervanger")).toEqual([]);
    expect(await drive.thread(ref)).toContain(
      "Termijn verstreken voor ‘Contactpoging gemeente’ van Wmo-loket Bergen op Zoom: contactpersoon herinnerd.",
    );
    await drive.api.advance({ workingDays: 1 });
    expect(await dmsAbout("quinty-vermeulen", ref, "Je bent vervanger voor Wmo-loket Bergen op Zoom.")).toHaveLength(1);
    expect(await dmsAbout("anouk-jansen", ref, "Herinnering")).toEqual([]);
    expect(await drive.field(ref, "Stap")).toBe("Aanmaning");
  });

  it("plans the next main-line step 'in the third month': due on its last working day", async () => {
    expect((await drive.press("anouk-jansen", ref, "case.complete_step", { note: "" })).body.ok).toBe(true);
    expect(await drive.field(ref, "Stap")).toBe("Gesprek over betaling");
    // Completed Wednesday 9 December 2026: the third month after is March 2027, ending on Wednesday the 31st.
    expect(await drive.field(ref, "Wacht op")).toContain("Woonstichting Woonhaven (wo 31 mrt 17:00)");
  });
});

describe("a limit on a case event", () => {
  it("records ‘Nieuwe achterstand’ once per case and refuses the second with the flow's sentence", async () => {
    const { caseRef: ref } = await drive.report("anouk-jansen", "/achterstand", REPORT);
    const first = await drive.press("anouk-jansen", ref, "case.record_event", { event: "new_arrears", reason: "1" });
    expect(first.body.ok).toBe(true);
    const second = await drive.press("anouk-jansen", ref, "case.record_event", { event: "new_arrears", reason: "2" });
    expect(second.status).toBe(409);
    expect(second.body.error).toBe(
      "Een nieuwe achterstand is bij deze melding al vastgelegd. Overleg met de coördinator.",
    );
    const c = await app.ctx.store.read.caseByReference(ref);
    const recorded = (await app.ctx.store.read.events(c?.id ?? "")).filter((e) => e.type === "case_event.recorded");
    expect(recorded).toHaveLength(1);
  });
});
