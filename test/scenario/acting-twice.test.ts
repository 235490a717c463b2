// Acting a second time, through the console API: a party that already advised, acknowledged or completed its part
// is told there is nothing left for it to do, not that it is no contact of the case; someone who is not on the case
// still hears that; and nothing is recorded twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseDriver } from "../support/case-driver.ts";
import { drainOutbox } from "../support/drain-outbox.ts";
import { must } from "../support/must.ts";
import type { Actor } from "../../src/app/context.ts";
import { runAction } from "../../src/app/interactions/run-action.ts";
import { reportCase } from "../../src/app/report-case.ts";
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

const OUTFLOW = {
  municipality: "bergen-op-zoom",
  care_provider: "zorggroep-kompas",
  corporation: "woonhaven",
  leaving: "bw",
  under_27: false,
  legal_basis: "consent",
  resident_name: "Tweemaal Uitstroom",
  address: "Nieuwstraat 4",
};
const as = (personId: string): Actor => ({ personId, platform: "local" });

let app: TestApp;
let drive: ReturnType<typeof caseDriver>;
beforeAll(async () => {
  app = await startTestApp();
  drive = caseDriver(app.url);
});
afterAll(async () => app?.close());

const act = (who: string, actionId: string, caseId: string, values: Record<string, unknown>) =>
  runAction({ ctx: app.ctx, actor: as(who), actionId, caseId, values });
const eventsOf = async (reference: string, type: string) => {
  const c = must(await app.ctx.store.read.caseByReference(reference), reference);
  return (await app.ctx.store.read.events(c.id)).filter((e) => e.type === type);
};

describe("acting a second time", () => {
  it("tells a party that advises again that nothing is left for it, and keeps its first advice", async () => {
    // Brought to the advice with the use-cases every adapter calls (fast); the second advice on the console.
    const reported = await reportCase({
      ctx: app.ctx,
      actor: as("hanna-visser"),
      flowId: "tweede_kans",
      values: REQUEST,
    });
    if (!reported.ok) throw new Error(JSON.stringify(reported.errors));
    const { caseId, reference: caseRef } = reported;
    for (const who of CONTACTS) await act(who, "case.acknowledge", caseId, {});
    const agree = { advice: "agree", motivation: "Huurschuld afgelost" };
    expect((await act("anouk-jansen", "case.advise", caseId, agree)).kind).toBe("done");
    await drainOutbox(app);
    const advise = (who: string, advice: string) =>
      drive.press(who, caseRef, "case.advise", { advice, motivation: "Goed onderbouwd" });

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
    expect((await act("hanna-visser", "case.advise", caseId, agree)).kind).toBe("done");
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
    // Brought to its evaluations with the use-cases every adapter calls (fast); the refusal itself on the console.
    const reported = await reportCase({
      ctx: app.ctx,
      actor: as("hanna-visser"),
      flowId: "uitstroom",
      values: OUTFLOW,
    });
    if (!reported.ok) throw new Error(JSON.stringify(reported.errors));
    const { caseId, reference: caseRef } = reported;
    const steps: [string, string, Record<string, unknown>][] = [
      ["anouk-jansen", "case.acknowledge", {}],
      ["pieter-claassen", "case.acknowledge", {}],
      ["hanna-visser", "case.complete_step", { support_hours: "6" }],
      ["anouk-jansen", "case.enter_dates", { key_handover: "2026-12-15" }],
      ["pieter-claassen", "case.complete_step", {}],
      ["hanna-visser", "case.complete_step", {}],
    ];
    for (const [who, actionId, values] of steps) expect((await act(who, actionId, caseId, values)).kind).toBe("done");
    await drainOutbox(app);
    expect(must(await app.ctx.store.read.case(caseId), caseRef).currentStepId).toBe("evaluation");
    const moments = (await app.ctx.store.read.obligations(caseId)).filter((o) => o.stepId.startsWith("evaluation#"));
    // At the last moment of the first year every moment's window is open: the corporation records its four.
    setClock(app, new Date(Math.max(...moments.map((o) => o.dueAt.getTime()))));
    const onTrack = { outcome: "on_track" };
    for (let n = 0; n < 4; n++) expect((await act("anouk-jansen", "case.evaluate", caseId, onTrack)).kind).toBe("done");
    const evaluate = (who: string) => drive.press(who, caseRef, "case.evaluate", { outcome: "on_track", note: "" });
    expect((await evaluate("anouk-jansen")).body.message.text).toBe(nothingLeft(caseRef));
    expect((await evaluate("eva-bakker")).body.error).toBe(NOT_A_CONTACT);
    const recorded = await eventsOf(caseRef, "evaluation.recorded");
    expect(recorded.map((e) => [e.partyId, e.data.number])).toEqual([1, 2, 3, 4].map((n) => ["corporation", n]));
  });
});
