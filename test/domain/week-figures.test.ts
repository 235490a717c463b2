// The digest's weekly figures computed from plain records, without starting the app: what is counted in the
// week and what not, medians per party, the share acknowledged in time and evictions prevented versus executed.
import { describe, expect, it } from "vitest";
import type { DigestCase, DigestEvent, DigestObligation } from "../../src/domain/digest/digest-types.ts";
import { change, median, percentage, toHours } from "../../src/domain/digest/stats.ts";
import { isEscalation, weekFigures } from "../../src/domain/digest/week-figures.ts";

const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 10, day, hour));
const week = { start: at(23, 0), end: at(30, 0), year: 2026, number: 48 };
const HOUR = 3_600_000;

const aCase = (id: string, reportedAt: Date, closed?: { at: Date; outcome: string }): DigestCase => ({
  id,
  reference: `HU-2026-${id}`,
  flowId: "eviction",
  municipalityId: "bergen-op-zoom",
  status: closed ? "closed" : "open",
  currentStepId: closed ? null : "contact",
  outcome: closed?.outcome ?? null,
  reportedAt,
  closedAt: closed?.at ?? null,
});
const event = (caseId: string, type: string, when: Date, extra: Partial<DigestEvent> = {}): DigestEvent => ({
  caseId,
  type,
  at: when,
  partyId: null,
  level: null,
  levelId: null,
  stepId: null,
  notify: null,
  ...extra,
});
const ack = (caseId: string, partyId: string, when: Date) =>
  event(caseId, "obligation.acknowledged", when, { partyId, stepId: "ack" });
const ackObligation = (caseId: string, partyId: string, due: Date, done: Date): DigestObligation => ({
  caseId,
  stepId: "ack",
  partyId,
  organisationId: partyId,
  status: "done",
  startedAt: at(1),
  dueAt: due,
  doneAt: done,
});

function figures(cases: DigestCase[], obligations: DigestObligation[], events: DigestEvent[]) {
  const obligationsByCase = new Map<string, DigestObligation[]>();
  for (const o of obligations) obligationsByCase.set(o.caseId, [...(obligationsByCase.get(o.caseId) ?? []), o]);
  return weekFigures({
    week,
    cases,
    casesById: new Map(cases.map((c) => [c.id, c])),
    obligationsByCase,
    events,
    outcomeKpis: { eviction: { prevented: "prevented", evicted: "evicted" } },
  });
}

describe("weekly digest figures", () => {
  it("counts new and closed cases of the week only, and outcomes by their KPI", () => {
    const result = figures(
      [
        aCase("1", at(23)),
        aCase("2", at(20), { at: at(24), outcome: "prevented" }),
        aCase("3", at(16), { at: at(27), outcome: "evicted" }),
        aCase("4", at(10), { at: at(20), outcome: "prevented" }),
        aCase("5", at(30)),
      ],
      [],
      [],
    );
    expect(result).toMatchObject({ newCases: 1, closedCases: 2, prevented: 1, evicted: 1 });
    // Closed after 4 and 11 days: the median is 7.5 days.
    expect(result.medianHoursToClose).toBe(180);
  });

  it("takes the median time to acknowledge per party and the share done before its deadline", () => {
    const cases = [aCase("1", at(23, 9)), aCase("2", at(24, 9)), aCase("3", at(25, 9))];
    const result = figures(
      cases,
      [
        ackObligation("1", "corporation", at(24, 9), at(23, 11)),
        ackObligation("2", "corporation", at(25, 9), at(26, 9)),
        ackObligation("3", "wmo", at(26, 9), at(25, 10)),
      ],
      [
        ack("1", "corporation", at(23, 11)),
        ack("2", "corporation", at(26, 9)),
        ack("3", "wmo", at(25, 10)),
        ack("3", "care", at(1)), // before the week: not counted
      ],
    );
    expect(result.acknowledged).toBe(3);
    expect(result.acknowledgedInTime).toBe(2);
    expect(result.shareInTime).toBe(67);
    expect(result.medianHoursToAcknowledge).toEqual({ corporation: 25, wmo: 1 });
  });

  it("counts escalations: ladder rungs from the coordinator's level up and manual ones, of known cases", () => {
    const cases = [aCase("1", at(20))];
    const events = [
      event("1", "obligation.reminded", at(24), { level: 2 }),
      event("1", "obligation.reminded", at(24), { level: 3 }),
      event("1", "case.escalated", at(25)),
      event("unknown", "case.escalated", at(25)),
      event("1", "case.escalated", at(30)),
    ];
    expect(events.filter(isEscalation)).toHaveLength(4);
    expect(figures(cases, [], events).escalations).toBe(2);
  });

  it("reports nothing measured as null, not as zero", () => {
    expect(figures([], [], [])).toEqual({
      newCases: 0,
      closedCases: 0,
      escalations: 0,
      medianHoursToAcknowledge: {},
      acknowledged: 0,
      acknowledgedInTime: 0,
      shareInTime: null,
      medianHoursToClose: null,
      prevented: 0,
      evicted: 0,
    });
  });

  it("has small statistics that round the way the digest shows them", () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentage(1, 3)).toBe(33);
    expect(percentage(0, 0)).toBeNull();
    expect(toHours(90 * 60_000)).toBe(1.5);
    expect(toHours(HOUR / 3)).toBe(0.3);
    expect(change(10, 7.25)).toBe(2.8);
    expect(change(null, 3)).toBeNull();
  });
});
