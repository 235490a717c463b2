// The escalation ladder: each rung is due at its own working day after the deadline and fires once.
import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/domain/calendar/working-calendar.ts";
import { nextActionAt, rungsDue, rungTimes } from "../../src/domain/case/ladder.ts";
import type { LadderRung } from "../../src/domain/flow/flow-schema.ts";

const calendar = createWorkingCalendar({ zone: "Europe/Amsterdam", workdayStart: "08:30", workdayEnd: "17:00" });
const ladder: LadderRung[] = [
  { notify: "owner", afterWorkingDays: 0 },
  { notify: "deputy", afterWorkingDays: 1 },
  { notify: "coordinator", afterWorkingDays: 2 },
];
const due = new Date("2026-11-27T16:00:00Z"); // Friday 17:00 Amsterdam

describe("escalation ladder", () => {
  const times = rungTimes(due, ladder, calendar);

  it("places rungs on working days after the deadline", () => {
    expect(times.map((t) => t.toISOString())).toEqual([
      "2026-11-27T16:00:00.000Z",
      "2026-11-30T16:00:00.000Z",
      "2026-12-01T16:00:00.000Z",
    ]);
  });

  it("fires nothing before the deadline and each missed rung once when catching up", () => {
    expect(rungsDue(0, times, new Date("2026-11-27T15:59:00Z"))).toEqual([]);
    expect(rungsDue(0, times, new Date("2026-12-02T09:00:00Z"))).toEqual([1, 2, 3]);
    expect(rungsDue(2, times, new Date("2026-12-02T09:00:00Z"))).toEqual([3]);
    expect(rungsDue(3, times, new Date("2026-12-09T09:00:00Z"))).toEqual([]);
  });

  it("tells the sweep when to look again, and stops when the ladder is exhausted", () => {
    expect(nextActionAt(0, times)).toEqual(times[0]);
    expect(nextActionAt(2, times)).toEqual(times[2]);
    expect(nextActionAt(3, times)).toBeNull();
  });
});
