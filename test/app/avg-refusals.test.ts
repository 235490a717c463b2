// The resident's AVG requests refused the way a coordinator or contact sees it on any platform (/schakel avg and
// the rectify form): an unknown reference, a restriction twice or lifted while there is none, an over-long reason,
// a value that is no date, and any change after an erasure; each is one Dutch sentence and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/app/context.ts";
import { runAction } from "../../src/app/interactions/run-action.ts";
import { runCommand } from "../../src/app/interactions/run-command.ts";
import { reportCase } from "../../src/app/report-case.ts";
import { REPORT_ARREARS } from "../support/fixtures.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const anouk: Actor = { personId: "anouk-jansen", platform: "local" };
const yvonne: Actor = { personId: "yvonne-maas", platform: "local" };

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.close());

async function newCase(): Promise<{ id: string; reference: string }> {
  const result = await reportCase({ ctx: app.ctx, actor: anouk, flowId: "huisuitzetting", values: REPORT_ARREARS });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { id: result.caseId, reference: result.reference };
}
const avg = async (actor: Actor, text: string) => {
  const result = await runCommand({ ctx: app.ctx, actor, command: "/schakel", text: `avg ${text}` });
  if (result.kind === "error") return result.error;
  if (result.kind === "done") return result.text;
  return result.kind === "message" ? result.message.text : result.kind;
};
const avgEvents = async (caseId: string) =>
  (await app.ctx.store.read.events(caseId)).filter((e) => e.type.startsWith("avg.")).map((e) => e.type);

describe("AVG requests that change nothing", () => {
  it("names an unknown reference and explains the command for an unknown request", async () => {
    expect(await avg(yvonne, "beperken DH-2026-9999 brief")).toBe("Melding DH-2026-9999 is niet gevonden.");
    expect(await avg(yvonne, "vergeten DH-2026-9999 brief")).toMatch(/^Gebruik: \/schakel avg inzage\|rectificatie/);
  });

  it("refuses a second restriction, lifting one that is not there, and a reason longer than 500 characters", async () => {
    const { id, reference } = await newCase();
    expect(await avg(yvonne, `opheffen ${reference} brief`)).toBe(
      `De gegevens van ${reference} zijn niet beperkt. Er is niets gewijzigd.`,
    );
    expect(await avg(yvonne, `beperken ${reference} ${"x".repeat(501)}`)).toBe("Gebruik hoogstens 500 tekens.");
    expect(await avg(yvonne, `beperken ${reference} brief van 12 november`)).toContain("zijn beperkt");
    expect(await avg(yvonne, `beperken ${reference} nogmaals`)).toBe(
      `De gegevens van ${reference} zijn al beperkt. Er is niets gewijzigd.`,
    );
    expect(await avgEvents(id)).toEqual(["avg.restricted"]);
  });

  it("puts a rectified value that is no date under its field and keeps the old details", async () => {
    const { id } = await newCase();
    const values = { date_of_birth: "gisteren", reason: "Brief van de bewoner" };
    const result = await runAction({ ctx: app.ctx, actor: anouk, actionId: "case.rectify", caseId: id, values });
    expect(result).toMatchObject({ kind: "field_errors", errors: { date_of_birth: expect.stringMatching(/datum/) } });
    expect(await avgEvents(id)).toEqual([]);
  });

  it("refuses to restrict or rectify the details once they are erased", async () => {
    const { id, reference } = await newCase();
    expect(await avg(yvonne, `wissen ${reference} verzoek van de bewoner`)).toContain("zijn gewist");
    const erased = `De persoonsgegevens van ${reference} zijn gewist. Er valt niets meer te openen of te wijzigen.`;
    expect(await avg(yvonne, `beperken ${reference} brief`)).toBe(erased);
    const values = { address: "Nieuwe Weg 1", reason: "Verhuisd" };
    const result = await runAction({ ctx: app.ctx, actor: anouk, actionId: "case.rectify", caseId: id, values });
    expect(result).toMatchObject({ kind: "error", error: erased });
    expect(await avgEvents(id)).toEqual(["avg.erased"]);
  });
});
