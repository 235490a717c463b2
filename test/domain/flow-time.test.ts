// Time rules in a flow, as pure functions: calendar anchors, evaluation intervals and steps without a
// deadline. Dates checked by hand against the 2027 Dutch calendar (Easter Monday 29 March, King's Day
// Tuesday 27 April, Ascension Thursday 6 May).
import { must } from "../support/must.ts";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/domain/calendar/working-calendar.ts";
import { nextActionAt, rungTimes } from "../../src/domain/case/ladder.ts";
import { anchorWindow, type AnchorDeadline } from "../../src/domain/flow/calendar-anchor.ts";
import { stepDeadline } from "../../src/domain/flow/deadline.ts";
import { evaluationSchedule } from "../../src/domain/flow/evaluation-schedule.ts";
import { hasDeadline } from "../../src/domain/flow/no-deadline.ts";

const calendar = createWorkingCalendar({ zone: "Europe/Amsterdam", workdayStart: "08:30", workdayEnd: "17:00" });
const at = (iso: string) => DateTime.fromISO(iso, { zone: "Europe/Amsterdam" }).toJSDate();
const day = (d: Date) => calendar.localDate(d);
const local = (d: Date) => DateTime.fromJSDate(d, { zone: "Europe/Amsterdam" }).toFormat("yyyy-MM-dd HH:mm");
const anchor = (a: Partial<AnchorDeadline> & { month: number }): AnchorDeadline => ({ from: "start", ...a });
const MONDAY_1_MARCH = at("2027-03-01T10:00");

describe("calendar anchors", () => {
  it("puts day N of month M after the base date at the end of that working day", () => {
    expect(local(anchorWindow(anchor({ month: 1, day: 15 }), MONDAY_1_MARCH, calendar).dueAt)).toBe("2027-04-15 17:00");
    expect(day(anchorWindow(anchor({ month: 2, day: 5 }), MONDAY_1_MARCH, calendar).dueAt)).toBe("2027-05-05");
  });

  it("moves a day on a holiday or in a weekend to the next working day", () => {
    expect(day(anchorWindow(anchor({ month: 1, day: 27 }), MONDAY_1_MARCH, calendar).dueAt)).toBe("2027-04-28"); // King's Day
    expect(day(anchorWindow(anchor({ month: 0, day: 29 }), MONDAY_1_MARCH, calendar).dueAt)).toBe("2027-03-30"); // Easter Monday
    expect(day(anchorWindow(anchor({ month: 2, day: 6 }), MONDAY_1_MARCH, calendar).dueAt)).toBe("2027-05-07"); // Ascension
    expect(day(anchorWindow(anchor({ month: 4, day: "end" }), MONDAY_1_MARCH, calendar).dueAt)).toBe("2027-08-02"); // Sat 31 July
  });

  it("takes the last day for end of month, and for a day the month does not have", () => {
    expect(day(anchorWindow(anchor({ month: 1, day: "end" }), MONDAY_1_MARCH, calendar).dueAt)).toBe("2027-04-30");
    expect(day(anchorWindow(anchor({ month: 1, day: 31 }), MONDAY_1_MARCH, calendar).dueAt)).toBe("2027-04-30");
    expect(day(anchorWindow(anchor({ month: 11, day: 30 }), MONDAY_1_MARCH, calendar).dueAt)).toBe("2028-02-29"); // leap year, Tue
  });

  it("gives a window for 'in month M': it opens on the first day and is due on the last", () => {
    const window = anchorWindow(anchor({ month: 2 }), at("2027-03-18T09:00"), calendar);
    expect(day(must(window.opensAt, "window.opensAt"))).toBe("2027-05-01");
    expect(local(window.dueAt)).toBe("2027-05-31 17:00");
    expect(anchorWindow(anchor({ month: 2, day: 1 }), MONDAY_1_MARCH, calendar).opensAt).toBeNull();
  });

  it("never falls before the base date (month 0 counts in the base date's own month)", () => {
    expect(day(anchorWindow(anchor({ month: 0, day: 5 }), at("2027-03-10T10:00"), calendar).dueAt)).toBe("2027-03-10");
    expect(day(anchorWindow(anchor({ month: 0, day: "end" }), at("2027-03-10T10:00"), calendar).dueAt)).toBe(
      "2027-03-31",
    );
  });

  it("counts from an entered date once it is there, and from the start until then", () => {
    const deadline = anchor({ month: 2, day: "end", from: "date:ruling" });
    const waiting = stepDeadline(deadline, MONDAY_1_MARCH, new Map(), calendar);
    expect(waiting).toEqual({ dueAt: at("2027-05-31T17:00"), awaitingDate: "ruling" });
    const entered = stepDeadline(deadline, MONDAY_1_MARCH, new Map([["ruling", at("2027-06-14T12:00")]]), calendar);
    expect(entered).toEqual({ dueAt: at("2027-08-31T17:00"), awaitingDate: null });
  });
});

describe("steps without a deadline", () => {
  it("have no due date and no ladder: the sweep never escalates them", () => {
    const { dueAt, awaitingDate } = stepDeadline("none", MONDAY_1_MARCH, new Map(), calendar);
    expect(hasDeadline(dueAt)).toBe(false);
    expect(awaitingDate).toBeNull();
    const ladder = [
      { notify: "owner" as const, afterWorkingDays: 0 },
      { notify: "deputy" as const, afterWorkingDays: 2 },
    ];
    expect(rungTimes(dueAt, ladder, calendar)).toEqual([]);
    expect(nextActionAt(0, rungTimes(dueAt, ladder, calendar))).toBeNull();
    expect(
      hasDeadline(
        stepDeadline(
          { amount: 2, unit: "workingDays", from: "start", before: false },
          MONDAY_1_MARCH,
          new Map(),
          calendar,
        ).dueAt,
      ),
    ).toBe(true);
  });
});

describe("evaluation schedules", () => {
  it("plans every two weeks for a number of moments, on working days", () => {
    const moments = evaluationSchedule(
      MONDAY_1_MARCH,
      stepDeadline("none", MONDAY_1_MARCH, new Map(), calendar).dueAt,
      { every: { amount: 2, unit: "weeks" }, count: 4 },
      calendar,
    );
    expect(moments.map(day)).toEqual(["2027-03-15", "2027-03-30", "2027-04-12", "2027-04-26"]);
  });

  it("plans every two weeks until the end of the trial", () => {
    const end = stepDeadline(
      { amount: 3, unit: "months", from: "start", before: false },
      MONDAY_1_MARCH,
      new Map(),
      calendar,
    ).dueAt;
    expect(day(end)).toBe("2027-06-01");
    const moments = evaluationSchedule(MONDAY_1_MARCH, end, { every: { amount: 2, unit: "weeks" } }, calendar);
    expect(moments.map(day)).toEqual([
      "2027-03-15",
      "2027-03-30",
      "2027-04-12",
      "2027-04-26",
      "2027-05-10",
      "2027-05-24",
    ]);
  });

  it("counts a working-day interval in working days", () => {
    const moments = evaluationSchedule(
      at("2027-04-26T10:00"),
      at("2027-12-31T17:00"),
      { every: { amount: 5, unit: "workingDays" }, count: 2 },
      calendar,
    );
    expect(moments.map(day)).toEqual(["2027-05-04", "2027-05-12"]);
  });

  it("keeps the firstYear form: four moments a quarter apart, then every six months", () => {
    const end = at("2029-03-01T17:00");
    const moments = evaluationSchedule(
      MONDAY_1_MARCH,
      end,
      { firstYear: 4, thereafter: { amount: 6, unit: "months" } },
      calendar,
    );
    expect(moments.map(day)).toEqual([
      "2027-06-01",
      "2027-09-01",
      "2027-12-01",
      "2028-03-01",
      "2028-09-01",
      "2029-03-01",
    ]);
  });
});
