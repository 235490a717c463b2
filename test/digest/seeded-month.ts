// A month of cases in West-Brabant West, seeded through the use-cases with a moving simulated clock.
// The digest test checks its figures against the sums written out beside each case below.
import { DateTime } from "luxon";
import { acknowledgeObligation } from "../../src/app/acknowledge-obligation.ts";
import { closeCase } from "../../src/app/close-case.ts";
import { enterCaseDates } from "../../src/app/enter-case-dates.ts";
import { escalateCase } from "../../src/app/escalate-case.ts";
import { reportCase } from "../../src/app/report-case.ts";
import { runDeadlineSweep } from "../../src/app/run-deadline-sweep.ts";
import { SimulatedClock } from "../../src/infra/clock.ts";
import { REPORT_BERGEN_OP_ZOOM, reportOverlast } from "../support/fixtures.ts";
import type { TestApp } from "../support/test-app.ts";

export const amsterdam = (iso: string) => DateTime.fromISO(iso, { zone: "Europe/Amsterdam" }).toJSDate();
const ARREARS = {
  municipality: "bergen-op-zoom",
  corporation: "woonhaven",
  days_in_arrears: "45",
  legal_basis: "public_task",
  arrears_amount: "1875",
  resident_name: "Test Huurder",
  address: "Testlaan 3",
  objection: false,
};
const OVERLAST = { ...REPORT_BERGEN_OP_ZOOM, incident_date: "2026-10-30" };
const as = (personId: string) => ({ personId, platform: "local" as const });

export async function seedMonth(app: TestApp) {
  const ctx = app.ctx;
  const at = (iso: string) => {
    (ctx as { clock: unknown }).clock = new SimulatedClock(undefined, amsterdam(iso));
  };
  const ackAll = async (caseId: string, people: string[]) => {
    for (const p of people) await acknowledgeObligation({ ctx, actor: as(p), caseId });
  };

  // A: week 45, acknowledged at once by all, closed in week 46 after 8 days (192 h).
  at("2026-11-02T10:00");
  const a = await reportOverlast(ctx, OVERLAST);
  at("2026-11-02T12:00");
  await ackAll(a.caseId, ["anouk-jansen", "hanna-visser", "pieter-claassen"]);
  at("2026-11-10T10:00");
  await closeCase({ ctx, actor: as("anouk-jansen"), caseId: a.caseId, outcome: "resolved" });
  // B: week 46; corporation after 4 h (in time), care after 48 h (late), Wmo in week 47 after 168 h (late).
  at("2026-11-10T10:00");
  const b = await reportOverlast(ctx, OVERLAST);
  at("2026-11-10T14:00");
  await ackAll(b.caseId, ["anouk-jansen"]);
  at("2026-11-12T10:00");
  await ackAll(b.caseId, ["hanna-visser"]);
  at("2026-11-17T10:00");
  await ackAll(b.caseId, ["pieter-claassen"]); // first contact (care) due Thu 19 Nov 17:00
  // C: week 47, nobody acknowledges; escalated by hand on Wednesday, the ladder reaches the coordinator on Friday.
  at("2026-11-16T09:00");
  const c = await reportOverlast(ctx, OVERLAST);
  at("2026-11-18T11:00");
  await escalateCase({ ctx, actor: as("anouk-jansen"), caseId: c.caseId, reason: "Geen reactie" });
  // E: Roosendaal, week 47.
  at("2026-11-18T10:00");
  const e = await reportOverlast(ctx, { ...OVERLAST, municipality: "roosendaal", corporation: "wonen-aan-de-vliet" });
  at("2026-11-20T10:00");
  await runDeadlineSweep({ ctx });
  // F: threatened eviction, week 47, closed after one hour with a payment plan (eviction prevented).
  at("2026-11-20T11:00");
  const f = await report(ctx, "huisuitzetting", ARREARS);
  at("2026-11-20T12:00");
  await closeCase({ ctx, actor: as("anouk-jansen"), caseId: f.caseId, outcome: "payment_plan" });
  // D: this week, before the digest; a hearing on 1 December is coming up.
  at("2026-11-23T08:00");
  const d = await report(ctx, "huisuitzetting", ARREARS);
  at("2026-11-23T08:10");
  await enterCaseDates({
    ctx,
    actor: as("anouk-jansen"),
    caseId: d.caseId,
    values: { hearing: "2026-12-01", eviction: "2027-01-20" },
  });
  return { a, b, c, d, e, f };
}

async function report(ctx: TestApp["ctx"], flowId: string, values: Record<string, unknown>) {
  const result = await reportCase({ ctx, actor: as("anouk-jansen"), flowId, values });
  if (!result.ok) throw new Error(`report failed: ${JSON.stringify(result.errors)}`);
  return result;
}
