// A step that pauses the other clocks (pausesOthers) also stops them being overdue in the weekly digest and the
// export: two outflow cases pass their deadlines, only the one without a running time-out counts as overdue.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pausedObligations, pausingStepsOf } from "../../src/domain/digest/paused.ts";
import { caseDriver } from "../support/case-driver.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

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
      municipality: "bergen-op-zoom",
      care_provider: "zorggroep-kompas",
      corporation: "woonhaven",
      leaving: "mo",
      under_27: false,
      legal_basis: "consent",
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
});
