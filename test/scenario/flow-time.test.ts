// Time rules from the flow file alone, through the console API: a step without a deadline is shown as
// "geen termijn" and never escalated; a calendar anchor and a two-weekly evaluation plan real dates.
import { must } from "../support/must.ts";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseDriver } from "../support/case-driver.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

function timeFlows(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "time-flows-"));
  cpSync("flows", dir, { recursive: true });
  const edit = (file: string, from: string, to: string) => {
    const text = readFileSync(path.join(dir, file), "utf8");
    if (!text.includes(from)) throw new Error(`${file} no longer contains ${from}`);
    writeFileSync(path.join(dir, file), text.replace(from, to));
  };
  edit(
    "overlast.yaml",
    "    owner: all\n    deadline: { amount: 1, unit: workingDays }",
    "    owner: all\n    deadline: none",
  );
  edit(
    "tweede-kans.yaml",
    "    kind: conditions\n    deadline: { amount: 10, unit: workingDays }",
    "    kind: conditions\n    deadline: { month: 1, day: 25 }",
  );
  edit(
    "tweede-kans.yaml",
    "evaluation: { firstYear: 4, thereafter: { amount: 6, unit: months }, extension: { amount: 12, unit: months } }",
    "evaluation: { every: { amount: 2, unit: weeks }, count: 3 }",
  );
  return dir;
}

let app: TestApp;
let drive: ReturnType<typeof caseDriver>;
beforeAll(async () => {
  app = await startTestApp({ flowsDir: timeFlows() });
  drive = caseDriver(app.url);
});
afterAll(async () => app?.close());

const dueDates = async (reference: string, prefix: string) => {
  const c = await app.ctx.store.read.caseByReference(reference);
  const obligations = (await app.ctx.store.read.obligations(must(c, "c").id)).filter((o) =>
    o.stepId.startsWith(prefix),
  );
  return [...new Set(obligations.map((o) => `${o.stepId} ${app.ctx.calendar.localDate(o.dueAt)}`))].sort();
};

describe("calendar anchors and an evaluation every two weeks", () => {
  it("plans the conditions for the 25th of next month (after Christmas) and three two-weekly moments", async () => {
    const { caseRef } = await drive.report("hanna-visser", "/tweedekans", {
      municipality: "roosendaal",
      corporation: "wonen-aan-de-vliet",
      care_provider: "zorggroep-kompas",
      requested_by: "wmo",
      history: "other",
      legal_basis: "consent",
      resident_name: "X",
      address: "Markt 2",
      motivation: "M",
    });
    for (const who of ["eva-bakker", "joris-de-bruijn", "rob-van-gils"])
      await drive.press(who, caseRef, "case.acknowledge");
    for (const who of ["eva-bakker", "joris-de-bruijn", "rob-van-gils"]) {
      await drive.press(who, caseRef, "case.advise", { advice: "agree", motivation: "ja" });
    }
    // Started on Monday 23 November 2026: the 25th of next month is Christmas, then the weekend: Monday 28th.
    expect(app.ctx.calendar.localDate(app.ctx.clock.now())).toBe("2026-11-23");
    expect(await dueDates(caseRef, "conditions")).toEqual(["conditions 2026-12-28"]);
    await drive.press("eva-bakker", caseRef, "case.record_conditions", { support: true, support_party: "care" });
    expect(await dueDates(caseRef, "evaluation#")).toEqual([
      "evaluation#1 2026-12-07",
      "evaluation#2 2026-12-21",
      "evaluation#3 2027-01-04",
    ]);
  });
});

describe("a step without a deadline", () => {
  it("shows 'geen termijn' on the card and in /schakel mijn, and is never escalated", async () => {
    const { caseRef } = await drive.report("femke-de-wit", "/overlast", {
      municipality: "bergen-op-zoom",
      corporation: "woonhaven",
      care_provider: "zorggroep-kompas",
      category: "noise",
      triage: "vulnerable_household",
      urgency: "high",
      legal_basis: "public_task",
      resident_name: "X",
      address: "Y 1",
      description: "Z",
      incident_date: "2026-11-20",
    });
    expect(await drive.field(caseRef, "Wacht op")).toContain("Woonstichting Woonhaven (geen termijn)");
    const mine = (await drive.api.command("anouk-jansen", "/schakel", "mijn")).body.message.text as string;
    expect(mine).toContain(`${caseRef}: Ontvangst bevestigen voor Woonstichting Woonhaven, geen termijn`);
    await drive.api.advance({ workingDays: 10 });
    expect((await drive.dm("anouk-jansen")).filter((t) => t.includes(caseRef) && t.startsWith("Herinnering"))).toEqual(
      [],
    );
    expect((await drive.thread(caseRef)).filter((t) => t.startsWith("Termijn verstreken"))).toEqual([]);
    expect(await drive.field(caseRef, "Wacht op")).not.toContain("verlopen");
  });
});
