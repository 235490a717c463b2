// Texts from the flow file alone, through the console API: a letter and an agenda with conditions on structured
// fields, rendered with liquidjs only in the private view of the parties they are for; never in a channel, a DM
// or the log. The validator refuses an unknown variable and a template that would read files.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Logger } from "../../src/app/ports.ts";
import { caseDriver } from "../support/case-driver.ts";
import { flowProblemsOf } from "../support/flow-problems.ts";
import { REPORT_ARREARS } from "../support/fixtures.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const TEXTS = `
texts:
  - id: reminder_letter
    label: Aanmaningsbrief
    step: reminder_contact
    template: |
      Geachte {{ resident_name }},
      Uw huurachterstand bedraagt {{ arrears_amount }} euro ({{ days_in_arrears }} dagen).
      {% if children_in_household %}Omdat er kinderen in uw huishouden zijn, bellen wij u ook.{% endif %}
      Kenmerk: {{ case.reference }}, {{ case.municipality }}
  - id: agenda
    label: Agenda gesprek gemeente
    step: municipality_contact
    for: [wmo]
    template: "Agenda {{ case.reference }}: kennismaking; hulpaanbod{% if children_in_household %}; kinderen{% endif %}"
`;
const eviction = readFileSync("flows/dreigende-huisuitzetting.yaml", "utf8");

function textFlows(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "text-flows-"));
  cpSync("flows", dir, { recursive: true });
  writeFileSync(path.join(dir, "dreigende-huisuitzetting.yaml"), `${eviction}${TEXTS}`);
  return dir;
}

const logged: string[] = [];
const log: Logger = {
  info: (...a: unknown[]) => logged.push(JSON.stringify(a)),
  warn: (...a: unknown[]) => logged.push(JSON.stringify(a)),
  error: (...a: unknown[]) => logged.push(JSON.stringify(a)),
  debug: (...a: unknown[]) => logged.push(JSON.stringify(a)),
};
const ARREARS = REPORT_ARREARS;
let app: TestApp;
let drive: ReturnType<typeof caseDriver>;
beforeAll(async () => {
  app = await startTestApp({ flowsDir: textFlows(), log });
  drive = caseDriver(app.url);
});
afterAll(async () => app?.close());

const view = async (who: string, ref: string) => {
  const fields = (await drive.press(who, ref, "case.details")).body.view.fields as { label: string; value: string }[];
  return new Map(fields.map((f) => [f.label, f.value]));
};

describe("a letter and an agenda declared in the flow", () => {
  it("renders the letter with the condition on a structured field, for the corporation only", async () => {
    const { caseRef: withChildren } = await drive.report("anouk-jansen", "/huisuitzetting", {
      ...ARREARS,
      children_in_household: true,
    });
    const letter = (await view("anouk-jansen", withChildren)).get("Tekst: Aanmaningsbrief");
    expect(letter).toBe(
      "Geachte Planted Huurder,\nUw huurachterstand bedraagt 1875 euro (45 dagen).\n" +
        `Omdat er kinderen in uw huishouden zijn, bellen wij u ook.\nKenmerk: ${withChildren}, Bergen op Zoom`,
    );
    const { caseRef: without } = await drive.report("anouk-jansen", "/huisuitzetting", ARREARS);
    expect((await view("anouk-jansen", without)).get("Tekst: Aanmaningsbrief")).not.toContain("kinderen");
  });

  it("shows the agenda to the municipality once its step starts, and never the letter", async () => {
    const { caseRef } = await drive.report("anouk-jansen", "/huisuitzetting", ARREARS);
    await drive.press("anouk-jansen", caseRef, "case.complete_step", { note: "" });
    expect([...(await view("pieter-claassen", caseRef)).keys()].filter((k) => k.startsWith("Tekst"))).toEqual([]);
    await drive.press("anouk-jansen", caseRef, "case.complete_step", { note: "" });
    expect(await drive.field(caseRef, "Stap")).toBe("Contact en hulpaanbod gemeente");
    const wmo = await view("pieter-claassen", caseRef);
    expect(wmo.get("Tekst: Agenda gesprek gemeente")).toBe(`Agenda ${caseRef}: kennismaking; hulpaanbod`);
    expect(wmo.has("Tekst: Aanmaningsbrief")).toBe(false);
    expect((await view("anouk-jansen", caseRef)).has("Tekst: Agenda gesprek gemeente")).toBe(false);
  });

  it("keeps every rendered text out of the channels, the DMs and the log", async () => {
    const everything = JSON.stringify(
      await Promise.all((await drive.api.channels()).map((ch) => drive.api.messages(ch.id))),
    );
    expect(everything).not.toContain("Geachte");
    expect(everything).not.toContain("Planted Huurder");
    expect(logged.join("\n")).not.toContain("Planted Huurder");
    expect(logged.join("\n")).not.toContain("1875");
  });
});

describe("the validator on texts", () => {
  it("refuses an unknown variable, a template that reads files, and an unknown step", () => {
    expect(flowProblemsOf(`${eviction}${TEXTS.replace("{{ resident_name }}", "{{ resident_nam }}")}`)).toMatch(
      /texts\[0\]\.template \(line \d+\): unknown variable "resident_nam"/,
    );
    expect(flowProblemsOf(`${eviction}${TEXTS.replace("kennismaking;", "{% include 'x' %}")}`)).toMatch(
      /a flow text cannot include, render or layout files/,
    );
    expect(flowProblemsOf(`${eviction}${TEXTS.replace("step: municipality_contact", "step: meeting")}`)).toMatch(
      /texts\[1\]\.step \(line \d+\): unknown step "meeting"/,
    );
  });
});
