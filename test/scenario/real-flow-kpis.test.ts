// The KPIs of the two flows from public sources, through the console API: three early signals (reached and
// helped, reached and refusing, never reached) and two outflows (housed after the year, back to care), and the
// figures a coordinator then reads per flow in the digest, its card and the export.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseDriver } from "../support/case-driver.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import { REPORT_OUTFLOW } from "../support/fixtures.ts";

let app: TestApp;
let drive: ReturnType<typeof caseDriver>;
beforeAll(async () => {
  app = await startTestApp();
  drive = caseDriver(app.url);
});
afterAll(async () => app?.close());

const signal = async () =>
  (
    await drive.report("anouk-jansen", "/vroegsignaal", {
      municipality: "bergen-op-zoom",
      corporation: "woonhaven",
      months_in_arrears: "2",
      legal_basis: "public_task",
      resident_name: "Huurder",
      address: `Laan ${Math.random()}`,
      arrears_amount: "900",
    })
  ).caseRef as string;

const outflow = async () =>
  (
    await drive.report("hanna-visser", "/uitstroom", {
      ...REPORT_OUTFLOW,
      leaving: "mo",
      resident_name: "Bewoner",
      address: `Straat ${Math.random()}`,
    })
  ).caseRef as string;

const close = async (who: string, ref: string, outcome: string) =>
  expect((await drive.press(who, ref, "case.close", { outcome, note: "" })).body.ok).toBe(true);

describe("KPIs of vroegsignalering and uitstroom", () => {
  beforeAll(async () => {
    const [helped, refusing, unreached] = [await signal(), await signal(), await signal()];
    const grow = await drive.press("anouk-jansen", helped, "case.record_event", {
      event: "arrears_grow",
      reason: "nog een maand niet betaald",
    });
    expect(grow.body.ok).toBe(true);
    await close("pieter-claassen", helped, "help_accepted");
    await close("pieter-claassen", refusing, "help_refused");
    await close("pieter-claassen", unreached, "no_contact");
    const [housed, back] = [await outflow(), await outflow()];
    const crisis = await drive.press("hanna-visser", back, "case.record_event", {
      event: "crisis",
      reason: "terugval",
    });
    expect(crisis.body.ok).toBe(true);
    await close("hanna-visser", housed, "settled");
    await close("hanna-visser", back, "back_to_care");
    await drive.api.advance({ workingDays: 5 }); // Monday 30 November: last week holds it all
  });

  it("lists each flow's own figures for last week in the digest, only for flows the region runs", async () => {
    const digest = (await drive.api.call("GET", "/api/digest?region=wbw")).body;
    const figures = (digest.flowKpis as { flowId: string; kpiId: string; value: number | null }[]).map(
      (k) => `${k.flowId}.${k.kpiId}=${k.value}`,
    );
    // Reach: 2 of the 3 closed signals had contact (67%); acceptance: 1 of those 2 reached (50%).
    // Housed after the year: 1 of the 2 closed outflows (50%).
    expect(figures).toEqual([
      "uitstroom.housed_share=50",
      "uitstroom.back_to_care=1",
      "uitstroom.crises=1",
      "uitstroom.neighbour_signals=0",
      "vroegsignalering.reach=67",
      "vroegsignalering.acceptance=50",
      "vroegsignalering.accepted=1",
      "vroegsignalering.growing=1",
    ]);
    const overview = (await drive.api.command("pieter-claassen", "/schakel", "overzicht wbw")).body.message.card;
    const field = overview.fields.find((f: { label: string }) => f.label === "Kengetallen per protocol");
    expect(field.value.split("\n")).toEqual([
      "Uitstroom naar zelfstandig wonen · Zelfstandig wonend na een jaar: 50% (1 van 2)",
      "Uitstroom naar zelfstandig wonen · Terug naar beschermd wonen of opvang: 1",
      "Uitstroom naar zelfstandig wonen · Crises of terugval: 1",
      "Uitstroom naar zelfstandig wonen · Signalen van buren: 0",
      "Vroegsignalering huurachterstand · Bereik (contact gelegd): 67% (2 van 3)",
      "Vroegsignalering huurachterstand · Hulpacceptatie (van de bereikte huurders): 50% (1 van 2)",
      "Vroegsignalering huurachterstand · Hulp geaccepteerd: 1",
      "Vroegsignalering huurachterstand · Oplopende achterstand gemeld: 1",
    ]);
  });

  it("writes the same figures to the export's kpis table for the month", async () => {
    const csv = await (await fetch(`${app.url}/api/export.csv?from=2026-11-01&to=2026-11-30&table=kpis`)).text();
    expect(csv.trim().split(/\r?\n/)).toEqual([
      "flow,kpi,label,kind,value,numerator,denominator,from,to",
      "uitstroom,housed_share,Zelfstandig wonend na een jaar,rate,50,1,2,2026-11-01,2026-11-30",
      "uitstroom,back_to_care,Terug naar beschermd wonen of opvang,count,1,1,,2026-11-01,2026-11-30",
      "uitstroom,crises,Crises of terugval,count,1,1,,2026-11-01,2026-11-30",
      "uitstroom,neighbour_signals,Signalen van buren,count,0,0,,2026-11-01,2026-11-30",
      "vroegsignalering,reach,Bereik (contact gelegd),rate,67,2,3,2026-11-01,2026-11-30",
      "vroegsignalering,acceptance,Hulpacceptatie (van de bereikte huurders),rate,50,1,2,2026-11-01,2026-11-30",
      "vroegsignalering,accepted,Hulp geaccepteerd,count,1,1,,2026-11-01,2026-11-30",
      "vroegsignalering,growing,Oplopende achterstand gemeld,count,1,1,,2026-11-01,2026-11-30",
    ]);
  });
});
