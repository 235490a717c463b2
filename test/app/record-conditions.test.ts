// Recording the conditions of a second-chance agreement through runAction, as every adapter does: too early or
// with a party that is not on the case it is refused in Dutch and nothing changes; a ticked box without a
// party goes to the condition's default party.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/app/context.ts";
import { runAction } from "../../src/app/interactions/run-action.ts";
import { reportCase } from "../../src/app/report-case.ts";
import { must } from "../support/must.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const TWEEDE_KANS = {
  municipality: "bergen-op-zoom",
  corporation: "woonhaven",
  care_provider: "zorggroep-kompas",
  requested_by: "care",
  history: "evicted_arrears",
  legal_basis: "consent",
  resident_name: "X",
  address: "Kerkstraat 1",
  motivation: "M",
};
const CONTACTS = ["anouk-jansen", "hanna-visser", "pieter-claassen"];
const as = (personId: string): Actor => ({ personId, platform: "local" });
const corporation = as("anouk-jansen");

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.close());

async function newCase(): Promise<{ id: string; reference: string }> {
  const reported = await reportCase({
    ctx: app.ctx,
    actor: as("hanna-visser"),
    flowId: "tweede_kans",
    values: TWEEDE_KANS,
  });
  if (!reported.ok) throw new Error(`the report was refused: ${JSON.stringify(reported.errors)}`);
  const c = must(await app.ctx.store.read.caseByReference(reported.reference), reported.reference);
  return { id: c.id, reference: c.reference };
}
const act = (actor: Actor, actionId: string, caseId: string, values: Record<string, unknown> = {}) =>
  runAction({ ctx: app.ctx, actor, actionId, caseId, values });
async function toConditions(caseId: string) {
  // The reporter's own party acknowledged on reporting.
  for (const who of ["anouk-jansen", "pieter-claassen"])
    expect(await act(as(who), "case.acknowledge", caseId)).toMatchObject({ kind: "done" });
  for (const who of CONTACTS)
    expect((await act(as(who), "case.advise", caseId, { advice: "agree", motivation: "ja" })).kind).toBe("done");
}
const recorded = async (caseId: string) =>
  (await app.ctx.store.read.events(caseId))
    .filter((e) => e.type === "conditions.recorded")
    .map((e) => e.data.conditions);

describe("recording the conditions of a second chance", () => {
  it("refuses before the case reaches the conditions step, naming the case", async () => {
    const c = await newCase();
    expect(await act(corporation, "case.record_conditions", c.id, { support: true })).toMatchObject({
      kind: "error",
      error: `Melding ${c.reference} heeft geen openstaande stap.`,
    });
    expect(await recorded(c.id)).toEqual([]);
  });

  it("refuses a party that is not on the case, and keeps the step open", async () => {
    const c = await newCase();
    await toConditions(c.id);
    const values = { support: "on", support_party: "somebody-else" };
    expect(await act(corporation, "case.record_conditions", c.id, values)).toEqual({
      kind: "field_errors",
      errors: { support_party: "Kies een van de opties." },
    });
    expect(await recorded(c.id)).toEqual([]);
    expect(must(await app.ctx.store.read.case(c.id)).currentStepId).toBe("conditions");
  });

  it("gives a ticked condition without a party to its default party, and ignores unticked ones", async () => {
    const c = await newCase();
    await toConditions(c.id);
    const values = { support: "true", payment_plan: "on", budget_management: false, behaviour_rules: "no" };
    expect((await act(corporation, "case.record_conditions", c.id, values)).kind).toBe("done");
    expect(await recorded(c.id)).toEqual([
      [
        { id: "support", partyId: "care" },
        { id: "payment_plan", partyId: "corporation" },
      ],
    ]);
    expect(must(await app.ctx.store.read.case(c.id)).currentStepId).toBe("evaluation");
  });
});

describe("advice and the trial period at the wrong moment", () => {
  it("refuses advice that is not one of the options, before the advice step, and a second time", async () => {
    const c = await newCase();
    const advise = (who: string, advice: string) =>
      act(as(who), "case.advise", c.id, { advice, motivation: "Goed onderbouwd" });
    expect(await advise("anouk-jansen", "agree")).toMatchObject({
      kind: "error",
      error: `Melding ${c.reference} heeft geen openstaande stap.`,
    });
    expect(await advise("anouk-jansen", "misschien")).toEqual({
      kind: "field_errors",
      errors: { advice: "Kies een van de opties." },
    });
    for (const who of ["anouk-jansen", "pieter-claassen"]) await act(as(who), "case.acknowledge", c.id);
    expect((await advise("anouk-jansen", "agree")).kind).toBe("done");
    // Refused as a button that no longer applies: nothing is left for this party (not "no contact of this case").
    const again = await advise("anouk-jansen", "disagree");
    expect(again.kind === "message" && again.message.text).toContain(
      `Er staat voor jou niets (meer) te bevestigen bij ${c.reference}.`,
    );
    const advised = (await app.ctx.store.read.events(c.id)).filter((e) => e.type === "advice.given");
    expect(advised).toHaveLength(1);
  });

  it("refuses to extend a trial that has not started", async () => {
    const c = await newCase();
    expect(await act(corporation, "case.extend_trial", c.id, { reason: "Nog niet stabiel" })).toMatchObject({
      kind: "error",
      error: `Melding ${c.reference} heeft geen openstaande stap.`,
    });
  });
});
