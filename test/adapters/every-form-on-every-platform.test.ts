// Every form and card the three flows produce (report forms, the forms behind each button, the case cards)
// renders on Slack within Block Kit's limits and on Teams as a valid Adaptive Card 1.5.
import { must } from "../support/must.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionForm } from "../../src/app/interactions/action-forms.ts";
import { runCommand } from "../../src/app/interactions/run-command.ts";
import { formatDeadline } from "../../src/app/case/format-deadline.ts";
import { loadCaseSummary } from "../../src/app/load-case-summary.ts";
import { renderMessageBlocks } from "../../src/adapters/slack/render-card-slack.ts";
import { renderFormModal } from "../../src/adapters/slack/render-form-slack.ts";
import { modalLabels } from "../../src/adapters/slack/show-result.ts";
import { renderCaseCardTeams } from "../../src/adapters/teams/render-card-teams.ts";
import { renderFormTeams } from "../../src/adapters/teams/render-form-teams.ts";
import { renderCaseCard } from "../../src/ui/case-card.ts";
import { ACTION_IDS, type Form } from "../../src/ui/card.ts";
import { caseDriver } from "../support/case-driver.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import { blockKitViolations } from "./slack/block-kit-checker.ts";
import { adaptiveCardProblems } from "./teams/adaptive-card-checker.ts";

let app: TestApp;
const references: string[] = [];
beforeAll(async () => {
  app = await startTestApp();
  const drive = caseDriver(app.url);
  const base = {
    municipality: "bergen-op-zoom",
    corporation: "woonhaven",
    care_provider: "zorggroep-kompas",
    legal_basis: "consent",
    resident_name: "X",
    address: "Y 1",
  };
  references.push(
    (
      await drive.report("anouk-jansen", "/huisuitzetting", {
        ...base,
        legal_basis: "public_task",
        days_in_arrears: "40",
        arrears_amount: "10",
        objection: true,
      })
    ).caseRef,
  );
  const tk = (
    await drive.report("hanna-visser", "/tweedekans", {
      ...base,
      requested_by: "care",
      history: "other",
      motivation: "M",
    })
  ).caseRef;
  for (const who of ["anouk-jansen", "hanna-visser", "pieter-claassen"]) await drive.press(who, tk, "case.acknowledge");
  references.push(tk);
  references.push(
    (
      await drive.report("femke-de-wit", "/overlast", {
        ...base,
        category: "noise",
        triage: "unclear",
        urgency: "high",
        incident_date: "2026-11-20",
        description: "D",
      })
    ).caseRef,
  );
});
afterAll(async () => app?.close());

function checkForm(form: Form): string[] {
  const slack = renderFormModal(form, { formId: form.id, channel: "C1" }, modalLabels("nl"));
  const teams = renderFormTeams(form, "nonce", { required: "verplicht" });
  return [
    ...blockKitViolations(slack, "modal").map((v) => `slack ${form.id}: ${v}`),
    ...adaptiveCardProblems(teams as unknown as Record<string, unknown>).map((p) => `teams ${form.id}: ${p}`),
  ];
}

describe("every flow on every platform", () => {
  it("renders each flow's report form", async () => {
    for (const { flow } of app.ctx.flows.all()) {
      const result = await runCommand({
        ctx: app.ctx,
        actor: { personId: "anouk-jansen", platform: "local" },
        command: flow.command,
      });
      expect(result.kind, flow.id).toBe("form");
      if (result.kind === "form") expect(checkForm(result.form)).toEqual([]);
    }
  });

  it("renders each case card and every button's form", async () => {
    for (const reference of references) {
      const c = must(await app.ctx.store.read.caseByReference(reference));
      const summary = must(await loadCaseSummary(app.ctx, app.ctx.store.read, c.id));
      const formatDate = (d: Date) => formatDeadline(d, app.ctx.calendar);
      const card = renderCaseCard(summary, { locale: "nl", formatDate, audience: "parties" });
      expect(
        blockKitViolations(
          { channel: "C1", text: card.title, blocks: renderMessageBlocks(card.title, card, c.id, (n) => `nog ${n}`) },
          "message",
        ),
        reference,
      ).toEqual([]);
      expect(
        adaptiveCardProblems(renderCaseCardTeams(card, c.id) as unknown as Record<string, unknown>),
        reference,
      ).toEqual([]);
      for (const actionId of ACTION_IDS) {
        const form = await actionForm(app.ctx, c, actionId, "nl", [{ partyId: "wmo", organisation: "Wmo-loket" }]);
        if (form) expect(checkForm(form), `${reference} ${actionId}`).toEqual([]);
      }
    }
  });
});
