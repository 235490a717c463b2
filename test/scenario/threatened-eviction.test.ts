// Threatened eviction for rent arrears, through the console API: the tenant's objection blocks the early
// signal (and says why) until it is withdrawn; dates of the court route drive a notice to the municipality.
import { must } from "../support/must.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWeeklyDigest } from "../../src/app/build-weekly-digest.ts";
import { caseDriver } from "../support/case-driver.ts";
import { REPORT_ARREARS } from "../support/fixtures.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const ARREARS = { ...REPORT_ARREARS, objection: true };
let app: TestApp;
let drive: ReturnType<typeof caseDriver>;
beforeAll(async () => {
  app = await startTestApp();
  drive = caseDriver(app.url);
});
afterAll(async () => app?.close());

describe("threatened eviction", () => {
  it("refuses a report below the arrears trigger with a Dutch error on the field", async () => {
    const result = await drive.report("anouk-jansen", "/huisuitzetting", { ...ARREARS, days_in_arrears: "20" });
    expect(result.errors).toEqual({ days_in_arrears: "Vul minstens 30 in." });
  });

  it("keeps the municipality out while the tenant objects: not routed, no notice, no details; routed once lifted", async () => {
    const { caseRef } = await drive.report("anouk-jansen", "/huisuitzetting", ARREARS);
    expect(caseRef).toMatch(/^HU-2026-\d{4}$/);
    const wmoDms = async () =>
      [...(await drive.dm("pieter-claassen")), ...(await drive.dm("quinty-vermeulen"))].filter((t) =>
        t.includes(caseRef),
      );
    expect(await wmoDms()).toEqual([]);
    expect((await drive.press("pieter-claassen", caseRef, "case.details")).status).toBe(403);
    expect((await drive.press("anouk-jansen", caseRef, "case.complete_step", { note: "" })).body.ok).toBe(true);
    expect(await drive.field(caseRef, "Stap")).toBe("Vroegsignaal aan de gemeente");
    expect(await drive.field(caseRef, "Wacht op")).toBeUndefined();
    const refused = await drive.press("anouk-jansen", caseRef, "case.complete_step", { note: "" });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatch(/geblokkeerd.*bezwaar/i);
    // The objection is for the parties on the case: the corporation's DM and details view, never the channel.
    expect(
      (await drive.dm("anouk-jansen")).some((t) => t.includes("‘Vroegsignaal aan de gemeente’ is geblokkeerd")),
    ).toBe(true);
    const details = await drive.press("anouk-jansen", caseRef, "case.details");
    expect(JSON.stringify(details.body.view)).toContain("Bezwaar huurder tegen vroegsignaal");
    const channel = JSON.stringify(await drive.api.messages("wbw-casuistiek"));
    // Only the two flag buttons (always both, whatever is set) mention an objection there.
    expect(channel.replace(/Bezwaar (vastleggen|intrekken)/g, "")).not.toMatch(/bezwaar/i);
    expect(await wmoDms()).toEqual([]);
    expect((await drive.press("quinty-vermeulen", caseRef, "case.details")).status).toBe(403);
    // Asked for by reference, the municipality gets only what the shared channel sees: no objection, no block.
    const asked = JSON.stringify(await drive.partyCard("pieter-claassen", caseRef));
    expect(asked).toContain(caseRef);
    expect(asked.replace(/Bezwaar (vastleggen|intrekken)/g, "")).not.toMatch(/bezwaar|geblokkeerd|1875|Planted/i);
    const mine = (await drive.api.command("pieter-claassen", "/schakel", "mijn")).body.message.text as string;
    expect(mine).not.toContain(caseRef);
    const own = (await drive.api.call("GET", "/api/channels/wbw-casuistiek/messages?as=pieter-claassen")).body;
    const ownCard = (own as { card?: { title: string; actions: unknown[] } }[]).find((m) =>
      m.card?.title.startsWith(caseRef),
    );
    expect(ownCard?.card?.actions).toEqual([]);

    const lifted = await drive.press("anouk-jansen", caseRef, "case.lift_flag", { flag: "objection" });
    expect(lifted.body.ok).toBe(true);
    expect(await drive.field(caseRef, "Wacht op")).toMatch(/^Woonstichting Woonhaven \(/);
    expect(
      (await drive.dm("pieter-claassen")).some(
        (t) => t.includes(caseRef) && t.includes("Vroegsignaal aan de gemeente"),
      ),
    ).toBe(true);
    expect((await drive.dm("quinty-vermeulen")).some((t) => t.includes(caseRef))).toBe(true);
    expect((await drive.press("pieter-claassen", caseRef, "case.details")).status).toBe(200);
    expect((await drive.press("anouk-jansen", caseRef, "case.complete_step", { note: "" })).body.ok).toBe(true);
    expect(await drive.field(caseRef, "Stap")).toBe("Contact en hulpaanbod gemeente");
    expect(
      (await drive.dm("pieter-claassen")).some(
        (t) => t.includes(caseRef) && t.includes("Contact en hulpaanbod gemeente"),
      ),
    ).toBe(true);
  });

  it("tells the municipality on the configured day before the eviction date, once, and shows the countdown", async () => {
    const { caseRef } = await drive.report("anouk-jansen", "/huisuitzetting", {
      ...ARREARS,
      objection: false,
      address: "Plantedlaan 4",
    });
    for (const [who, step] of [
      ["anouk-jansen", "reminder"],
      ["anouk-jansen", "signal"],
      ["pieter-claassen", "contact"],
      ["pieter-claassen", "feedback"],
    ]) {
      const r = await drive.press(must(who, "who"), caseRef, "case.complete_step", { note: "" });
      expect(r.body.ok, step).toBe(true);
    }
    expect(await drive.field(caseRef, "Stap")).toBe("Gerechtelijke procedure volgen");
    expect((await drive.press("pieter-claassen", caseRef, "case.enter_dates", { eviction: "2026-12-21" })).status).toBe(
      403,
    );
    const entered = await drive.press("anouk-jansen", caseRef, "case.enter_dates", {
      hearing: "2026-12-03",
      eviction: "2026-12-21",
    });
    expect(entered.body.ok).toBe(true);
    // The eviction date and the hold are for the parties on the case, never the shared channel's card.
    expect(await drive.partyField("anouk-jansen", caseRef, "Aangekondigde ontruimingsdatum")).toBe(
      "over 20 werkdagen (ma 21 dec)",
    );
    expect(await drive.field(caseRef, "Aangekondigde ontruimingsdatum")).toBeUndefined();

    const optIn = await drive.press("pieter-claassen", caseRef, "case.opt_in", { step: "payment_plan" });
    expect(optIn.body.ok).toBe(true);
    expect(await drive.partyField("pieter-claassen", caseRef, "Opgeschort")).toMatch(/Ontruiming opgeschort/);
    expect(await drive.field(caseRef, "Opgeschort")).toBeUndefined();

    const notices = async () =>
      (await drive.dm("pieter-claassen")).filter(
        (t) => t.includes(caseRef) && t.includes("Aangekondigde ontruiming over"),
      ).length;
    await drive.api.advance({ workingDays: 9 }); // Friday 4 December: not yet
    expect(await notices()).toBe(0);
    await drive.api.advance({ workingDays: 1 }); // Monday 7 December = 10 working days before the 21st
    expect(await notices()).toBe(1);
    await app.sweep();
    expect(await notices()).toBe(1);
    expect((await drive.dm("pieter-claassen")).find((t) => t.includes("Aangekondigde ontruiming over"))).toContain(
      "over 10 werkdagen",
    );

    const c = await app.ctx.store.read.caseByReference(caseRef);
    const coming = must(
      (await buildWeeklyDigest({ ctx: app.ctx, regionId: "wbw" })).municipalities.find(
        (m) => m.municipalityId === "bergen-op-zoom",
      ),
    ).comingUp;
    expect(coming.filter((i) => i.reference === caseRef).map((i) => i.key)).toEqual(["eviction"]);

    const closed = await drive.press("anouk-jansen", caseRef, "case.close", { outcome: "payment_plan", note: "" });
    expect(closed.body.ok).toBe(true);
    const flow = await app.ctx.flows.forCase(must(c, "c"));
    expect(flow.outcomes.find((o) => o.value === "payment_plan")?.kpi).toBe("prevented");
    await drive.api.advance({ workingDays: 5 }); // the next Monday: the closing week is the last completed week
    const week = must(
      (await buildWeeklyDigest({ ctx: app.ctx, regionId: "wbw" })).municipalities.find(
        (m) => m.municipalityId === "bergen-op-zoom",
      ),
    ).thisWeek;
    expect(week.prevented).toBe(1);
    expect(week.evicted).toBe(0);
  });

  it("refuses court dates out of order or an eviction in the past, in Dutch per field, and saves none", async () => {
    // The clock stands in mid-December after the test before: these dates lie ahead of it.
    const report = { ...ARREARS, objection: false, address: "Plantedlaan 5" };
    const { caseRef } = await drive.report("anouk-jansen", "/huisuitzetting", report);
    const enter = (values: Record<string, string>) => drive.press("anouk-jansen", caseRef, "case.enter_dates", values);
    const past = await enter({ eviction: "2026-11-01" });
    expect(past.status).toBe(422);
    expect(past.body.errors).toEqual({
      eviction: "Deze datum ligt in het verleden. Vul vandaag of een latere datum in.",
    });
    const order = await enter({ hearing: "2027-02-10", eviction: "2027-02-09" });
    expect(order.status).toBe(422);
    expect(order.body.errors).toEqual({
      eviction: "Deze datum ligt vóór Zitting kantonrechter (wo 10 feb 2027); die komt eerst.",
    });
    expect(await drive.field(caseRef, "Aangekondigde ontruimingsdatum")).toBeUndefined();
    expect(await drive.field(caseRef, "Zitting kantonrechter")).toBeUndefined();
    const toldMunicipality = (await drive.dm("pieter-claassen")).some(
      (t) => t.includes(caseRef) && t.includes("ontruiming"),
    );
    expect(toldMunicipality).toBe(false);

    expect((await enter({ hearing: "2027-02-03", eviction: "2027-02-22" })).body.ok).toBe(true);
    const later = await enter({ hearing: "2027-03-01" });
    expect(later.body.errors).toEqual({
      hearing: "Deze datum ligt na Aangekondigde ontruimingsdatum (ma 22 feb 2027); die komt later.",
    });
  });

  it("never shows the amount, the name or the address in a channel or DM", async () => {
    for (const channel of await drive.api.channels()) {
      const all = JSON.stringify(await drive.api.messages(channel.id));
      for (const planted of ["1875", "Planted Huurder", "Plantedlaan"]) expect(all).not.toContain(planted);
    }
  });
});
