// The forms behind a flow's own buttons, pressed as on any platform: a button with nothing left to offer (no flag to
// lift, no event, programme or route) answers that it no longer applies with the current card; a single choice is
// filled in already; the dates form says which date comes first and shows what was entered.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/app/context.ts";
import { runAction } from "../../src/app/interactions/run-action.ts";
import { reportCase } from "../../src/app/report-case.ts";
import { REPORT_ARREARS, reportOverlast } from "../support/fixtures.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const anouk: Actor = { personId: "anouk-jansen", platform: "local" };
const hanna: Actor = { personId: "hanna-visser", platform: "local" };
const NOTHING_TO_OFFER =
  "Deze knop is niet meer van toepassing. Deze knop werkt niet meer. Vernieuw het bericht en probeer het opnieuw. " +
  "Hieronder de kaart zoals ze nu is.";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.close());

const press = (actor: Actor, caseId: string, actionId: string, values?: Record<string, unknown>) =>
  runAction({ ctx: app.ctx, actor, actionId, caseId, ...(values ? { values } : {}) });
/** The form a press opens, by field: its value, hint and options. */
async function formOf(actor: Actor, caseId: string, actionId: string) {
  const result = await press(actor, caseId, actionId);
  if (result.kind !== "form") throw new Error(`${actionId} opened no form: ${JSON.stringify(result)}`);
  return { title: result.form.title, fields: Object.fromEntries(result.form.fields.map((f) => [f.id, f])) };
}
const textOf = (result: Awaited<ReturnType<typeof press>>) =>
  result.kind === "message" ? result.message.text : JSON.stringify(result);
async function arrearsCase(): Promise<string> {
  const result = await reportCase({ ctx: app.ctx, actor: anouk, flowId: "huisuitzetting", values: REPORT_ARREARS });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.caseId;
}

describe("a flow's own buttons", () => {
  it("offers the one flag that is not set, filled in, and only lifts a flag that is set", async () => {
    const caseId = await arrearsCase();
    expect(textOf(await press(anouk, caseId, "case.lift_flag"))).toBe(NOTHING_TO_OFFER);
    const setting = await formOf(anouk, caseId, "case.set_flag");
    expect(setting.title).toBe("Bezwaar vastleggen");
    expect(setting.fields.flag).toMatchObject({ value: "objection", options: [{ value: "objection" }] });
    expect((await press(anouk, caseId, "case.set_flag", { flag: "objection" })).kind).toBe("done");
    expect(textOf(await press(anouk, caseId, "case.set_flag"))).toBe(NOTHING_TO_OFFER);
    expect((await formOf(anouk, caseId, "case.lift_flag")).fields.flag).toMatchObject({ value: "objection" });
  });

  it("says in the dates form which date comes first, and shows a date already entered", async () => {
    const caseId = await arrearsCase();
    const before = await formOf(anouk, caseId, "case.enter_dates");
    expect(before.fields.bailiff?.hint).toBeUndefined();
    expect(before.fields.summons?.hint).toBe("Niet vóór Deurwaarder ingeschakeld.");
    expect(before.fields.summons?.value).toBeUndefined();
    expect((await press(anouk, caseId, "case.enter_dates", { bailiff: "2026-11-20" })).kind).toBe("done");
    expect((await formOf(anouk, caseId, "case.enter_dates")).fields.bailiff?.value).toBe("2026-11-20");
  });

  it("answers an event, programme or route button with nothing to offer with the current card", async () => {
    const { caseId } = await reportOverlast(app.ctx);
    for (const actionId of ["case.record_event", "case.opt_in", "case.branch_outcome"]) {
      const result = await press(anouk, caseId, actionId);
      expect(textOf(result)).toBe(NOTHING_TO_OFFER);
      expect(result.kind === "message" && result.message.card?.title).toMatch(/^OV-/);
    }
  });

  it("fills in the only optional step there is to start", async () => {
    const values = {
      municipality: "bergen-op-zoom",
      care_provider: "zorggroep-kompas",
      corporation: "woonhaven",
      leaving: "bw",
      under_27: false,
      legal_basis: "consent",
      resident_name: "Formulier Uitstroom",
      address: "Nieuwstraat 9",
    };
    const reported = await reportCase({ ctx: app.ctx, actor: hanna, flowId: "uitstroom", values });
    if (!reported.ok) throw new Error(JSON.stringify(reported.errors));
    const optIn = await formOf(hanna, reported.caseId, "case.opt_in");
    expect(optIn.title).toBe("Traject starten");
    expect(optIn.fields.step).toMatchObject({ value: "time_out", options: [{ value: "time_out" }] });
  });
});
