// The weekly digest for a seeded month of cases matches the figures worked out by hand, per municipality.
import { must } from "../support/must.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWeeklyDigest } from "../../src/app/build-weekly-digest.ts";
import type { DigestReport, MunicipalityDigest } from "../../src/domain/digest/digest-types.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import { amsterdam, seedMonth } from "./seeded-month.ts";

let app: TestApp;
let refs: Awaited<ReturnType<typeof seedMonth>>;
let report: DigestReport;
const section = (id: string): MunicipalityDigest => must(report.municipalities.find((m) => m.municipalityId === id));

beforeAll(async () => {
  app = await startTestApp({ clockStart: amsterdam("2026-11-02T09:00") });
  refs = await seedMonth(app);
  report = await buildWeeklyDigest({ ctx: app.ctx, regionId: "wbw", at: amsterdam("2026-11-23T08:30") });
});
afterAll(async () => app?.close());

describe("weekly digest", () => {
  it("covers the last completed week, Monday to Monday in Amsterdam, against the week before", () => {
    expect(report.week).toMatchObject({
      number: 47,
      start: amsterdam("2026-11-16T00:00").toISOString(),
      end: amsterdam("2026-11-23T00:00").toISOString(),
    });
    expect(report.previousWeek.number).toBe(46);
    expect(report.municipalities.map((m) => m.name)).toEqual(["Bergen op Zoom", "Roosendaal", "Steenbergen"]);
  });

  it("counts new and closed cases, time to close and evictions prevented per week", () => {
    const boz = section("bergen-op-zoom");
    expect(boz.thisWeek).toMatchObject({
      newCases: 2,
      closedCases: 1,
      medianHoursToClose: 1,
      prevented: 1,
      evicted: 0,
    }); // C, F new; F closed
    expect(boz.previousWeek).toMatchObject({ newCases: 1, closedCases: 1, medianHoursToClose: 192, prevented: 0 }); // B new; A closed
    expect(section("roosendaal").thisWeek).toMatchObject({ newCases: 1, closedCases: 0 });
    expect(section("steenbergen").thisWeek).toMatchObject({ newCases: 0, closedCases: 0, escalations: 0 });
  });

  it("gives the acknowledgement KPIs per party", () => {
    const boz = section("bergen-op-zoom");
    expect(boz.previousWeek).toMatchObject({
      medianHoursToAcknowledge: { care: 48, corporation: 4 },
      acknowledged: 2,
      acknowledgedInTime: 1,
      shareInTime: 50,
    });
    expect(boz.thisWeek).toMatchObject({
      medianHoursToAcknowledge: { wmo: 168 },
      acknowledged: 1,
      acknowledgedInTime: 0,
      shareInTime: 0,
    });
  });

  it("lists open cases per step and overdue obligations per party, naming the organisation", () => {
    const boz = section("bergen-op-zoom");
    expect(boz.openCases).toBe(3); // B, C, D
    expect(boz.openByStep).toEqual([
      { flowId: "huisuitzetting", stepId: "reminder_contact", count: 1 },
      { flowId: "overlast", stepId: "acknowledge", count: 1 },
      { flowId: "overlast", stepId: "first_contact", count: 1 },
    ]);
    expect(boz.overdue).toEqual([
      {
        partyId: "care",
        organisationId: "zorggroep-kompas",
        count: 2,
        references: [refs.c.reference, refs.b.reference],
      },
      { partyId: "corporation", organisationId: "woonhaven", count: 1, references: [refs.c.reference] },
      { partyId: "wmo", organisationId: "wmo-bergen-op-zoom", count: 1, references: [refs.c.reference] },
    ]);
    expect(
      section("roosendaal")
        .overdue.map((o) => `${o.partyId}:${o.organisationId}:${o.count}`)
        .sort(),
    ).toEqual(["care:zorggroep-kompas:1", "corporation:wonen-aan-de-vliet:1", "wmo:wmo-roosendaal:1"]);
  });

  it("lists this week's escalations: a manual one and the ladder's coordinator rungs", () => {
    const boz = section("bergen-op-zoom");
    expect(boz.thisWeek.escalations).toBe(4);
    expect(boz.previousWeek.escalations).toBe(0);
    expect(boz.escalations.map((e) => `${e.reference}:${e.kind}:${e.detail}`)).toEqual([
      `${refs.c.reference}:manual:case_meeting`,
      `${refs.c.reference}:ladder:coordinator`,
      `${refs.c.reference}:ladder:coordinator`,
      `${refs.c.reference}:ladder:coordinator`,
    ]);
  });

  it("lists the hearing within 14 days, not the eviction date beyond it", () => {
    expect(section("bergen-op-zoom").comingUp).toEqual([
      {
        reference: refs.d.reference,
        flowId: "huisuitzetting",
        kind: "date",
        key: "hearing",
        at: amsterdam("2026-12-01T12:00").toISOString(),
      },
    ]);
  });

  it("draws the 8-week trend of open and overdue cases from the cases' history", () => {
    const trend = section("bergen-op-zoom").trend;
    expect(trend.map((p) => p.weekNumber)).toEqual([40, 41, 42, 43, 44, 45, 46, 47]);
    expect(trend.map((p) => [p.open, p.overdue])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [1, 1],
      [1, 1],
      [2, 2],
    ]);
    expect(section("roosendaal").trend.at(-1)).toMatchObject({ open: 1, overdue: 1 });
  });

  it("carries no personal data", () => {
    const text = JSON.stringify(report);
    for (const personal of ["Test Bewoner", "Teststraat", "Test Huurder", "Testlaan", "1875"])
      expect(text).not.toContain(personal);
  });
});
