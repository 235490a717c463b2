// The domain rules of external participants: who they are (from the timeline), whether they still have access,
// which steps their role acts on and which parties may add them; and what the validator refuses in a role.
import { describe, expect, it } from "vitest";
import {
  externalAccess,
  externalActorId,
  externalParticipants,
  nextExternalNumber,
  parseExternalActorId,
  partyMayManageRole,
  roleMayActOnStep,
} from "../../src/domain/case/external-access.ts";
import { flowSchema } from "../../src/domain/flow/flow-schema.ts";
import { parse } from "yaml";
import { readFileSync } from "node:fs";

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9));
const added = (number: number, role = "team", day = 2) => ({
  type: "external.added",
  at: at(day),
  data: { number, role },
  partyId: "care",
});
const removed = (number: number, day = 5) => ({
  type: "external.removed",
  at: at(day),
  data: { number },
  partyId: null,
});
const role = { id: "team", label: "Wijkteammedewerker", addedBy: ["care"], steps: ["handover"], sees: [] };

describe("external participants from the timeline", () => {
  it("lists each added participant with its removal, and numbers the next one after the highest", () => {
    const list = externalParticipants([added(1), added(2, "lead", 3), removed(1)]);
    expect(list.map((p) => [p.number, p.roleId, p.removedAt?.toISOString() ?? null])).toEqual([
      [1, "team", at(5).toISOString()],
      [2, "lead", null],
    ]);
    expect(nextExternalNumber(list)).toBe(3);
    expect(nextExternalNumber([])).toBe(1);
  });

  it("gives access only while added, not removed and the case open", () => {
    const list = externalParticipants([added(1), added(2), removed(2)]);
    expect(externalAccess("open", list, 1)).toBe("ok");
    expect(externalAccess("closed", list, 1)).toBe("case_closed");
    expect(externalAccess("open", list, 2)).toBe("removed");
    expect(externalAccess("open", list, 3)).toBe("unknown");
  });

  it("keeps external actor ids apart from roster people", () => {
    expect(parseExternalActorId(externalActorId("c1abc", 4))).toEqual({ caseId: "c1abc", number: 4 });
    expect(parseExternalActorId("hanna-visser")).toBeNull();
    expect(parseExternalActorId("external:c1abc:x")).toBeNull();
  });

  it("lets the role act only on its own steps, and only its parties add it", () => {
    expect(roleMayActOnStep(role, "handover")).toBe(true);
    expect(roleMayActOnStep(role, "finances")).toBe(false);
    expect(partyMayManageRole(role, ["care"])).toBe(true);
    expect(partyMayManageRole(role, ["corporation"])).toBe(false);
    expect(partyMayManageRole(role, [])).toBe(false);
    expect(partyMayManageRole({ ...role, addedBy: [] }, ["corporation"])).toBe(true);
  });
});

describe("the validator on externalRoles", () => {
  // The flow's own KPIs count its own events, which each test here replaces by one event: they are left out.
  const { kpis: _kpis, ...base } = parse(readFileSync("flows/uitstroom.yaml", "utf8")) as Record<string, unknown>;
  const problems = (roles: unknown) => {
    const result = flowSchema.safeParse({ ...base, externalRoles: roles });
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };

  it("accepts the outflow flow's neighbourhood team role", () => {
    expect(problems(base.externalRoles)).toEqual([]);
  });

  it("refuses unknown steps, parties and fields, steps every party confirms, non-personal fields and misspelt keys", () => {
    const found = problems([
      {
        id: "team",
        label: "Team",
        addedBy: ["zorg"],
        steps: ["handoverr", "acknowledge", "readiness"],
        sees: ["leaving"],
      },
      { id: "lead", label: "Lead", stepz: ["warm_handover"] },
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        'externalRoles.0.addedBy.0: unknown party "zorg"',
        'externalRoles.0.steps.0: unknown step "handoverr"',
        'externalRoles.0.steps.1: "acknowledge" is confirmed by every party (owner: all)',
        'externalRoles.0.steps.2: "readiness" asks fields; a role completes steps without fields',
        'externalRoles.0.sees.0: "leaving" is not personal; every party\'s card shows it already',
      ]),
    );
    expect(found.some((p) => p.startsWith("externalRoles.1") && p.includes("stepz"))).toBe(true);
  });
});

describe("the validator on events an external role records", () => {
  // The flow's own KPIs count its own events, which each test here replaces by one event: they are left out.
  const { kpis: _kpis, ...base } = parse(readFileSync("flows/uitstroom.yaml", "utf8")) as Record<string, unknown>;
  const problems = (flow: Record<string, unknown>) => {
    const result = flowSchema.safeParse(flow);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };
  const event = (recordedBy: string[]) => [{ id: "relapse", label: "Terugval", recordedBy }];

  it("accepts a role the flow declares in recordedBy, beside its parties", () => {
    expect(problems({ ...base, events: event(["care", "neighbourhood_team"]) })).toEqual([]);
  });

  it("refuses a misspelt role with a suggestion, and a role the flow does not declare", () => {
    expect(problems({ ...base, events: event(["neighbourhood_teem"]) })).toEqual([
      'events.0.recordedBy.0: unknown party or external role "neighbourhood_teem"; did you mean "neighbourhood_team"?',
    ]);
    expect(problems({ ...base, externalRoles: [], events: event(["neighbourhood_team"]) })).toEqual([
      'events.0.recordedBy.0: unknown party "neighbourhood_team"',
    ]);
  });
});
