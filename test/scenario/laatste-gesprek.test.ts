// The last meeting after an eviction ruling (flows/laatste-gesprek.yaml) through the console API: the corporation
// reports the ruling, enters the eviction date, the municipality's meeting is due 5 working days before it with a
// private agenda, and paying the arrears in full (a case event with `closes`) calls the eviction off.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseDriver } from "../support/case-driver.ts";
import { flowsWithKpis } from "../support/flows-with-kpis.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let app: TestApp;
let drive: ReturnType<typeof caseDriver>;
beforeAll(async () => {
  app = await startTestApp({ flowsDir: flowsWithKpis("laatste-gesprek.yaml") });
  drive = caseDriver(app.url);
});
afterAll(async () => app?.close());

const view = async (who: string, ref: string) => {
  const fields = (await drive.press(who, ref, "case.details")).body.view.fields as { label: string; value: string }[];
  return new Map(fields.map((f) => [f.label, f.value]));
};
let caseRef = "";

describe("laatste gesprek na vonnis", () => {
  it("plans the last meeting 5 working days before the eviction, with an agenda for the parties only", async () => {
    ({ caseRef } = await drive.report("anouk-jansen", "/laatstegesprek", {
      municipality: "bergen-op-zoom",
      corporation: "woonhaven",
      legal_basis: "public_task",
      resident_name: "Planted Huurder",
      address: "Vonnisstraat 3",
      children: true,
      arrears_amount: "2400",
    }));
    expect(caseRef).toMatch(/^LG-2026-/);
    const dates = await drive.press("anouk-jansen", caseRef, "case.enter_dates", {
      ruling: "2026-11-20",
      eviction: "2026-12-17",
    });
    expect(dates.body.ok).toBe(true);
    expect(await drive.field(caseRef, "Stap")).toBe("Uitnodiging laatste gesprek");
    expect((await drive.press("pieter-claassen", caseRef, "case.complete_step", { note: "" })).body.ok).toBe(true);
    expect(await drive.field(caseRef, "Stap")).toBe("Laatste gesprek");
    // Five working days before Thursday 17 December 2026.
    expect(await drive.field(caseRef, "Wacht op")).toBe("Wmo-loket Bergen op Zoom (do 10 dec 17:00)");
    const agenda = (await view("pieter-claassen", caseRef)).get("Tekst: Agenda laatste gesprek");
    expect(agenda).toContain(`Laatste gesprek ${caseRef}, ontruiming`);
    expect(agenda).toContain("1. Achterstand 2400 euro");
    expect(agenda).toContain("2. Kinderen in het huishouden: jeugdteam betrekken");
    expect(JSON.stringify(await drive.api.messages("wbw-casuistiek"))).not.toContain("jeugdteam");
  });

  it("closes the case as suspended when the corporation records that the arrears were paid in full", async () => {
    const paid = await drive.press("anouk-jansen", caseRef, "case.record_event", {
      event: "paid_in_full",
      reason: "volledig overgemaakt",
    });
    expect(paid.body.ok).toBe(true);
    expect(await drive.field(caseRef, "Status")).toBe("Afgesloten");
    expect(await drive.partyField("pieter-claassen", caseRef, "Uitkomst")).toBe("Ontruiming opgeschort of afgeblazen");
    const dms = await drive.dm("pieter-claassen");
    expect(
      dms.some((t) => t.startsWith("Woonstichting Woonhaven heeft vastgelegd: ‘Achterstand volledig betaald’.")),
    ).toBe(true);
    const kpis = await (await fetch(`${app.url}/api/export.csv?from=2026-11-01&to=2026-12-31&table=kpis`)).text();
    expect(kpis.split("\n")).toContain(
      "laatste_gesprek,prevented_share,Voorkomen na vonnis,rate,100,1,1,2026-11-01,2026-12-31",
    );
  });
});
