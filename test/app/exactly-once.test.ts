// Exactly once through the console API: a form instance submitted twice gives one case or one change and
// the same answer; an action on a case that moved on since it was shown is refused with the current card.
import { must } from "../support/must.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VALID_REPORT } from "../contract/adapter-contract.ts";
import { caseDriver } from "../support/case-driver.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

describe("exactly once", () => {
  let app: TestApp;
  let drive: ReturnType<typeof caseDriver>;
  beforeAll(async () => {
    app = await startTestApp();
    drive = caseDriver(app.url);
  });
  afterAll(async () => app?.close());

  const casesInStore = async () =>
    (await app.ctx.store.read.casesReportedBetween(new Date("2000-01-01"), new Date("2100-01-01"))).cases.length;

  it("creates one case when the same report form is submitted twice at once, and both answers name it", async () => {
    const before = await casesInStore();
    const form = (await drive.api.command("eva-bakker", "/overlast")).body.form;
    const [a, b] = await Promise.all([
      drive.api.submit("eva-bakker", form.id, VALID_REPORT),
      drive.api.submit("eva-bakker", form.id, VALID_REPORT),
    ]);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(a.body.caseRef).toMatch(/^OV-\d{4}-\d{4}$/);
    expect(b.body.caseRef).toBe(a.body.caseRef);
    expect(b.body.message.text).toBe(a.body.message.text);
    expect(await casesInStore()).toBe(before + 1);
  });

  it("answers a later resubmission of the same form as the first time, without a second case", async () => {
    const form = (await drive.api.command("eva-bakker", "/overlast")).body.form;
    const first = await drive.api.submit("eva-bakker", form.id, VALID_REPORT);
    const before = await casesInStore();
    const again = await drive.api.submit("eva-bakker", form.id, VALID_REPORT);
    expect(again.body.caseRef).toBe(first.body.caseRef);
    expect(await casesInStore()).toBe(before);
  });

  it("lets a form with field errors be corrected and submitted again", async () => {
    const form = (await drive.api.command("eva-bakker", "/overlast")).body.form;
    const wrong = await drive.api.submit("eva-bakker", form.id, { municipality: "roosendaal" });
    expect(wrong.status).toBe(422);
    const right = await drive.api.submit("eva-bakker", form.id, VALID_REPORT);
    expect(right.body.caseRef).toMatch(/^OV-/);
  });

  it("takes a case one level up when two Opschalen forms from a double click are both submitted", async () => {
    const reference = (await drive.report("eva-bakker", "/overlast", VALID_REPORT)).caseRef as string;
    const card = await drive.card(reference);
    const [one, two] = await Promise.all([1, 2].map(() => drive.api.action("rob-van-gils", card.id, "case.escalate")));
    const [first, second] = [must(one, "one").body.form, must(two, "two").body.form];
    expect(first.id).not.toBe(second.id);
    const results = await Promise.all([
      drive.api.submit("rob-van-gils", first.id, { reason: "Eerste reden" }),
      drive.api.submit("rob-van-gils", second.id, { reason: "Tweede reden" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const refused = must(
      results.find((r) => r.status === 409),
      "results.find((r) => r.status === 409)",
    ).body;
    expect(refused.error).toContain("De zaak is intussen gewijzigd");
    expect(refused.card.title).toContain(reference);
    const c = await app.ctx.store.read.caseByReference(reference);
    expect(c?.level).toBe(1);
    const events = await app.ctx.store.read.events(must(c, "c").id);
    expect(events.filter((e) => e.type === "case.escalated")).toHaveLength(1);
  });

  it("refuses a button pressed on a card that shows an earlier revision, and shows the current card", async () => {
    const reference = (await drive.report("eva-bakker", "/overlast", VALID_REPORT)).caseRef as string;
    const shown = (await drive.card(reference)) as Awaited<ReturnType<typeof drive.card>> & {
      card: { revision: number };
    };
    expect(await drive.press("rob-van-gils", reference, "case.escalate", { reason: "Nodig" })).toMatchObject({
      status: 200,
    });
    const stale = await drive.api.call("POST", "/api/actions", {
      as: "joris-de-bruijn",
      messageId: shown.id,
      actionId: "case.escalate",
      revision: shown.card.revision,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBe(
      `De zaak is intussen gewijzigd. Hieronder staat ${reference} zoals hij nu is; kies zo nodig opnieuw.`,
    );
    expect(stale.body.card.fields.find((f: { label: string }) => f.label === "Niveau").value).not.toBe(
      must(shown.card.fields.find((f) => f.label === "Niveau")).value,
    );
    const current = (await drive.card(reference)) as typeof shown;
    expect(current.card.revision).toBe(shown.card.revision + 1);
    const fresh = await drive.api.call("POST", "/api/actions", {
      as: "joris-de-bruijn",
      messageId: shown.id,
      actionId: "case.escalate",
      revision: current.card.revision,
    });
    expect(fresh.body.form.id).toContain(`~r${current.card.revision}~k`);
  });
});
