// The case card rendered from a summary, without starting the app: what a channel shows of an open and a closed
// case, which buttons it offers, and overdue work marked for attention. Labels come from the catalogue.
import { describe, expect, it } from "vitest";
import { t } from "../../src/i18n/messages.ts";
import { DEFAULT_CHANNEL_CARD } from "../../src/domain/flow/channel-card.ts";
import { renderCaseCard } from "../../src/ui/case-card.ts";
import type { CaseSummary } from "../../src/app/load-case-summary.ts";

const EXTRAS: CaseSummary["extras"] = {
  flagsSet: [],
  flagsUnset: [],
  blocked: null,
  holds: [],
  countdown: [],
  advice: null,
  decision: null,
  conditions: [],
  evaluations: null,
  linkedAgreement: null,
  optionalAvailable: [],
  stepKind: "task",
  hasDates: false,
  extendable: false,
  hasEvents: false,
  branches: [],
  branchOutcomesOpen: false,
  paused: null,
};
const OPEN: CaseSummary = {
  id: "c1",
  reference: "OV-2026-0042",
  revision: 3,
  flowTitle: "Overlast",
  status: "open",
  municipality: "Bergen op Zoom",
  municipalityId: "bergen-op-zoom",
  regionId: "west-brabant",
  level: { label: "Wijkniveau", index: 0, top: false },
  outcome: null,
  privacy: null,
  publicFields: [{ id: "category", label: "Soort", value: "Geluid" }],
  step: { id: "contact", label: "Contact met bewoner", everyParty: false },
  parties: [
    { partyId: "corporation", label: "Corporatie", organisation: "Woonhaven", acknowledged: true },
    { partyId: "care", label: "Zorg", organisation: "Zorgpunt", acknowledged: false },
  ],
  open: [
    {
      partyId: "corporation",
      organisation: "Woonhaven",
      step: "Contact met bewoner",
      dueAt: new Date("2026-11-27T16:00:00Z"),
      overdue: true,
      ladderLevel: 0,
      paused: false,
    },
  ],
  extras: EXTRAS,
  hasAcknowledgement: true,
  acting: [],
  ladder: null,
  unreachable: [],
  channelCard: DEFAULT_CHANNEL_CARD,
};
const options = {
  locale: "nl" as const,
  audience: "parties" as const,
  formatDate: (at: Date) => at.toISOString().slice(0, 10),
};
const field = (card: ReturnType<typeof renderCaseCard>, key: Parameters<typeof t>[1]) =>
  card.fields.find((f) => f.label === t("nl", key));

describe("the case card", () => {
  it("shows an open case's step, who it waits on with the deadline, and marks overdue work", () => {
    const card = renderCaseCard(OPEN, options);
    expect(card.title).toBe("OV-2026-0042 · Overlast");
    expect(card.subtitle).toBe(`Bergen op Zoom · ${t("nl", "status.open")}`);
    expect(card.revision).toBe(3);
    expect(field(card, "card.step")?.value).toBe("Contact met bewoner");
    expect(field(card, "card.waiting")?.value).toBe(`Woonhaven (2026-11-27, ${t("nl", "card.overdue")})`);
    expect(field(card, "card.overdue_field")).toMatchObject({
      value: "Woonhaven · Contact met bewoner",
      tone: "alert",
    });
    expect(field(card, "card.acknowledged")?.value).toBe("Woonhaven");
    expect(field(card, "card.parties")?.value).toBe("Corporatie: Woonhaven; Zorg: Zorgpunt");
    expect(card.fields.find((f) => f.label === "Soort")?.value).toBe("Geluid");
    expect(card.actions.map((a) => a.id)).toContain("case.complete_step");
    expect(card.actions.map((a) => a.id)).not.toContain("case.reopen");
  });

  it("shows a closed case's outcome and offers only the details and reopening", () => {
    const card = renderCaseCard({ ...OPEN, status: "closed", outcome: "Opgelost", open: [], step: null }, options);
    expect(field(card, "card.status")?.value).toBe(t("nl", "status.closed"));
    expect(field(card, "card.outcome")?.value).toBe("Opgelost");
    expect(field(card, "card.step")).toBeUndefined();
    expect(card.actions.map((a) => a.id)).toEqual(["case.details", "case.reopen"]);
  });

  it("says nobody acknowledged yet, and that a case without a step is ready to close", () => {
    const parties = OPEN.parties.map((p) => ({ ...p, acknowledged: false }));
    const card = renderCaseCard({ ...OPEN, parties, step: null, open: [] }, options);
    expect(field(card, "card.acknowledged")?.value).toBe(t("nl", "card.nobody"));
    expect(field(card, "card.step")?.value).toBe(t("nl", "card.ready_to_close"));
    expect(field(card, "card.overdue_field")).toBeUndefined();
  });

  it("asks each party to confirm a step every party does on its own", () => {
    const step = { id: "contact", label: "Contact met bewoner", everyParty: true };
    expect(renderCaseCard({ ...OPEN, step }, options).actions.map((a) => a.id)).toContain("case.acknowledge");
  });
  it("keeps a structured field the flow did not declare off the channel's copy, and shows it to the parties", () => {
    const soort = (audience: "channel" | "parties") =>
      renderCaseCard(OPEN, { ...options, audience }).fields.find((f) => f.label === "Soort");
    expect(soort("parties")?.value).toBe("Geluid");
    expect(soort("channel")).toBeUndefined();
    const declared = { ...OPEN, channelCard: { private: false, show: ["category"] } };
    expect(renderCaseCard(declared, { ...options, audience: "channel" }).fields.map((f) => f.label)).toContain("Soort");
  });
});
