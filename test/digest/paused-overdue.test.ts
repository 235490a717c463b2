// A step that pauses the other clocks (pausesOthers) also stops them being overdue in the weekly digest and the
// export: two outflow cases pass their deadlines, only the one without a running time-out counts as overdue.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DigestCase, DigestObligation } from "../../src/domain/digest/digest-types.ts";
import { pausedObligations, pausingStepsOf } from "../../src/domain/digest/paused.ts";
import { trend } from "../../src/domain/digest/trend.ts";
import type { Week } from "../../src/domain/digest/week.ts";
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

const report = async () =>
  (
    await drive.report("hanna-visser", "/uitstroom", {
      ...REPORT_OUTFLOW,
      leaving: "mo",
      resident_name: "Iemand",
      address: "Laan 1",
    })
  ).caseRef as string;

describe("paused work in the digest and the export", () => {
  it("marks the other open obligations of a case with a running pausing step, not the step or notices", () => {
    const flows = [{ id: "f", steps: [{ id: "a" }, { id: "pause", pausesOthers: true }] }];
    const obligations = [
      { caseId: "1", stepId: "a", status: "open" },
      { caseId: "1", stepId: "pause", status: "open" },
      { caseId: "1", stepId: "notice:x", status: "open" },
      { caseId: "2", stepId: "a", status: "open" },
      { caseId: "3", stepId: "a", status: "open" },
      { caseId: "3", stepId: "pause", status: "done" },
    ];
    const flowOfCase = new Map([
      ["1", "f"],
      ["2", "f"],
      ["3", "f"],
    ]);
    const paused = pausedObligations(obligations, pausingStepsOf(flows), flowOfCase);
    expect([...paused]).toEqual([obligations[0]]);
  });

  it("leaves a case whose clocks stand still out of the overdue figures", async () => {
    const running = await report();
    const pausedRef = await report();
    expect((await drive.press("hanna-visser", pausedRef, "case.opt_in", { step: "time_out" })).body.ok).toBe(true);
    await drive.api.advance({ workingDays: 5 });
    const digest = (await (await fetch(`${app.url}/api/digest?region=wbw`)).json()) as {
      municipalities: { overdue: { references: string[] }[] }[];
    };
    const overdue = digest.municipalities.flatMap((m) => m.overdue.flatMap((o) => o.references));
    expect(overdue).toContain(running);
    expect(overdue).not.toContain(pausedRef);
    const csv = await (await fetch(`${app.url}/api/export.csv?from=2026-11-01&to=2026-12-31&table=cases`)).text();
    const [header = "", ...rows] = csv.trim().split(/\r?\n/);
    const column = header.split(",").indexOf("obligations_overdue");
    const overdueOf = (ref: string) => rows.find((r) => r.startsWith(ref))?.split(",")[column];
    // The reporter is the care provider's contact: her acknowledgement was given by reporting.
    expect(overdueOf(running)).toBe("2");
    expect(overdueOf(pausedRef)).toBe("0");
  });

  it("leaves the paused case out of the 8-week trend's overdue count too", async () => {
    const digest = (await (await fetch(`${app.url}/api/digest?region=wbw`)).json()) as {
      municipalities: { municipalityId: string; trend: { open: number; overdue: number }[] }[];
    };
    const bergen = digest.municipalities.find((m) => m.municipalityId === "bergen-op-zoom");
    // Last Sunday both outflow cases were open and past their acknowledgement; only the one without a time-out counts.
    expect(bergen?.trend.at(-1)).toMatchObject({ open: 2, overdue: 1 });
  });
});

describe("the trend rebuilt from history", () => {
  const day = (d: string) => new Date(`${d}T12:00:00Z`);
  const week = (start: string, end: string, number: number): Week => ({
    start: day(start),
    end: day(end),
    year: 2027,
    number,
  });
  const c: DigestCase = {
    id: "1",
    reference: "US-2027-0001",
    flowId: "uitstroom",
    municipalityId: "m",
    status: "open",
    currentStepId: "readiness",
    outcome: null,
    reportedAt: day("2027-03-01"),
    closedAt: null,
  };
  const ob = (stepId: string, startedAt: string, dueAt: string, doneAt: string | null): DigestObligation => ({
    caseId: "1",
    stepId,
    partyId: "care",
    organisationId: "o",
    status: doneAt ? "done" : "open",
    startedAt: day(startedAt),
    dueAt: day(dueAt),
    doneAt: doneAt ? day(doneAt) : null,
  });

  it("counts work as overdue before and after a time-out, not while it ran", () => {
    // Measured at each week's end (the next Monday). Readiness due on 15 March: not yet overdue on 8 March, paused
    // on 15 March (the time-out ran from 10 to 20 March), overdue on 22 March. Due on 5 March instead: overdue on
    // 8 March, not while the time-out ran, overdue again after it.
    const obligations = [
      ob("readiness", "2027-03-01", "2027-03-15", null),
      ob("time_out", "2027-03-10", "9999-12-31", "2027-03-20"),
    ];
    const weeks = [
      week("2027-03-01", "2027-03-08", 9),
      week("2027-03-08", "2027-03-15", 10),
      week("2027-03-15", "2027-03-22", 11),
    ];
    const byCase = new Map([["1", obligations]]);
    const pausing = pausingStepsOf([{ id: "uitstroom", steps: [{ id: "time_out", pausesOthers: true }] }]);
    expect(trend(weeks, [c], byCase, pausing).map((p) => p.overdue)).toEqual([0, 0, 1]);
    obligations[0] = ob("readiness", "2027-03-01", "2027-03-05", null);
    expect(trend(weeks, [c], byCase, pausing).map((p) => p.overdue)).toEqual([1, 0, 1]);
    // Without the flow's pausing steps the time-out changes nothing (the trend before this change).
    expect(trend(weeks, [c], byCase).map((p) => p.overdue)).toEqual([1, 1, 1]);
  });
});
