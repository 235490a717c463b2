// Multi-line text stays readable on every platform without starting the app: the weekly digest, the private
// view's labelled notes, reasons and advice, and Dutch dates, through the console's card, Block Kit and
// Adaptive Card renderers.
import { must } from "../support/must.ts";
import { describe, expect, it } from "vitest";
import { renderCardBlocks } from "../../src/adapters/slack/render-card-slack.ts";
import { renderDetailsModal } from "../../src/adapters/slack/render-view-slack.ts";
import { renderInfoCardTeams } from "../../src/adapters/teams/render-card-teams.ts";
import type { CaseDetails } from "../../src/app/view-case-details.ts";
import { computeDigest } from "../../src/domain/digest/compute-digest.ts";
import type { DigestReport } from "../../src/domain/digest/digest-types.ts";
import { lastCompletedWeek, weekBefore, weeksUpTo, type Week } from "../../src/domain/digest/week.ts";
import { cardToText } from "../../src/ui/card-text.ts";
import { renderDetailsView } from "../../src/ui/details-view.ts";
import { renderDigestCard } from "../../src/ui/digest-card.ts";
import { blockKitViolations } from "../adapters/slack/block-kit-checker.ts";
import { adaptiveCardProblems } from "../adapters/teams/adaptive-card-checker.ts";

const ZONE = "Europe/Amsterdam";
const NOW = new Date("2026-11-23T09:00:00Z");

function emptyDigest(): DigestReport {
  const week = lastCompletedWeek(NOW, ZONE);
  const previousWeek = weekBefore(week, ZONE);
  const ref = (w: Week) => ({ start: w.start.toISOString(), end: w.end.toISOString(), year: w.year, number: w.number });
  const municipalities = computeDigest({
    now: NOW,
    zone: ZONE,
    week,
    previousWeek,
    trendWeeks: weeksUpTo(week, 8, ZONE),
    municipalities: [
      { id: "boz", name: "Bergen op Zoom" },
      { id: "rsd", name: "Roosendaal" },
    ],
    cases: [],
    obligations: [],
    events: [],
    dates: [],
    outcomeKpis: {},
    horizonDays: 14,
  });
  return {
    regionId: "wbw",
    regionName: "West-Brabant West",
    generatedAt: NOW.toISOString(),
    zone: ZONE,
    week: ref(week),
    previousWeek: ref(previousWeek),
    municipalities,
    labels: { flows: {}, steps: {}, dates: {}, parties: {}, organisations: {} },
    link: null,
  };
}

const details: CaseDetails = {
  reference: "TK-2026-0001",
  fields: [
    { label: "Naam bewoner", value: "Sam de Vries" },
    { label: "Geboortedatum", value: "1980-03-07", isDate: true },
    { label: "Datum ontruiming", value: "2026-12-15", isDate: true },
  ],
  legalBasis: "Toestemming bewoner",
  viewLog: [],
  notes: [
    {
      at: new Date("2026-11-23T09:00:00Z"),
      organisation: "Woonstichting Woonhaven",
      type: "note.added",
      text: "Eerste regel\nTweede regel",
    },
    {
      at: new Date("2026-11-24T13:30:00Z"),
      organisation: "Stichting Nieuw Begin",
      type: "case.escalated",
      text: "Geen contact mogelijk",
    },
    {
      at: new Date("2026-11-25T08:00:00Z"),
      organisation: "Wmo-loket",
      type: "case.deescalated",
      text: "Afspraak gemaakt",
    },
    {
      at: new Date("2026-11-26T10:00:00Z"),
      organisation: "Woonstichting Woonhaven",
      type: "advice.given",
      advice: "agree_with_conditions",
      text: "Met budgetbeheer",
    },
    {
      at: new Date("2026-11-26T11:00:00Z"),
      organisation: "Stichting Nieuw Begin",
      type: "advice.given",
      advice: "disagree",
      text: "Zorg geweigerd",
    },
  ],
};

/** The Adaptive Card's text blocks, one per entry, in order. */
const textBlocks = (card: { body: Record<string, unknown>[] }) =>
  card.body.filter((b) => b.type === "TextBlock").map((b) => String(b.text));

describe("the weekly digest keeps one line per figure", () => {
  const card = renderDigestCard(emptyDigest(), "nl");

  it("in the neutral card each municipality's value has its lines", () => {
    expect(must(card.fields[0], "card.fields[0]").value.split("\n").length).toBeGreaterThanOrEqual(6);
  });

  it("on Slack each municipality is a section with mrkdwn line breaks", () => {
    const blocks = renderCardBlocks(card, undefined, (n) => `${n} meer`);
    const sectionText = (b: (typeof blocks)[number]) => (b.type === "section" ? (b.text?.text ?? "") : "");
    const sections = blocks.filter((b) => sectionText(b).startsWith("*Bergen op Zoom*"));
    expect(sections).toHaveLength(1);
    const text = sectionText(must(sections[0], "the Bergen op Zoom section"));
    expect(text.split("\n")[1]).toMatch(/^Nieuw: 0/);
    expect(text.split("\n").length).toBe(must(card.fields[0], "card.fields[0]").value.split("\n").length + 1);
    expect(blockKitViolations(blocks, "message")).toEqual([]);
  });

  it("on Teams each line is its own wrapping TextBlock under a bold label", () => {
    const teams = renderInfoCardTeams(card);
    const label = teams.body.findIndex((b) => b.type === "TextBlock" && b.text === "Bergen op Zoom");
    expect(must(teams.body[label], "teams.body[label]").weight).toBe("Bolder");
    const next = must(teams.body[label + 1], "teams.body[label + 1]");
    expect(next).toMatchObject({ type: "TextBlock", wrap: true });
    expect(String(next.text)).toMatch(/^Nieuw: 0/);
    expect(teams.body.some((b) => b.type === "FactSet" && JSON.stringify(b).includes("Nieuw:"))).toBe(false);
    expect(adaptiveCardProblems(teams)).toEqual([]);
  });
});

describe("the private view labels each entry and shows Dutch dates", () => {
  const view = renderDetailsView(details, ZONE, "nl");
  const field = (label: string) => view.fields.filter((f) => f.label === label).map((f) => f.value);

  it("formats entered dates and moments the Dutch way, with the year", () => {
    expect(field("Geboortedatum")).toEqual(["vr 7 mrt 1980"]);
    expect(field("Datum ontruiming")).toEqual(["di 15 dec 2026"]);
    expect(cardToText(view)).not.toMatch(/\d{4}-\d\d-\d\d/);
    expect(field("Reden opschalen")[0]).toBe("di 24 nov 2026 14:30 · Stichting Nieuw Begin\nGeen contact mogelijk");
  });

  it("gives notes, escalation and de-escalation reasons their own label and lines", () => {
    expect(must(field("Notitie")[0], 'field("Notitie")[0]').split("\n")).toEqual([
      "ma 23 nov 2026 10:00 · Woonstichting Woonhaven",
      "Eerste regel",
      "Tweede regel",
    ]);
    expect(field("Reden afschalen")[0]).toContain("Afspraak gemaakt");
  });

  it("shows each party's advice", () => {
    expect(field("Advies")).toEqual([
      "do 26 nov 2026 11:00 · Woonstichting Woonhaven\nAdvies: Akkoord onder voorwaarden\nMet budgetbeheer",
      "do 26 nov 2026 12:00 · Stichting Nieuw Begin\nAdvies: Niet akkoord\nZorg geweigerd",
    ]);
  });

  it("keeps the lines on Slack (a section per entry) and Teams (a TextBlock per line)", () => {
    type Modal = { blocks: { text?: { text: string } }[] };
    const modal = renderDetailsModal(view, { close: "Sluiten", more: (n) => `${n} meer` }) as Modal;
    expect(modal.blocks.map((b) => b.text?.text)).toContain(
      "*Notitie*\nma 23 nov 2026 10:00 · Woonstichting Woonhaven\nEerste regel\nTweede regel",
    );
    const teams = renderInfoCardTeams(view);
    const lines = textBlocks(teams);
    const at = lines.indexOf("Notitie");
    expect(lines.slice(at, at + 4)).toEqual([
      "Notitie",
      "ma 23 nov 2026 10:00 · Woonstichting Woonhaven",
      "Eerste regel",
      "Tweede regel",
    ]);
    expect(adaptiveCardProblems(teams)).toEqual([]);
  });
});
