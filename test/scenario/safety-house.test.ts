// Once the ladder alerts the Zorg- en Veiligheidshuis, its contact can see what it is asked to act on: the parties'
// card in its message and on request, and the private details (each view on the timeline); before, nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseDriver } from "../support/case-driver.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const ZVH = "vera-schouten";
let app: TestApp;
let drive: ReturnType<typeof caseDriver>;
let caseRef = "";
beforeAll(async () => {
  app = await startTestApp();
  drive = caseDriver(app.url);
  ({ caseRef } = await drive.report("femke-de-wit", "/overlast", {
    municipality: "bergen-op-zoom",
    corporation: "woonhaven",
    care_provider: "zorggroep-kompas",
    category: "threats",
    triage: "vulnerable_household",
    urgency: "crisis",
    legal_basis: "vital_interest",
    resident_name: "Planted Bewoner",
    address: "Plantedstraat 1",
    incident_date: "2026-11-20",
    description: "D",
  }));
});
afterAll(async () => app?.close());

const dmCard = async () =>
  (await drive.api.call("GET", `/api/channels/dm-${ZVH}/messages?as=${ZVH}`)).body.find(
    (m: { card?: { title: string } }) => m.card?.title.startsWith(`${caseRef} `),
  ) as { id: string; card: { fields: { label: string; value: string }[]; actions: { id: string }[] } } | undefined;

describe("the Zorg- en Veiligheidshuis on the ladder", () => {
  it("sees nothing of the case before the ladder reaches it", async () => {
    expect(await dmCard()).toBeUndefined();
    expect((await drive.press(ZVH, caseRef, "case.details")).status).toBe(403);
    expect(await drive.partyField(ZVH, caseRef, "Urgentie")).toBeUndefined();
  });

  it("once alerted, gets the parties' card and can open the details it is asked to act on", async () => {
    for (let day = 0; day < 5; day++) await drive.api.advance({ workingDays: 1 });
    const card = await dmCard();
    expect(card?.card.fields.find((f) => f.label === "Opschaling")?.value).toBe(
      "Doorgezet naar Zorg- en Veiligheidshuis",
    );
    expect(card?.card.fields.find((f) => f.label === "Urgentie")?.value).toBe("Crisis");
    expect(card?.card.actions.map((a) => a.id)).toEqual(["case.details"]);
    expect(await drive.partyField(ZVH, caseRef, "Urgentie")).toBe("Crisis");
    const view = await drive.api.action(ZVH, card?.id ?? "", "case.details");
    expect(view.status).toBe(200);
    expect(JSON.stringify(view.body.view)).toContain("Planted Bewoner");
    // Seeing is not acting: the organisation is no party of the case.
    expect((await drive.api.action(ZVH, card?.id ?? "", "case.add_note", { note: "x" })).status).toBe(403);
  });
});
