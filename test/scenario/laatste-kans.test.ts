// The last-chance trajectory (flows/laatste-kans.yaml) through the console API: a breach starts the yellow card
// and escalates, a red card (a case event with `closes`) closes the case like a close by hand, the reason it
// ended is shown in full only to the parties the flow names (coarse on the channel, for the municipality and in
// the export), the flow's KPIs count it, and a second trajectory for the household is refused before a case exists.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseDriver } from "../support/case-driver.ts";
import { flowsWithKpis } from "../support/flows-with-kpis.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let app: TestApp;
let drive: ReturnType<typeof caseDriver>;
beforeAll(async () => {
  app = await startTestApp({ flowsDir: flowsWithKpis("laatste-kans.yaml") });
  drive = caseDriver(app.url);
});
afterAll(async () => app?.close());

const REPORT = {
  municipality: "bergen-op-zoom",
  corporation: "woonhaven",
  care_provider: "zorggroep-kompas",
  legal_basis: "consent",
  resident_name: "Planted Huurder",
  address: "Kansweg 12",
  budget_management: true,
};
const PARTIES = ["anouk-jansen", "hanna-visser", "pieter-claassen"];
let caseRef = "";

describe("laatstekanstraject", () => {
  it("starts the yellow card on a breach and escalates to the steering group", async () => {
    ({ caseRef } = await drive.report("anouk-jansen", "/laatstekans", REPORT));
    expect(caseRef).toMatch(/^LK-2026-/);
    for (const who of PARTIES) await drive.press(who, caseRef, "case.acknowledge");
    expect(await drive.field(caseRef, "Stap")).toBe("Driepartijenovereenkomst getekend");
    const breach = await drive.press("hanna-visser", caseRef, "case.record_event", {
      event: "breach",
      reason: "afspraken begeleiding niet nagekomen",
    });
    expect(breach.body.ok).toBe(true);
    expect(await drive.partyField("pieter-claassen", caseRef, "Niveau")).toBe("Stuurgroep laatste kans");
    expect(await drive.partyField("pieter-claassen", caseRef, "Routes")).toBe("Gele kaart: Gesprek na schending");
  });

  it("closes the case on a red card, with the full reason only for the corporation and the care provider", async () => {
    const red = await drive.press("anouk-jansen", caseRef, "case.record_event", {
      event: "red_card",
      reason: "opnieuw ernstige overlast",
    });
    expect(red.body.ok).toBe(true);
    expect(await drive.field(caseRef, "Status")).toBe("Afgesloten");
    expect((await drive.card(caseRef)).card?.actions.map((a) => a.id)).toEqual(["case.details", "case.reopen"]);
    expect(await drive.partyField("anouk-jansen", caseRef, "Uitkomst")).toBe("Traject beëindigd na rode kaart");
    expect(await drive.partyField("hanna-visser", caseRef, "Uitkomst")).toBe("Traject beëindigd na rode kaart");
    expect(await drive.partyField("pieter-claassen", caseRef, "Uitkomst")).toBe("Traject beëindigd");
    const channel = JSON.stringify(await drive.api.messages("wbw-casuistiek"));
    expect(channel).not.toContain("rode kaart");
    const after = await drive.press("hanna-visser", caseRef, "case.record_event", { event: "breach", reason: "x" });
    expect(after.body.ok).not.toBe(true);
  });

  it("counts the red card in the flow's KPIs and exports only the coarse outcome", async () => {
    const csv = (table: string) =>
      fetch(`${app.url}/api/export.csv?from=2026-11-01&to=2026-12-31&table=${table}`).then((r) => r.text());
    const kpis = (await csv("kpis")).split("\n");
    expect(kpis).toContain("laatste_kans,success,Slagingspercentage,rate,0,0,1,2026-11-01,2026-12-31");
    expect(kpis).toContain("laatste_kans,red_cards,Rode kaarten,count,1,1,,2026-11-01,2026-12-31");
    const row = (await csv("cases")).split("\n").find((l) => l.includes("laatste_kans"));
    expect(row).toContain(",Traject beëindigd,evicted");
    expect(row).not.toContain("rode kaart");
  });

  it("refuses a second trajectory for the same household within 36 months, before a case is created", async () => {
    const before = (await drive.api.messages("wbw-casuistiek")).length;
    const form = (await drive.api.command("anouk-jansen", "/laatstekans")).body.form;
    const refused = await drive.api.submit("anouk-jansen", form.id, { ...REPORT, address: " kansweg 12" });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe(
      "Dit huishouden had de afgelopen 36 maanden al een laatstekanstraject. Overleg met de coördinator.",
    );
    expect((await drive.api.messages("wbw-casuistiek")).length).toBe(before);
    const other = await drive.report("anouk-jansen", "/laatstekans", { ...REPORT, address: "Anderweg 1" });
    expect(other.caseRef).toMatch(/^LK-2026-/);
  });
});
