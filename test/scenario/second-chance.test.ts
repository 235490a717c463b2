// Second chances, through the console API: the unanimous rule rejects a request one party disagrees with;
// a granted request gets conditions, four first-year evaluations on working days that remind the parties,
// a yellow card, and a new overlast case for the household links to the running agreement.
import { must } from "../support/must.ts";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseDriver } from "../support/case-driver.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const REQUEST = {
  municipality: "bergen-op-zoom",
  corporation: "woonhaven",
  care_provider: "zorggroep-kompas",
  requested_by: "care",
  history: "evicted_arrears",
  legal_basis: "consent",
  resident_name: "Planted Aanvrager",
  address: "Dorpsstraat 5, Bergen op Zoom",
  motivation: "PLANTED motivatie",
};
const CONTACTS = ["anouk-jansen", "hanna-visser", "pieter-claassen"];
let app: TestApp;
let drive: ReturnType<typeof caseDriver>;
beforeAll(async () => {
  app = await startTestApp();
  drive = caseDriver(app.url);
});
afterAll(async () => app?.close());

async function acknowledgedRequest(): Promise<string> {
  const { caseRef } = await drive.report("hanna-visser", "/tweedekans", REQUEST);
  for (const who of CONTACTS) expect((await drive.press(who, caseRef, "case.acknowledge")).body.ok).toBe(true);
  expect(await drive.field(caseRef, "Stap")).toBe("Advies van elke partij");
  return caseRef;
}

describe("second chance", () => {
  let granted = "";

  it("rejects by the unanimous rule when one party disagrees, with its motivation kept private", async () => {
    const ref = await acknowledgedRequest();
    const blind = await drive.api.action("anouk-jansen", (await drive.card(ref)).id, "case.complete_step", {
      note: "",
    });
    expect(blind.status).toBe(409);
    // A stale "Bevestigen" on the shared card is answered politely with the current card; nothing changes.
    const acknowledgedInstead = await drive.api.action("anouk-jansen", (await drive.card(ref)).id, "case.acknowledge");
    expect(acknowledgedInstead.status).toBe(200);
    expect(acknowledgedInstead.body.message.text).toMatch(
      /^Deze knop is niet meer van toepassing\. Er staat voor jou niets/,
    );
    expect(acknowledgedInstead.body.message.card.title).toContain(ref);
    expect(await drive.partyField("hanna-visser", ref, "Advies")).toBe("0 van 3 partijen");
    await drive.press("anouk-jansen", ref, "case.advise", { advice: "agree", motivation: "Huurschuld afgelost" });
    await drive.press("hanna-visser", ref, "case.advise", { advice: "agree", motivation: "Begeleiding loopt" });
    expect(await drive.partyField("hanna-visser", ref, "Advies")).toBe("2 van 3 partijen");
    const missing = await drive.press("pieter-claassen", ref, "case.advise", { advice: "disagree", motivation: "" });
    expect(missing.body.errors).toEqual({ motivation: "Vul dit veld in." });
    await drive.press("pieter-claassen", ref, "case.advise", {
      advice: "disagree",
      motivation: "PLANTED bezwaar gemeente",
    });
    expect(await drive.partyField("hanna-visser", ref, "Besluit")).toBe("afgewezen");
    expect(await drive.field(ref, "Status")).toBe("Afgesloten");
    expect(await drive.partyField("hanna-visser", ref, "Uitkomst")).toBe("Afgewezen");
    const c = await app.ctx.store.read.caseByReference(ref);
    const decision = must(
      (await app.ctx.store.read.events(must(c, "c").id)).find((e) => e.type === "decision.recorded"),
    );
    expect(decision.data).toMatchObject({
      rule: "unanimous",
      result: "rejected",
      advice: { corporation: "agree", care: "agree", wmo: "disagree" },
    });
    expect(decision.actorId).toBe("pieter-claassen");
    const view = await drive.press("anouk-jansen", ref, "case.details");
    expect(JSON.stringify(view.body.view)).toContain("PLANTED bezwaar gemeente");
  });

  it("grants a second request, records the conditions and schedules four first-year evaluations on working days", async () => {
    granted = await acknowledgedRequest();
    await drive.press("anouk-jansen", granted, "case.advise", {
      advice: "agree_with_conditions",
      motivation: "Met budgetbeheer",
    });
    await drive.press("hanna-visser", granted, "case.advise", { advice: "agree", motivation: "Ja" });
    await drive.press("pieter-claassen", granted, "case.advise", { advice: "agree", motivation: "Ja" });
    expect(await drive.partyField("hanna-visser", granted, "Besluit")).toBe("toegekend");
    expect(await drive.field(granted, "Stap")).toBe("Voorwaarden vastleggen");
    const conditions = await drive.press("anouk-jansen", granted, "case.record_conditions", {
      support: true,
      support_party: "care",
      budget_management: true,
      budget_management_party: "wmo",
      behaviour_rules: true,
      behaviour_rules_party: "corporation",
    });
    expect(conditions.body.ok).toBe(true);
    expect(await drive.partyField("hanna-visser", granted, "Voorwaarden")).toBe(
      "Begeleiding (Zorggroep Kompas); Budgetbeheer (Wmo-loket Bergen op Zoom); Gedragsafspraken (Woonstichting Woonhaven)",
    );
    expect(await drive.field(granted, "Stap")).toBe("Proefperiode met evaluaties");

    const c = await app.ctx.store.read.caseByReference(granted);
    const evaluations = (await app.ctx.store.read.obligations(must(c, "c").id)).filter((o) =>
      o.stepId.startsWith("evaluation#"),
    );
    const moments = [...new Set(evaluations.map((o) => o.stepId))];
    expect(moments).toEqual([
      "evaluation#1",
      "evaluation#2",
      "evaluation#3",
      "evaluation#4",
      "evaluation#5",
      "evaluation#6",
    ]);
    const firstYear = moments.slice(0, 4).map(
      (m) =>
        must(
          evaluations.find((o) => o.stepId === m),
          "evaluations.find((o) => o.stepId === m)",
        ).dueAt,
    );
    for (const due of firstYear) {
      expect(app.ctx.calendar.isWorkingDay(due)).toBe(true);
      expect(DateTime.fromJSDate(due, { zone: "Europe/Amsterdam" }).toFormat("HH:mm")).toBe("17:00");
    }
    // 23 Nov + 3, 6, 9, 12 months; 23 May 2027 is a Sunday, so that moment moves to Monday the 24th.
    expect(firstYear.map((d) => app.ctx.calendar.localDate(d))).toEqual([
      "2027-02-23",
      "2027-05-24",
      "2027-08-23",
      "2027-11-23",
    ]);
    expect(
      evaluations
        .filter((o) => o.stepId === "evaluation#1")
        .map((o) => o.partyId)
        .sort(),
    ).toEqual(["care", "corporation", "wmo"]);

    // "/schakel mijn" names only the next moment, in words, with the year; later moments are no task yet.
    const mine = (await drive.api.command("hanna-visser", "/schakel", "mijn")).body.message.text as string;
    const lines = mine.split("\n").filter((l) => l.includes(granted));
    expect(lines).toEqual([
      `• ${granted}: Proefperiode met evaluaties (evaluatie 1) voor Zorggroep Kompas, uiterlijk di 23 feb 2027 17:00`,
    ]);
    expect(mine).not.toMatch(/evaluation#/);
  });

  it("reminds the parties of a missed evaluation once, and records a yellow card", async () => {
    const reminded = async (who: string) =>
      (await drive.dm(who)).filter(
        (t) => t.includes(granted) && t.startsWith("Herinnering: ‘Proefperiode met evaluaties’"),
      ).length;
    expect((await drive.api.advance({ workingDays: 65 })).status).toBe(200); // Wednesday 24 February 2027, after the first moment
    for (const who of CONTACTS) expect(await reminded(who)).toBe(1);
    await app.sweep();
    for (const who of CONTACTS) expect(await reminded(who)).toBe(1);
    const yellow = await drive.press("hanna-visser", granted, "case.evaluate", {
      outcome: "yellow_card",
      note: "PLANTED afspraken niet nagekomen",
    });
    expect(yellow.body.ok).toBe(true);
    expect(await drive.partyField("hanna-visser", granted, "Evaluaties")).toMatch(
      /^1 van 6 gedaan, volgende .* \(1: gele kaart\)$/,
    );
  });

  it("extends the trial by a year with evaluation moments every six months, for a recorded reason", async () => {
    expect((await drive.press("pieter-claassen", granted, "case.extend_trial", { reason: "" })).body.errors).toEqual({
      reason: "Vul dit veld in.",
    });
    expect(
      (await drive.press("pieter-claassen", granted, "case.extend_trial", { reason: "PLANTED meer tijd nodig" })).body
        .ok,
    ).toBe(true);
    expect(await drive.partyField("hanna-visser", granted, "Evaluaties")).toMatch(/^1 van 8 gedaan/);
    const c = await app.ctx.store.read.caseByReference(granted);
    const moments = (await app.ctx.store.read.obligations(must(c, "c").id)).filter(
      (o) => o.partyId === "care" && o.stepId.startsWith("evaluation#"),
    );
    expect(moments.slice(-2).map((o) => app.ctx.calendar.localDate(o.dueAt))).toEqual(["2029-05-23", "2029-11-23"]);
    // Second-chance status is for the parties: their DMs say it, the shared channel's thread does not.
    expect((await drive.thread(granted)).some((t) => t.includes("proefperiode verlengd tot"))).toBe(false);
    expect((await drive.dm("hanna-visser")).some((t) => t.includes("proefperiode verlengd tot"))).toBe(true);
  });

  it("links a new overlast case for the same household to the running agreement and tells its parties", async () => {
    const { caseRef } = await drive.report("femke-de-wit", "/overlast", {
      municipality: "bergen-op-zoom",
      corporation: "woonhaven",
      care_provider: "zorggroep-kompas",
      category: "noise",
      triage: "vulnerable_household",
      urgency: "normal",
      legal_basis: "public_task",
      resident_name: "Iemand",
      address: "dorpsstraat 5,  bergen op zoom",
      incident_date: "2027-02-20",
      description: "Geluid",
    });
    expect(await drive.partyField("hanna-visser", caseRef, "Hoort bij overeenkomst")).toBe(granted);
    // The household link never reaches the shared channel: only the parties of both cases hear of it.
    expect((await drive.thread(granted)).some((t) => t.includes(caseRef) && t.includes("huishouden"))).toBe(false);
    expect(await drive.field(caseRef, "Hoort bij overeenkomst")).toBeUndefined();
    for (const who of CONTACTS)
      expect((await drive.dm(who)).some((t) => t.includes(caseRef) && t.includes(granted))).toBe(true);
  });

  it("keeps the request's personal details and motivations out of every channel and DM", async () => {
    for (const channel of await drive.api.channels()) {
      const all = JSON.stringify(await drive.api.messages(channel.id));
      for (const planted of ["Planted Aanvrager", "Dorpsstraat", "PLANTED"]) expect(all).not.toContain(planted);
    }
  });
});
