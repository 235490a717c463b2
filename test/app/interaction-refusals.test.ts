// The interaction use-cases every adapter calls (commands, buttons, form submissions), called directly: each
// refusal is one Dutch sentence for the person and changes nothing; the answers name what was asked for.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/app/context.ts";
import { runAction } from "../../src/app/interactions/run-action.ts";
import { runCommand } from "../../src/app/interactions/run-command.ts";
import { submitForm } from "../../src/app/interactions/submit-form.ts";
import { reportCase } from "../../src/app/report-case.ts";
import { VALID_REPORT } from "../contract/adapter-contract.ts";
import { must } from "../support/must.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const eva: Actor = { personId: "eva-bakker", platform: "local" };
const anouk: Actor = { personId: "anouk-jansen", platform: "local" };
const nobody: Actor = { personId: "niet-bestaand", platform: "local" };

let app: TestApp;
let caseId = "";
let reference = "";
beforeAll(async () => {
  app = await startTestApp();
  const reported = await reportCase({ ctx: app.ctx, actor: eva, flowId: "overlast", values: VALID_REPORT });
  if (!reported.ok) throw new Error(`the report was refused: ${JSON.stringify(reported.errors)}`);
  reference = reported.reference;
  caseId = must(await app.ctx.store.read.caseByReference(reference), reference).id;
});
afterAll(async () => app?.close());

const command = (actor: Actor, name: string, text = "") => runCommand({ ctx: app.ctx, actor, command: name, text });
const textOf = (result: Awaited<ReturnType<typeof runCommand>>) =>
  result.kind === "message" ? result.message.text : result.kind === "error" ? result.error : result.kind;
const eventCount = async () => (await app.ctx.store.read.events(caseId)).length;

describe("commands", () => {
  it("tells someone who is not on the roster to ask the coordinator", async () => {
    const result = await command(nobody, "/schakel", "mijn");
    expect(result).toMatchObject({ kind: "error", code: "unknown_person" });
    expect(textOf(result)).toContain("Vraag de coördinator je account te koppelen");
  });

  it("answers an unknown command and an unknown /schakel word with the way to help", async () => {
    for (const [name, text] of [
      ["/onbekend", ""],
      ["/schakel", "toverspreuk"],
    ] as const) {
      const result = await command(eva, name, text);
      expect(result).toMatchObject({ kind: "error", code: "invalid_input" });
      expect(textOf(result)).toBe("Dat commando ken ik niet. Typ /schakel help voor de mogelijkheden.");
    }
  });

  it("lists every flow's command in the help, also for an empty /schakel", async () => {
    for (const text of ["", "help", "hulp"]) {
      const help = textOf(await command(eva, "/schakel", text));
      for (const flow of app.ctx.flows.all()) expect(help).toContain(flow.flow.command);
    }
  });

  it("opens a flow's report form for its command, whatever its case", async () => {
    const result = await command(eva, " /OVERLAST ");
    expect(result.kind).toBe("form");
    if (result.kind === "form") expect(result.form.title).toBe("Overlast melden");
  });

  it("explains status without a reference, refuses an unknown one by name, and shows a known one", async () => {
    expect(textOf(await command(eva, "/schakel", "status"))).toContain("Gebruik: /schakel status <referentie>");
    const missing = await command(eva, "/schakel", "status OV-1999-0001");
    expect(missing).toMatchObject({
      kind: "error",
      code: "not_found",
      error: "Melding OV-1999-0001 is niet gevonden.",
    });
    expect(textOf(await command(eva, "/schakel", `status ${reference.toLowerCase()}`))).toContain(reference);
  });

  it("gives the weekly overview on demand", async () => {
    const result = await command(eva, "/schakel", "overzicht wbw");
    expect(result.kind).toBe("message");
    if (result.kind === "message") expect(result.message.card?.title).toBeTruthy();
  });
});

describe("buttons", () => {
  it("refuses an action id no card has, and a case that does not exist", async () => {
    const unknown = await runAction({ ctx: app.ctx, actor: eva, actionId: "case.teleport", caseId });
    expect(unknown).toMatchObject({ kind: "error", error: expect.stringContaining("Deze knop werkt niet meer") });
    const gone = await runAction({ ctx: app.ctx, actor: eva, actionId: "case.add_note", caseId: "geen-zaak" });
    expect(gone).toMatchObject({ kind: "error", code: "not_found", error: "Die melding bestaat niet (meer)." });
  });

  it("refuses someone outside the case before showing a form, and records nothing", async () => {
    const before = await eventCount();
    const result = await runAction({ ctx: app.ctx, actor: anouk, actionId: "case.add_note", caseId });
    expect(result).toMatchObject({ kind: "error", code: "not_allowed" });
    expect(textOf(result)).toContain("Je bent geen vaste contactpersoon");
    expect(await eventCount()).toBe(before);
  });

  it("asks a routed contact for the note first, then adds it", async () => {
    const form = await runAction({ ctx: app.ctx, actor: eva, actionId: "case.add_note", caseId });
    expect(form.kind).toBe("form");
    const before = await eventCount();
    const done = await runAction({
      ctx: app.ctx,
      actor: eva,
      actionId: "case.add_note",
      caseId,
      values: { note: "Fictieve notitie" },
    });
    expect(done).toMatchObject({ kind: "done", text: expect.stringContaining(`Notitie toegevoegd aan ${reference}`) });
    expect(await eventCount()).toBe(before + 1);
  });
});

describe("form submissions", () => {
  it("refuses a form id that names no flow or action, in Dutch", async () => {
    for (const formId of ["report:geen-protocol", "iets:anders", "zonder-dubbele-punt"]) {
      const result = await submitForm({ ctx: app.ctx, actor: eva, formId, values: {} });
      expect(result).toMatchObject({
        kind: "error",
        error: "Dit formulier is verlopen of onbekend. Open het opnieuw.",
      });
    }
  });

  it("returns each missing field of a report with its Dutch error and files nothing", async () => {
    const before = (await app.ctx.store.read.casesReportedBetween(new Date(0), new Date(4102444800000))).cases.length;
    const result = await submitForm({ ctx: app.ctx, actor: eva, formId: "report:overlast", values: {} });
    expect(result.kind).toBe("field_errors");
    if (result.kind === "field_errors") expect(result.errors.municipality).toBe("Vul dit veld in.");
    const after = (await app.ctx.store.read.casesReportedBetween(new Date(0), new Date(4102444800000))).cases.length;
    expect(after).toBe(before);
  });
});
