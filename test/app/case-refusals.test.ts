// The case use-cases' refusals, called through runAction as every adapter does: each is one Dutch sentence that
// names the case, and the case's level, status and timeline stay as they were.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/app/context.ts";
import { runAction } from "../../src/app/interactions/run-action.ts";
import { reportCase } from "../../src/app/report-case.ts";
import { VALID_REPORT } from "../contract/adapter-contract.ts";
import { must } from "../support/must.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const eva: Actor = { personId: "eva-bakker", platform: "local" };
const anouk: Actor = { personId: "anouk-jansen", platform: "local" };

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.close());

async function newCase(): Promise<{ id: string; reference: string }> {
  const reported = await reportCase({ ctx: app.ctx, actor: eva, flowId: "overlast", values: VALID_REPORT });
  if (!reported.ok) throw new Error(`the report was refused: ${JSON.stringify(reported.errors)}`);
  const c = must(await app.ctx.store.read.caseByReference(reported.reference), reported.reference);
  return { id: c.id, reference: c.reference };
}
const act = (actor: Actor, actionId: string, caseId: string, values: Record<string, unknown>) =>
  runAction({ ctx: app.ctx, actor, actionId, caseId, values });
const state = async (caseId: string) => {
  const c = must(await app.ctx.store.read.case(caseId));
  return { level: c.level, status: c.status, events: (await app.ctx.store.read.events(caseId)).length };
};

describe("changing a case's level", () => {
  it("refuses to go below the lowest level or above the highest, naming the case", async () => {
    const c = await newCase();
    const before = await state(c.id);
    expect(await act(eva, "case.deescalate", c.id, { reason: "Rustig" })).toMatchObject({
      kind: "error",
      error: `Melding ${c.reference} staat al op het laagste niveau.`,
    });
    expect(await state(c.id)).toEqual(before);
    for (const _ of [1, 2]) expect((await act(eva, "case.escalate", c.id, { reason: "Nodig" })).kind).toBe("done");
    const top = await state(c.id);
    expect(top.level).toBe(2);
    expect(await act(eva, "case.escalate", c.id, { reason: "Nog hoger" })).toMatchObject({
      kind: "error",
      error: `Melding ${c.reference} staat al op het hoogste niveau.`,
    });
    expect(await state(c.id)).toEqual(top);
    expect((await act(eva, "case.deescalate", c.id, { reason: "Het gaat beter" })).kind).toBe("done");
    expect((await state(c.id)).level).toBe(1);
  });

  it("asks for a reason, and refuses someone outside the case", async () => {
    const c = await newCase();
    const before = await state(c.id);
    expect(await act(eva, "case.escalate", c.id, { reason: "  " })).toEqual({
      kind: "field_errors",
      errors: { reason: "Vul dit veld in." },
    });
    expect(await act(anouk, "case.escalate", c.id, { reason: "Nodig" })).toMatchObject({
      kind: "error",
      code: "not_allowed",
    });
    expect(await state(c.id)).toEqual(before);
    expect((await act(eva, "case.close", c.id, { outcome: "resolved", note: "" })).kind).toBe("done");
    const closed = await state(c.id);
    expect(await act(anouk, "case.reopen", c.id, { reason: "Weer overlast" })).toMatchObject({
      kind: "error",
      code: "not_allowed",
    });
    expect(await state(c.id)).toEqual(closed);
  });
});

describe("open and closed cases", () => {
  it("refuses to reopen an open case and to escalate a closed one, then reopens it", async () => {
    const c = await newCase();
    expect(await act(eva, "case.reopen", c.id, { reason: "Opnieuw" })).toMatchObject({
      kind: "error",
      error: `Melding ${c.reference} is nog open.`,
    });
    expect((await act(eva, "case.close", c.id, { outcome: "resolved", note: "" })).kind).toBe("done");
    const closed = await state(c.id);
    expect(closed.status).toBe("closed");
    expect(await act(eva, "case.escalate", c.id, { reason: "Nodig" })).toMatchObject({
      kind: "error",
      error: `Melding ${c.reference} is afgesloten. Heropen haar eerst.`,
    });
    expect(await state(c.id)).toEqual(closed);
    expect((await act(eva, "case.reopen", c.id, { reason: "Weer overlast" })).kind).toBe("done");
    expect((await state(c.id)).status).toBe("open");
  });

  it("refuses to extend a trial on a case without one, and to opt into a step the flow lacks", async () => {
    const c = await newCase();
    const before = await state(c.id);
    expect(await act(eva, "case.extend_trial", c.id, { reason: "Nog even" })).toMatchObject({
      kind: "error",
      error: `Melding ${c.reference} heeft geen openstaande stap.`,
    });
    expect(await act(eva, "case.opt_in", c.id, { step: "bestaat-niet" })).toEqual({
      kind: "field_errors",
      errors: { step: "Kies een van de opties." },
    });
    expect(await state(c.id)).toEqual(before);
  });

  it("refuses to close with an outcome the flow lacks, or to close or reopen by someone outside the case", async () => {
    const c = await newCase();
    const before = await state(c.id);
    expect(await act(eva, "case.close", c.id, { outcome: "vanzelf_over", note: "" })).toEqual({
      kind: "field_errors",
      errors: { outcome: "Kies een van de opties." },
    });
    expect(await act(anouk, "case.close", c.id, { outcome: "resolved", note: "" })).toMatchObject({
      kind: "error",
      code: "not_allowed",
    });
    expect(await state(c.id)).toEqual(before);
    expect((await act(eva, "case.close", c.id, { outcome: "resolved", note: "" })).kind).toBe("done");
    const closed = await state(c.id);
    expect(await act(anouk, "case.reopen", c.id, { reason: "Weer overlast" })).toMatchObject({
      kind: "error",
      code: "not_allowed",
    });
    expect(await state(c.id)).toEqual(closed);
  });
});
