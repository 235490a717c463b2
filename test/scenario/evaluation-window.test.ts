// An evaluation window declared in the flow, through the console API (issue 14, item 3): a moment cannot be
// recorded months early, each party records its own part, and a party that has not is reminded once the
// moment passes while the others are not.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseDriver } from "../support/case-driver.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const PLAN =
  "evaluation: { firstYear: 4, thereafter: { amount: 6, unit: months }, extension: { amount: 12, unit: months } }";
const WINDOWED =
  "evaluation: { firstYear: 4, thereafter: { amount: 6, unit: months }, " +
  "window: { before: { amount: 10, unit: workingDays } }, eachParty: true }";

function windowFlows(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "window-flows-"));
  cpSync("flows", dir, { recursive: true });
  const file = path.join(dir, "tweede-kans.yaml");
  const text = readFileSync(file, "utf8");
  if (!text.includes(PLAN)) throw new Error("tweede-kans.yaml no longer has the evaluation plan this test edits");
  writeFileSync(file, text.replace(PLAN, WINDOWED));
  return dir;
}

const CONTACTS = ["anouk-jansen", "hanna-visser", "pieter-claassen"];
let app: TestApp;
let drive: ReturnType<typeof caseDriver>;
let ref = "";
beforeAll(async () => {
  app = await startTestApp({ flowsDir: windowFlows() });
  drive = caseDriver(app.url);
  ({ caseRef: ref } = await drive.report("hanna-visser", "/tweedekans", {
    municipality: "bergen-op-zoom",
    corporation: "woonhaven",
    care_provider: "zorggroep-kompas",
    requested_by: "care",
    history: "evicted_arrears",
    legal_basis: "consent",
    resident_name: "X",
    address: "Kerkstraat 1",
    motivation: "M",
  }));
  for (const who of CONTACTS) await drive.press(who, ref, "case.acknowledge");
  for (const who of CONTACTS) await drive.press(who, ref, "case.advise", { advice: "agree", motivation: "ja" });
  await drive.press("anouk-jansen", ref, "case.record_conditions", { support: true, support_party: "care" });
});
afterAll(async () => app?.close());

const reminded = async (who: string) =>
  (await drive.dm(who)).filter((t) => t.includes(ref) && t.startsWith("Herinnering: ‘Proefperiode")).length;

describe("an evaluation window", () => {
  it("refuses a moment months early with the day it opens", async () => {
    expect(await drive.field(ref, "Stap")).toBe("Proefperiode met evaluaties");
    const early = await drive.press("hanna-visser", ref, "case.evaluate", { outcome: "on_track", note: "" });
    expect(early.status).toBe(409);
    expect(early.body.error).toBe(
      "De evaluatie van di 23 feb 2027 kan pas vanaf di 9 feb 2027 worden vastgelegd. " +
        "Leg haar vast rond het moment zelf.",
    );
    expect(await drive.partyField("hanna-visser", ref, "Evaluaties")).toMatch(/^0 van 6 gedaan/);
  });

  it("lets each party record its own part inside the window; the moment stays open for the others", async () => {
    await drive.api.advance({ workingDays: 55 }); // Wednesday 10 February 2027
    const own = await drive.press("hanna-visser", ref, "case.evaluate", { outcome: "yellow_card", note: "" });
    expect(own.body.ok).toBe(true);
    expect(await drive.partyField("hanna-visser", ref, "Evaluaties")).toMatch(/^0 van 6 gedaan/);
    const c = await app.ctx.store.read.caseByReference(ref);
    const first = (await app.ctx.store.read.obligations(c?.id ?? "")).filter((o) => o.stepId === "evaluation#1");
    expect(first.map((o) => `${o.partyId}:${o.status}`).sort()).toEqual(["care:done", "corporation:open", "wmo:open"]);
  });

  it("reminds only the parties whose part is still open when the moment passes, then counts it done", async () => {
    await drive.api.advance({ workingDays: 10 }); // Wednesday 24 February 2027, after the moment
    expect(await reminded("anouk-jansen")).toBe(1);
    expect(await reminded("pieter-claassen")).toBe(1);
    expect(await reminded("hanna-visser")).toBe(0);
    for (const who of ["anouk-jansen", "pieter-claassen"]) {
      expect((await drive.press(who, ref, "case.evaluate", { outcome: "on_track", note: "" })).body.ok).toBe(true);
    }
    expect(await drive.partyField("hanna-visser", ref, "Evaluaties")).toMatch(/^1 van 6 gedaan/);
  });
});
