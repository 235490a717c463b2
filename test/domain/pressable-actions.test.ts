// A per-person card offers only what that person can do: the rules the use-cases enforce, decided up front.
import { describe, expect, it } from "vitest";
import { pressableActions, type CaseActionFacts } from "../../src/domain/case/pressable-actions.ts";

const acknowledging: CaseActionFacts = {
  status: "open",
  open: [
    { partyId: "corporation", current: true, kind: "task", everyParty: true },
    { partyId: "care", current: true, kind: "task", everyParty: true },
  ],
  flagSettersUnset: [["corporation"]],
  flagSettersSet: [],
  datesEnteredBy: ["corporation"],
  optInBy: [["wmo"]],
};
const contactOf = (...parties: string[]) => ({ asContact: parties, asCoordinator: [] });

describe("buttons a person can use on a case", () => {
  it("offers confirm only to a party still to confirm; a confirmed party keeps its other buttons", () => {
    const care = pressableActions(acknowledging, contactOf("care"));
    expect(care.has("case.acknowledge")).toBe(true);
    const wmo = pressableActions(acknowledging, contactOf("wmo"));
    expect(wmo.has("case.acknowledge")).toBe(false);
    expect([...wmo].sort()).toEqual([
      "case.add_note",
      "case.close",
      "case.deescalate",
      "case.details",
      "case.escalate",
      "case.opt_in",
    ]);
  });

  it("gives someone without a role on the case no buttons at all", () => {
    expect([...pressableActions(acknowledging, contactOf())]).toEqual([]);
  });

  it("lets a coordinator act for a party but not open the private view", () => {
    const everyParty = ["corporation", "care", "wmo"];
    const coordinator = pressableActions(acknowledging, { asContact: [], asCoordinator: everyParty });
    expect(coordinator.has("case.acknowledge")).toBe(true);
    expect(coordinator.has("case.details")).toBe(false);
  });

  it("keeps the objection and the dates to the corporation, and a step to its owner", () => {
    const corporationStep = { partyId: "corporation", current: true, kind: "task", everyParty: false };
    const owned: CaseActionFacts = { ...acknowledging, open: [corporationStep] };
    const hers = ["case.set_flag", "case.enter_dates", "case.complete_step"];
    const municipality = pressableActions(owned, contactOf("wmo"));
    for (const id of hers) expect(municipality.has(id), id).toBe(false);
    const corporation = pressableActions(owned, contactOf("corporation"));
    for (const id of hers) expect(corporation.has(id), id).toBe(true);
  });

  it("offers advice on a decision to each party until it has advised, and only reopening on a closed case", () => {
    const advice = { partyId: "care", current: true, kind: "decision", everyParty: true };
    const deciding: CaseActionFacts = { ...acknowledging, open: [advice] };
    expect(pressableActions(deciding, contactOf("care")).has("case.advise")).toBe(true);
    expect(pressableActions(deciding, contactOf("wmo")).has("case.advise")).toBe(false);
    expect([...pressableActions({ ...acknowledging, status: "closed", open: [] }, contactOf("wmo"))].sort()).toEqual([
      "case.details",
      "case.reopen",
    ]);
  });
});
