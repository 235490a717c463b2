// Decision rules, evaluation moments and deadlines counted from entered dates.
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/domain/calendar/working-calendar.ts";
import { decide } from "../../src/domain/case/decision-rule.ts";
import { evaluationMoments, stepDeadline } from "../../src/domain/flow/deadline.ts";

const calendar = createWorkingCalendar({ zone: "Europe/Amsterdam", workdayStart: "08:30", workdayEnd: "17:00" });
const at = (local: string) => DateTime.fromISO(local, { zone: "Europe/Amsterdam" }).toJSDate();
const local = (d: Date) => DateTime.fromJSDate(d, { zone: "Europe/Amsterdam" }).toFormat("yyyy-MM-dd HH:mm ccc");

describe("decision rules", () => {
  it("grants unanimously only when every party is in favour (conditions count as in favour)", () => {
    expect(decide("unanimous", ["agree", "agree_with_conditions", "agree"])).toBe("granted");
    expect(decide("unanimous", ["agree", "agree", "disagree"])).toBe("rejected");
    expect(decide("unanimous", ["agree", "none", "agree"])).toBe("rejected");
  });

  it("grants by majority when more than half are in favour", () => {
    expect(decide("majority", ["agree", "disagree", "agree"])).toBe("granted");
    expect(decide("majority", ["agree", "disagree"])).toBe("rejected");
    expect(decide("majority", [])).toBe("rejected");
  });
});

describe("deadlines from entered dates", () => {
  const dates = new Map([["eviction", at("2026-12-21T12:00")]]);

  it("counts forwards from a date once it is entered, and from the start before that", () => {
    expect(
      local(
        stepDeadline(
          { amount: 1, unit: "workingDays", from: "date:eviction", before: false },
          at("2026-11-23T10:00"),
          dates,
          calendar,
        ).dueAt,
      ),
    ).toBe("2026-12-22 17:00 Tue");
    const waiting = stepDeadline(
      { amount: 1, unit: "workingDays", from: "date:ruling", before: false },
      at("2026-11-23T10:00"),
      dates,
      calendar,
    );
    expect(waiting.awaitingDate).toBe("ruling");
    expect(local(waiting.dueAt)).toBe("2026-11-24 17:00 Tue");
  });

  it("counts working days backwards for notices ahead of a date, skipping Christmas", () => {
    expect(local(calendar.startOfWorkingDayBefore(at("2026-12-21T12:00"), 10))).toBe("2026-12-07 08:30 Mon");
    expect(local(calendar.startOfWorkingDayBefore(at("2026-12-29T12:00"), 2))).toBe("2026-12-24 08:30 Thu");
  });
});

describe("evaluation moments", () => {
  it("spreads the first year evenly, then follows the interval until the end of the trial, on working days", () => {
    const start = at("2026-11-23T10:00");
    const end = at("2028-11-23T17:00");
    const moments = evaluationMoments(start, end, 4, { amount: 6, unit: "months" }, calendar).map(local);
    expect(moments).toEqual([
      "2027-02-23 17:00 Tue",
      "2027-05-24 17:00 Mon",
      "2027-08-23 17:00 Mon",
      "2027-11-23 17:00 Tue",
      "2028-05-23 17:00 Tue",
      "2028-11-23 17:00 Thu",
    ]);
  });
});
