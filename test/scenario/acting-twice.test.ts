// Acting a second time, through the console API: a party that already advised, acknowledged or completed its part
// is told there is nothing left for it to do, not that it is no contact of the case; someone who is not on the case
// still hears that; and nothing is recorded twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseDriver } from "../support/case-driver.ts";
import { must } from "../support/must.ts";
import { outflowAtWarmHandover } from "../support/outflow-case.ts";
import { setClock, startTestApp, type TestApp } from "../support/test-app.ts";

const REQUEST = {
  municipality: "bergen-op-zoom",
  corporation: "woonhaven",
  care_provider: "zorggroep-kompas",
  requested_by: "care",
  history: "evicted_arrears",
  legal_basis: "consent",
  resident_name: "Tweemaal Aanvrager",
  address: "Dorpsstraat 7, Bergen op Zoom",
  motivation: "Huurschuld afgelost",
};
const CONTACTS = ["anouk-jansen", "hanna-visser", "pieter-claassen"];
const NOT_A_CONTACT =
  "Je bent geen vaste contactpersoon, vervanger of coördinator van deze melding, dus je kunt hier niet namens een " +
  "partij handelen. Er is niets gewijzigd.";
/** A button that no longer applies is answered with this sentence and the card as it is now; nothing changes. */
const nothingLeft = (reference: string) =>
  `Deze knop is niet meer van toepassing. Er staat voor jou niets (meer) te bevestigen bij ${reference}. ` +
  "Hieronder de kaart zoals ze nu is.";

let app: TestApp;
let drive: ReturnType<typeof caseDriver>;
beforeAll(async () => {
  app = await startTestApp();
  drive = caseDriver(app.url);
});
afterAll(async () => app?.close());

const eventsOf = async (reference: string, type: string) => {
  const c = must(await app.ctx.store.read.caseByReference(reference), reference);
  return (await app.ctx.store.read.events(c.id)).filter((e) => e.type === type);
};

describe("acting a second time", () => {
  it("tells a party that advises again that nothing is left for it, and keeps its first advice", async () => {
    const { caseRef } = await drive.report("hanna-visser", "/tweedekans", REQUEST);
    for (const who of CONTACTS) expect((await drive.press(who, caseRef, "case.acknowledge")).body.ok).toBe(true);
    const advise = (who: string, advice: string) =>
      drive.press(who, caseRef, "case.advise", { advice, motivation: "Goed onderbouwd" });
    expect((await advise("anouk-jansen", "agree")).body.ok).toBe(true);

    for (const who of ["anouk-jansen", "bram-de-vries"]) {
      const again = await advise(who, "disagree");
      expect(again.body.message.text).toBe(nothingLeft(caseRef));
      expect(again.body.message.card.fields).toContainEqual({ label: "Advies", value: "1 van 3 partijen" });
    }
    // Someone who is not on the case still hears that, and the parties that did not advise yet still can.
    const stranger = await advise("eva-bakker", "agree");
    expect(stranger.status).toBe(403);
    expect(stranger.body.error).toBe(NOT_A_CONTACT);
    const advised = await eventsOf(caseRef, "advice.given");
    expect(advised.map((e) => [e.partyId, e.data.advice])).toEqual([["corporation", "agree"]]);
    expect(await drive.partyField("hanna-visser", caseRef, "Advies")).toBe("1 van 3 partijen");
    expect((await advise("hanna-visser", "agree")).body.ok).toBe(true);
  });

  it("answers a second acknowledgement with the current card and records it once", async () => {
    const { caseRef } = await drive.report("hanna-visser", "/tweedekans", REQUEST);
    expect((await drive.press("anouk-jansen", caseRef, "case.acknowledge")).body.ok).toBe(true);
    const again = await drive.press("anouk-jansen", caseRef, "case.acknowledge");
    expect(again.body.message.text).toBe(nothingLeft(caseRef));
    expect(again.body.message.card.title).toContain(caseRef);
    const acknowledged = await eventsOf(caseRef, "obligation.acknowledged");
    expect(acknowledged.filter((e) => e.partyId === "corporation")).toHaveLength(1);
  });

  it("tells a party that completes its part of a step of all parties again that nothing is left for it", async () => {
    const { caseRef } = await drive.report("hanna-visser", "/tweedekans", REQUEST);
    // The acknowledgement is a step of every party: completing it is confirming it.
    expect((await drive.press("anouk-jansen", caseRef, "case.complete_step", { note: "" })).body.ok).toBe(true);
    const again = await drive.press("anouk-jansen", caseRef, "case.complete_step", { note: "" });
    expect(again.body.message.text).toBe(nothingLeft(caseRef));
    const stranger = await drive.press("eva-bakker", caseRef, "case.complete_step", { note: "" });
    expect(stranger.body.error).toBe(NOT_A_CONTACT);
    const acknowledged = await eventsOf(caseRef, "obligation.acknowledged");
    expect(acknowledged.filter((e) => e.partyId === "corporation")).toHaveLength(1);
  });

  it("tells a party that recorded all its own evaluations (each party its own) that nothing is left for it", async () => {
    const caseRef = await outflowAtWarmHandover(drive, "Tweemaal Uitstroom");
    expect((await drive.press("hanna-visser", caseRef, "case.complete_step", { note: "" })).body.ok).toBe(true);
    expect(await drive.field(caseRef, "Stap")).toBe("Gezamenlijke evaluaties eerste jaar");
    const c = must(await app.ctx.store.read.caseByReference(caseRef), caseRef);
    const moments = (await app.ctx.store.read.obligations(c.id)).filter((o) => o.stepId.startsWith("evaluation#"));
    // At the last moment of the first year every moment's window is open: the corporation records its four.
    setClock(app, new Date(Math.max(...moments.map((o) => o.dueAt.getTime()))));
    const evaluate = (who: string) => drive.press(who, caseRef, "case.evaluate", { outcome: "on_track", note: "" });
    for (let n = 0; n < 4; n++) expect((await evaluate("anouk-jansen")).body.ok).toBe(true);
    expect((await evaluate("anouk-jansen")).body.message.text).toBe(nothingLeft(caseRef));
    expect((await evaluate("eva-bakker")).body.error).toBe(NOT_A_CONTACT);
    const recorded = await eventsOf(caseRef, "evaluation.recorded");
    expect(recorded.map((e) => [e.partyId, e.data.number])).toEqual([1, 2, 3, 4].map((n) => ["corporation", n]));
    expect((await evaluate("hanna-visser")).body.ok).toBe(true);
  });
});
