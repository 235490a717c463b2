// Unit tests: every Block Kit renderer stays inside Slack's published limits, even for extreme input.
import type { Parsed } from "../../support/parsed.ts";
import { describe, expect, it } from "vitest";
import { renderCardBlocks, renderMessageBlocks } from "../../../src/adapters/slack/render-card-slack.ts";
import { modalErrors, readFormValues, renderFormModal } from "../../../src/adapters/slack/render-form-slack.ts";
import { renderDetailsModal } from "../../../src/adapters/slack/render-view-slack.ts";
import { renderHomeView } from "../../../src/adapters/slack/render-home-slack.ts";
import { modalLabels } from "../../../src/adapters/slack/show-result.ts";
import { ACTION_IDS, type Card, type Form } from "../../../src/ui/card.ts";
import { blockKitViolations } from "./block-kit-checker.ts";

const long = (n: number) => "x".repeat(n);
const more = (n: number) => `nog ${n}`;
const hugeCard: Card = {
  title: long(400),
  subtitle: long(5000),
  fields: Array.from({ length: 120 }, (_, i) => ({ label: `Veld ${i}`, value: long(5000) })),
  actions: [...ACTION_IDS, ...ACTION_IDS].map((id) => ({ id, label: long(200), style: "primary" as const })),
  footer: long(5000),
};
const hugeForm: Form = {
  id: `case.escalate:${long(100)}`,
  title: "Opschalen naar: Casusoverleg met alle partijen",
  submitLabel: long(60),
  fields: [
    {
      id: "choice",
      label: long(3000),
      type: "select",
      required: true,
      hint: long(3000),
      options: Array.from({ length: 250 }, (_, i) => ({ value: `v${i}-${long(200)}`, label: long(100) })),
    },
    { id: "text", label: "Tekst", type: "textarea", required: true, maxLength: 4000 },
    { id: "short", label: "Kort", type: "text", required: false },
    { id: "when", label: "Datum", type: "date", required: true },
    { id: "count", label: "Aantal", type: "number", required: false },
    { id: "flag", label: "Vlag", type: "checkbox", required: false },
    ...Array.from({ length: 150 }, (_, i) => ({ id: `f${i}`, label: "Veld", type: "text" as const, required: false })),
  ],
};

describe("Block Kit limits", () => {
  it("keeps a case card with too many, too long fields and buttons inside a message's limits", () => {
    const blocks = renderCardBlocks(hugeCard, "case-1", more);
    expect(blockKitViolations({ blocks }, "message")).toEqual([]);
    expect(blocks.filter((b) => b.type === "actions").length).toBeGreaterThan(1);
    expect(
      blockKitViolations({ blocks: renderMessageBlocks(long(5000), hugeCard, "case-1", more) }, "message"),
    ).toEqual([]);
  });

  it("puts the caseId in every button value and the neutral action id in action_id", () => {
    const buttons = renderCardBlocks(
      { title: "OV", fields: [], actions: [{ id: "case.acknowledge", label: "Bevestigen" }] },
      "case-7",
      more,
    ).flatMap((b) => (b.type === "actions" ? (b.elements as Parsed[]) : []));
    expect(buttons).toEqual([expect.objectContaining({ action_id: "case.acknowledge", value: "case-7" })]);
  });

  it("keeps a form modal inside a modal's limits (title, options, max_length, blocks)", () => {
    const view = renderFormModal(
      hugeForm,
      { formId: hugeForm.id, channel: "C1", responseUrl: `https://hooks.slack.com/${long(200)}` },
      modalLabels("nl"),
    );
    expect(blockKitViolations(view, "modal")).toEqual([]);
    expect((view.blocks as Parsed[])[0].text.text).toContain("Casusoverleg met alle partijen");
  });

  it("keeps the details modal and the App Home inside their limits", () => {
    expect(blockKitViolations(renderDetailsModal(hugeCard, { close: "Sluiten", more }), "modal")).toEqual([]);
    const home = renderHomeView({
      title: long(300),
      sections: [{ heading: long(4000), lines: Array.from({ length: 300 }, () => long(4000)), empty: "" }],
      more,
    });
    expect(blockKitViolations(home, "home")).toEqual([]);
  });

  it("escapes Slack control characters in values", () => {
    const blocks = renderCardBlocks(
      { title: "t", fields: [{ label: "A&B", value: "<!channel>" }], actions: [] },
      undefined,
      more,
    );
    expect(JSON.stringify(blocks)).not.toContain("<!channel>");
  });

  it("reads submitted modal values back as neutral form values", () => {
    const values = readFormValues({
      municipality: {
        municipality: {
          type: "static_select",
          selected_option: { text: { type: "plain_text", text: "Roosendaal" }, value: "roosendaal" },
        },
      },
      description: { description: { type: "plain_text_input", value: "tekst" } },
      incident_date: { incident_date: { type: "datepicker", selected_date: "2026-11-20" } },
      flag: {
        flag: { type: "checkboxes", selected_options: [{ text: { type: "plain_text", text: "Ja" }, value: "true" }] },
      },
      empty: { empty: { type: "static_select", selected_option: null } },
    });
    expect(values).toEqual({
      municipality: "roosendaal",
      description: "tekst",
      incident_date: "2026-11-20",
      flag: true,
      empty: null,
    });
  });

  it("shows an error about a field the modal lacks on its first input", () => {
    expect(modalErrors({ a: "fout", elsewhere: "ook fout" }, ["a", "b"])).toEqual({ a: "fout ook fout" });
  });
});
