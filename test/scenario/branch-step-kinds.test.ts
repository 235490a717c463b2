// A branch that runs more than task steps, from the flow file alone, through the console API: an aftercare route
// records its agreements (conditions), waits while consent is withdrawn, evaluates every two weeks three times
// (a step without a deadline), offers a time-out inside the route that pauses the other clocks, and ends with a
// closing talk on the 25th of the next month (Christmas Day here, so the next working day). The corporation's own
// line runs on throughout. Dates by hand on the 2026 calendar (Christmas Friday 25 and Saturday 26 December).
import { cpSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseDriver } from "../support/case-driver.ts";
import { must } from "../support/must.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

function routeFlows(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "branch-kinds-"));
  cpSync("flows", dir, { recursive: true });
  cpSync("test/fixtures/flows/nazorg-routes.yaml", path.join(dir, "nazorg-routes.yaml"));
  return dir;
}

let app: TestApp;
let drive: ReturnType<typeof caseDriver>;
let ref = "";
beforeAll(async () => {
  app = await startTestApp({ flowsDir: routeFlows() });
  drive = caseDriver(app.url);
  ({ caseRef: ref } = await drive.report("anouk-jansen", "/nazorg", {
    municipality: "bergen-op-zoom",
    corporation: "woonhaven",
    care_provider: "zorggroep-kompas",
    legal_basis: "consent",
    resident_name: "Planted Bewoner",
  }));
});
afterAll(async () => app?.close());

const routes = () => drive.partyField("hanna-visser", ref, "Routes");
/** Open obligations of a step as "yyyy-mm-ddThh:mm" (UTC; 17:00 in Amsterdam is 16:00 UTC in winter). */
const due = async (step: string) => {
  const c = must(await app.ctx.store.read.caseByReference(ref), "case");
  return (await app.ctx.store.read.obligations(c.id))
    .filter((o) => o.stepId.split("#")[0] === step && o.status === "open")
    .map((o) => o.dueAt.toISOString().slice(0, 16))
    .sort();
};
const optIn = async (step: string) => {
  const opened = await drive.api.action("hanna-visser", (await drive.card(ref)).id, "case.opt_in");
  const options = (opened.body.form?.fields[0]?.options ?? []).map((o: { value: string }) => o.value);
  const submitted = opened.body.form ? await drive.api.submit("hanna-visser", opened.body.form.id, { step }) : opened;
  return { options, body: submitted.body };
};

describe("a branch with a conditions step, evaluations, an opt-in pause and an anchored deadline", () => {
  it("offers the route's time-out only while the route runs", async () => {
    const before = await optIn("route_time_out");
    expect(before.options).toEqual(["aftercare"]);
    expect(before.body.error).toBe("Route ‘Nazorg’ loopt niet (meer).");
    const started = await optIn("aftercare");
    expect(started.body.ok).toBe(true);
    expect(await routes()).toBe("Nazorg: Nazorgafspraken vastleggen");
    expect(await drive.field(ref, "Stap")).toBe("Huisbezoek corporatie");
  });

  it("records the route's agreements, then its evaluations wait while consent is withdrawn", async () => {
    expect((await drive.press("hanna-visser", ref, "case.set_flag", { flag: "consent_withdrawn" })).body.ok).toBe(true);
    const recorded = await drive.press("hanna-visser", ref, "case.record_conditions", {
      support: true,
      support_party: "care",
    });
    expect(recorded.body.ok).toBe(true);
    expect(await routes()).toBe("Nazorg: wacht (Evaluaties nazorg geblokkeerd)");
    const held = await optIn("route_time_out");
    expect(held.options).toContain("route_time_out");
    expect(held.body.error).toBe(
      "De stap ‘Time-out in de nazorg’ is geblokkeerd. De nazorgroute wacht tot de bewoner weer toestemming geeft.",
    );
    expect(await drive.field(ref, "Stap")).toBe("Huisbezoek corporatie");
    expect(await due("home_visit")).toEqual(["2026-12-07T16:00"]); // 10 working days from Monday 23 November
  });

  it("plans three evaluations two weeks apart from the lift, without a deadline of their own", async () => {
    await drive.api.advance({ workingDays: 2 }); // Wednesday 25 November
    expect((await drive.press("hanna-visser", ref, "case.lift_flag", { flag: "consent_withdrawn" })).body.ok).toBe(
      true,
    );
    expect(await routes()).toBe("Nazorg: Evaluaties nazorg");
    // Wednesday 25 November + 2, 4 and 6 weeks.
    expect(await due("aftercare_checks")).toEqual(["2026-12-09T16:00", "2026-12-23T16:00", "2027-01-06T16:00"]);
    expect(await drive.partyField("hanna-visser", ref, "Evaluaties")).toMatch(/^0 van 3 gedaan, volgende wo 9 dec/);
  });

  it("pauses every other clock of the case during the route's time-out and moves them by the days it ran", async () => {
    expect((await optIn("route_time_out")).body.ok).toBe(true);
    expect(await drive.field(ref, "Gepauzeerd")).toBe("Termijnen staan stil zolang ‘Time-out in de nazorg’ loopt");
    await drive.api.advance({ workingDays: 3 }); // Monday 30 November
    const done = await drive.press("hanna-visser", ref, "case.complete_step", { step: "route_time_out", note: "" });
    expect(done.body.ok).toBe(true);
    expect(await drive.thread(ref)).toContain(
      "‘Time-out in de nazorg’ is klaar: de andere termijnen lopen weer (3 werkdagen later dan gepland).",
    );
    // Three working days later: Monday 7 → Thursday 10 December; the moments 9 December → Monday 14 December,
    // 23 December → Tuesday 29 December (over Christmas), 6 January → Monday 11 January.
    expect(await due("home_visit")).toEqual(["2026-12-10T16:00"]);
    expect(await due("aftercare_checks")).toEqual(["2026-12-14T16:00", "2026-12-29T16:00", "2027-01-11T16:00"]);
  });

  it("moves to the closing talk after the third evaluation, due on the next working day after Christmas", async () => {
    for (let i = 0; i < 3; i++) {
      const evaluated = await drive.press("hanna-visser", ref, "case.evaluate", { outcome: "on_track", note: "" });
      expect(evaluated.body.ok).toBe(true);
    }
    expect(await routes()).toBe("Nazorg: Eindgesprek nazorg");
    // { month: 1, day: 25 } from Monday 30 November: Friday 25 December is Christmas, then a weekend: Monday 28.
    expect(await due("closing_talk")).toEqual(["2026-12-28T16:00"]);
    const closed = await drive.press("hanna-visser", ref, "case.complete_step", { step: "closing_talk", note: "" });
    expect(closed.body.ok).toBe(true);
    expect(await drive.thread(ref)).toContain("Alle stappen van route ‘Nazorg’ zijn gedaan.");
    expect(await drive.field(ref, "Stap")).toBe("Huisbezoek corporatie");
  });
});
