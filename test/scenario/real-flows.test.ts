// The two flows written from public Dutch sources, through the console API: vroegsignalering (contact attempts
// that a reached tenant cuts short, a letter for the municipality, the outcome vocabulary) and uitstroom naar
// zelfstandig wonen (minimum conditions with bounds, financial arrangements before the key handover, a warm
// handover agenda for every party, a time-out that pauses the other clocks).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseDriver } from "../support/case-driver.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let app: TestApp;
let drive: ReturnType<typeof caseDriver>;
beforeAll(async () => {
  app = await startTestApp();
  drive = caseDriver(app.url);
});
afterAll(async () => app?.close());

const view = async (who: string, ref: string) => {
  const fields = (await drive.press(who, ref, "case.details")).body.view.fields as { label: string; value: string }[];
  return new Map(fields.map((f) => [f.label, f.value]));
};

describe("vroegsignalering", () => {
  it("runs the contact attempts, skips the rest once the tenant is reached and closes with a monitor outcome", async () => {
    const { caseRef } = await drive.report("anouk-jansen", "/vroegsignaal", {
      municipality: "bergen-op-zoom",
      corporation: "woonhaven",
      months_in_arrears: "2",
      legal_basis: "public_task",
      resident_name: "Planted Huurder",
      address: "Plantedlaan 8",
      arrears_amount: "1100",
    });
    expect(caseRef).toMatch(/^VS-2026-/);
    expect(await drive.field(caseRef, "Stap")).toBe("Signaal beoordelen");
    expect((await drive.press("pieter-claassen", caseRef, "case.complete_step", { note: "" })).body.ok).toBe(true);
    expect(await drive.field(caseRef, "Stap")).toBe("Contactpoging 1: brief met hulpaanbod");
    expect((await view("pieter-claassen", caseRef)).get("Tekst: Brief met hulpaanbod")).toContain(
      "Beste Planted Huurder,\nUw woningcorporatie heeft ons laten weten dat u een huurachterstand heeft van 2 maand(en).",
    );
    expect((await view("anouk-jansen", caseRef)).has("Tekst: Brief met hulpaanbod")).toBe(false);
    const reached = await drive.press("pieter-claassen", caseRef, "case.record_event", {
      event: "contact_made",
      reason: "gebeld",
    });
    expect(reached.body.ok).toBe(true);
    expect(await drive.field(caseRef, "Stap")).toBe("Terugkoppeling aan de corporatie");
    const missing = await drive.press("pieter-claassen", caseRef, "case.complete_step", { note: "" });
    expect(missing.body.errors).toEqual({ contact_result: "Vul dit veld in." });
    const done = await drive.press("pieter-claassen", caseRef, "case.complete_step", { contact_result: "contact" });
    expect(done.body.ok).toBe(true);
    await drive.press("pieter-claassen", caseRef, "case.close", { outcome: "help_accepted", note: "" });
    expect(await drive.partyField("pieter-claassen", caseRef, "Uitkomst")).toBe(
      "Contact: hulp geaccepteerd (schuldhulp)",
    );
  });
});

describe("uitstroom naar zelfstandig wonen", () => {
  let caseRef = "";
  it("checks the minimum conditions with bounds and plans the finances before the key handover", async () => {
    ({ caseRef } = await drive.report("hanna-visser", "/uitstroom", {
      municipality: "bergen-op-zoom",
      care_provider: "zorggroep-kompas",
      corporation: "woonhaven",
      leaving: "bw",
      under_27: true,
      legal_basis: "consent",
      resident_name: "Planted Bewoner",
      address: "Nieuwstraat 4",
    }));
    for (const who of ["anouk-jansen", "hanna-visser", "pieter-claassen"])
      await drive.press(who, caseRef, "case.acknowledge");
    expect(await drive.field(caseRef, "Stap")).toBe("Minimale voorwaarden voor uitstroom vastgesteld");
    const zero = await drive.press("hanna-visser", caseRef, "case.complete_step", { support_hours: "0" });
    expect(zero.body.errors).toEqual({ support_hours: "Vul minstens 1 in." });
    const ok = await drive.press("hanna-visser", caseRef, "case.complete_step", { support_hours: "6", note: "" });
    expect(ok.body.ok).toBe(true);
    expect(await drive.field(caseRef, "Stap")).toBe(
      "Financiële afspraken (eerste huur, uitkering, postadres, bewindvoering)",
    );
    const dates = await drive.press("anouk-jansen", caseRef, "case.enter_dates", { key_handover: "2026-12-15" });
    expect(dates.body.ok).toBe(true);
    // Five working days before Tuesday 15 December 2026.
    expect(await drive.field(caseRef, "Wacht op")).toBe("Wmo-loket Bergen op Zoom (di 8 dec 17:00)");
  });

  it("gives every party the warm handover's agenda and pauses the clocks during a time-out", async () => {
    expect((await drive.press("pieter-claassen", caseRef, "case.complete_step", { note: "" })).body.ok).toBe(true);
    expect(await drive.field(caseRef, "Stap")).toBe("Warme overdracht naar de wijk");
    const agenda = (await view("anouk-jansen", caseRef)).get("Tekst: Agenda warme overdracht");
    expect(agenda).toContain(`Warme overdracht ${caseRef} (Bergen op Zoom), sleuteloverdracht 15 december 2026`);
    expect(agenda).toContain("2. Begeleiding: 6 uur per week; woonvaardigheden oefenen");
    expect(agenda).toContain("4. Zoekplicht bijstand (jonger dan 27) bespreken");
    const timeOut = await drive.press("hanna-visser", caseRef, "case.opt_in", { step: "time_out" });
    expect(timeOut.body.ok).toBe(true);
    expect(await drive.field(caseRef, "Gepauzeerd")).toBe("Termijnen staan stil zolang ‘Time-out bij crisis’ loopt");
    const channel = JSON.stringify(await drive.api.messages("wbw-casuistiek"));
    expect(channel).not.toContain("Planted");
    expect(channel).not.toContain("Zoekplicht");
  });
});
