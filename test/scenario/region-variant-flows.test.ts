// A region changes the defaults in the flow files alone: a 2-month arrears trigger, 5 notice days,
// a one-year trial with two evaluations, and a majority decision rule. No code changes.
import { must } from "../support/must.ts";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseDriver } from "../support/case-driver.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

function variantFlows(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "variant-flows-"));
  cpSync("flows", dir, { recursive: true });
  const edit = (file: string, replacements: [string, string][]) => {
    let text = readFileSync(path.join(dir, file), "utf8");
    for (const [from, to] of replacements) {
      if (!text.includes(from)) throw new Error(`${file} no longer contains ${from}`);
      text = text.replace(from, to);
    }
    writeFileSync(path.join(dir, file), text);
  };
  edit("dreigende-huisuitzetting.yaml", [
    ["      min: 30\n", "      min: 60\n"],
    ["    before: { amount: 10, unit: workingDays }", "    before: { amount: 5, unit: workingDays }"],
  ]);
  edit("tweede-kans.yaml", [
    ["    decision: { rule: unanimous }", "    decision: { rule: majority }"],
    [
      "    deadline: { amount: 24, unit: months }\n    evaluation: { firstYear: 4, thereafter: { amount: 6, unit: months }, extension: { amount: 12, unit: months } }",
      "    deadline: { amount: 12, unit: months }\n    evaluation: { firstYear: 2 }",
    ],
  ]);
  return dir;
}

let app: TestApp;
let drive: ReturnType<typeof caseDriver>;
beforeAll(async () => {
  app = await startTestApp({ flowsDir: variantFlows() });
  drive = caseDriver(app.url);
});
afterAll(async () => app?.close());

describe("a region's own defaults, from the flow files alone", () => {
  it("uses a two-month arrears trigger", async () => {
    const result = await drive.report("anouk-jansen", "/huisuitzetting", {
      municipality: "bergen-op-zoom",
      corporation: "woonhaven",
      days_in_arrears: "45",
      legal_basis: "public_task",
      arrears_amount: "900",
      resident_name: "X",
      address: "Y 1",
    });
    expect(result.errors).toEqual({ days_in_arrears: "Vul minstens 60 in." });
  });

  it("grants a second chance by majority and plans two evaluations in a one-year trial", async () => {
    const { caseRef } = await drive.report("hanna-visser", "/tweedekans", {
      municipality: "roosendaal",
      corporation: "wonen-aan-de-vliet",
      care_provider: "zorggroep-kompas",
      requested_by: "wmo",
      history: "other",
      legal_basis: "consent",
      resident_name: "X",
      address: "Markt 1",
      motivation: "M",
    });
    for (const who of ["eva-bakker", "joris-de-bruijn", "rob-van-gils"])
      await drive.press(who, caseRef, "case.acknowledge");
    await drive.press("eva-bakker", caseRef, "case.advise", { advice: "agree", motivation: "ja" });
    await drive.press("joris-de-bruijn", caseRef, "case.advise", { advice: "disagree", motivation: "nee" });
    await drive.press("rob-van-gils", caseRef, "case.advise", { advice: "agree", motivation: "ja" });
    expect(await drive.partyField("eva-bakker", caseRef, "Besluit")).toBe("toegekend");
    await drive.press("eva-bakker", caseRef, "case.record_conditions", { support: true, support_party: "care" });
    const c = await app.ctx.store.read.caseByReference(caseRef);
    const moments = new Set(
      (await app.ctx.store.read.obligations(must(c, "c").id))
        .filter((o) => o.stepId.startsWith("evaluation#"))
        .map((o) => o.stepId),
    );
    expect([...moments]).toEqual(["evaluation#1", "evaluation#2"]);
  });

  it("notifies the municipality five working days before the eviction date", async () => {
    const { caseRef } = await drive.report("anouk-jansen", "/huisuitzetting", {
      municipality: "bergen-op-zoom",
      corporation: "woonhaven",
      days_in_arrears: "70",
      legal_basis: "public_task",
      arrears_amount: "900",
      resident_name: "X",
      address: "Y 2",
    });
    expect((await drive.press("anouk-jansen", caseRef, "case.enter_dates", { eviction: "2026-12-21" })).body.ok).toBe(
      true,
    );
    // The municipality joins the case at the early signal, after the date was entered: its notice is planned then.
    expect((await drive.press("anouk-jansen", caseRef, "case.complete_step", { note: "" })).body.ok).toBe(true);
    const notices = async () =>
      (await drive.dm("pieter-claassen")).filter(
        (t) => t.includes(caseRef) && t.includes("Aangekondigde ontruiming over"),
      ).length;
    await drive.api.advance({ workingDays: 14 }); // Friday 11 December
    expect(await notices()).toBe(0);
    await drive.api.advance({ workingDays: 1 }); // Monday 14 December = 5 working days before the 21st
    expect(await notices()).toBe(1);
  });
});
