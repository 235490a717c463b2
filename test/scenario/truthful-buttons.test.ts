// Cards and feedback that tell the truth, through the console API: each person's copy of a card offers only
// what they can do, the reporter who is a contact has confirmed already, the eviction flow asks nobody to
// confirm receipt, overdue and escalation show on the card, and every change answers with what happened.
import { must } from "../support/must.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseDriver } from "../support/case-driver.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const NUISANCE = {
  municipality: "bergen-op-zoom",
  corporation: "woonhaven",
  care_provider: "nieuw-begin",
  category: "noise",
  triage: "neighbour_annoyance",
  urgency: "normal",
  legal_basis: "consent",
  resident_name: "Planted Naam",
  address: "Plantedstraat 1",
  incident_date: "2026-11-20",
  description: "Planted omschrijving",
};
let app: TestApp;
let drive: ReturnType<typeof caseDriver>;
beforeAll(async () => {
  app = await startTestApp();
  drive = caseDriver(app.url);
});
afterAll(async () => app?.close());

/** The shared channel's card of a case as `personId` sees it. */
async function cardAs(personId: string, reference: string) {
  type Field = { label: string; value: string; tone?: string };
  type Shown = { card?: { title: string; actions: { id: string }[]; fields: Field[] } };
  const path = `/api/channels/wbw-casuistiek/messages?as=${personId}`;
  const messages = (await drive.api.call("GET", path)).body as Shown[];
  return must(must(messages.find((m) => m.card?.title.startsWith(`${reference} `))).card);
}
const actionIds = async (personId: string, reference: string) =>
  (await cardAs(personId, reference)).actions.map((a) => a.id);

describe("truthful buttons and feedback", () => {
  let reference = "";

  it("records the reporter's own acknowledgement when she is her party's contact, and tells her so", async () => {
    const reported = await drive.report("anouk-jansen", "/overlast", NUISANCE);
    reference = reported.caseRef;
    expect(await drive.field(reference, "Bevestigd")).toBe("Woonstichting Woonhaven");
    const dm = must((await drive.dm("anouk-jansen")).find((t) => t.includes(reference)));
    expect(dm).toContain("is de ontvangst voor Woonstichting Woonhaven al bevestigd");
    expect(dm).not.toContain("Bevestig de ontvangst");
    expect((await drive.dm("noah-brouwer")).find((t) => t.includes(reference))).toContain("Bevestig de ontvangst");
  });

  it("gives each person a copy of the card with only the buttons they can use", async () => {
    expect(await actionIds("anouk-jansen", reference)).not.toContain("case.acknowledge");
    expect(await actionIds("anouk-jansen", reference)).toContain("case.details");
    expect(await actionIds("noah-brouwer", reference)).toContain("case.acknowledge");
    expect(await actionIds("femke-de-wit", reference)).toEqual([]);
    // Without a viewer (a shared channel on Slack or Teams) the card keeps every generic button.
    expect(
      must((await drive.card(reference)).card, "(await drive.card(reference)).card").actions.map((a) => a.id),
    ).toContain("case.acknowledge");
  });

  it("refuses someone without a role before a form opens, and answers each change with what happened", async () => {
    const stranger = await drive.api.action("femke-de-wit", (await drive.card(reference)).id, "case.add_note");
    expect(stranger.status).toBe(403);
    expect(stranger.body.form).toBeUndefined();
    const note = await drive.press("anouk-jansen", reference, "case.add_note", { note: "Planted notitie" });
    expect(note.body.message.text).toBe(
      `Notitie toegevoegd aan ${reference}. Alleen de vaste contactpersonen kunnen haar lezen.`,
    );
    const escalated = await drive.press("anouk-jansen", reference, "case.escalate", { reason: "Planted reden" });
    expect(escalated.body.message.text).toBe(`${reference} is opgeschaald. De reden staat bij de privégegevens.`);
  });

  it("shows an overdue step and the escalation ladder's reach on the card, marked for attention", async () => {
    await drive.api.advance({ workingDays: 3 }); // Thursday: the deadline passed Tuesday, the deputy is called in
    const card = await cardAs("yvonne-maas", reference);
    const alert = Object.fromEntries(card.fields.filter((f) => f.tone === "alert").map((f) => [f.label, f.value]));
    expect(alert["Te laat"]).toBe(
      "Stichting Nieuw Begin · Ontvangst bevestigen; Wmo-loket Bergen op Zoom · Ontvangst bevestigen",
    );
    expect(alert.Opschaling).toBe("Vervanger ingeschakeld");
  });

  it("asks nobody to confirm receipt in a flow without an acknowledgement step", async () => {
    const arrears = {
      municipality: "bergen-op-zoom",
      corporation: "woonhaven",
      days_in_arrears: "45",
      legal_basis: "public_task",
      arrears_amount: "1875",
      resident_name: "Planted Huurder",
      address: "Plantedlaan 9",
      objection: false,
    };
    const { caseRef } = await drive.report("anouk-jansen", "/huisuitzetting", arrears);
    // The municipality joins at the early signal (flow joinsAt): nothing reaches it before, and then no ack request.
    expect((await drive.dm("pieter-claassen")).filter((t) => t.includes(caseRef))).toEqual([]);
    expect((await drive.press("anouk-jansen", caseRef, "case.complete_step", { note: "" })).body.ok).toBe(true);
    const toMunicipality = must((await drive.dm("pieter-claassen")).find((t) => t.includes(caseRef)));
    expect(toMunicipality).not.toContain("Bevestig");
    expect(toMunicipality).toContain("de stap ‘Vroegsignaal aan de gemeente’ is begonnen");
  });
});
