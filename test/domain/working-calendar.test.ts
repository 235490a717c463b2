// Working days in the Netherlands: weekends and public holidays from the holidays library do not count.
import Holidays from "date-holidays";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/domain/calendar/working-calendar.ts";
import { computeDeadline } from "../../src/domain/flow/deadline.ts";

const calendar = createWorkingCalendar({ zone: "Europe/Amsterdam", workdayStart: "08:30", workdayEnd: "17:00" });
const at = (local: string) => DateTime.fromISO(local, { zone: "Europe/Amsterdam" }).toJSDate();
const local = (d: Date) => DateTime.fromJSDate(d, { zone: "Europe/Amsterdam" }).toFormat("yyyy-MM-dd HH:mm ccc");

describe("working days", () => {
  it("skips the weekend: 1 working day after a Friday afternoon report is Monday at the end of the day", () => {
    expect(local(calendar.addWorkingDays(at("2026-11-27T15:30"), 1))).toBe("2026-11-30 17:00 Mon");
    expect(local(calendar.addWorkingDays(at("2026-11-27T15:30"), 2))).toBe("2026-12-01 17:00 Tue");
  });

  it("counts a report made on a Saturday from the next working day", () => {
    expect(local(calendar.addWorkingDays(at("2026-11-28T11:00"), 0))).toBe("2026-11-30 17:00 Mon");
    expect(local(calendar.addWorkingDays(at("2026-11-28T11:00"), 1))).toBe("2026-12-01 17:00 Tue");
  });

  it("skips Christmas and Boxing Day", () => {
    expect(calendar.isWorkingDay(at("2026-12-25T12:00"))).toBe(false);
    expect(calendar.holidayNames(at("2026-12-25T12:00"))).toEqual(["Kerstmis"]);
    // Thursday 24 December + 1 working day: Fri 25 and Sat 26, Sun 27 are off → Monday 28.
    expect(local(calendar.addWorkingDays(at("2026-12-24T10:00"), 1))).toBe("2026-12-28 17:00 Mon");
  });

  it("skips King's Day (27 April 2027, a Tuesday)", () => {
    expect(calendar.isWorkingDay(at("2027-04-27T12:00"))).toBe(false);
    expect(local(calendar.addWorkingDays(at("2027-04-26T09:00"), 1))).toBe("2027-04-28 17:00 Wed");
  });

  it("skips Easter Monday 2027 (29 March) but not Good Friday, which is no public holiday", () => {
    expect(calendar.isWorkingDay(at("2027-03-29T12:00"))).toBe(false);
    expect(calendar.isWorkingDay(at("2027-03-26T12:00"))).toBe(true);
    expect(local(calendar.addWorkingDays(at("2027-03-26T14:00"), 1))).toBe("2027-03-30 17:00 Tue");
  });

  it("keeps the time of day when shifting by working days (ladder rungs)", () => {
    expect(local(calendar.shiftWorkingDays(at("2026-12-24T17:00"), 1))).toBe("2026-12-28 17:00 Mon");
  });

  it("knows working hours and finds the next working morning", () => {
    expect(calendar.isWithinWorkingHours(at("2026-11-23T10:00"))).toBe(true);
    expect(calendar.isWithinWorkingHours(at("2026-11-23T07:59"))).toBe(false);
    expect(calendar.isWithinWorkingHours(at("2026-11-29T03:00"))).toBe(false);
    expect(local(calendar.nextWorkingMoment(at("2026-11-29T03:00")))).toBe("2026-11-30 08:30 Mon");
    expect(local(calendar.nextWorkingMoment(at("2026-11-23T06:00")))).toBe("2026-11-23 08:30 Mon");
  });

  it("moves calendar-day, week and month deadlines off weekends and holidays", () => {
    expect(local(computeDeadline(at("2026-12-18T10:00"), { amount: 7, unit: "calendarDays" }, calendar))).toBe(
      "2026-12-28 17:00 Mon",
    );
    expect(local(computeDeadline(at("2026-11-23T10:00"), { amount: 2, unit: "weeks" }, calendar))).toBe(
      "2026-12-07 17:00 Mon",
    );
    expect(local(computeDeadline(at("2026-01-31T10:00"), { amount: 1, unit: "months" }, calendar))).toBe(
      "2026-03-02 17:00 Mon",
    ); // 28 Feb is a Saturday
  });
});

describe("holidays cached per year", () => {
  it("names the same public holidays as asking the holidays library day by day, 2024 to 2031", () => {
    const library = new Holidays("NL", { types: ["public"] });
    const differences: string[] = [];
    for (
      let day = DateTime.fromISO("2024-01-01", { zone: "Europe/Amsterdam" });
      day.year < 2032;
      day = day.plus({ days: 1 })
    ) {
      const asked = (library.isHoliday(day.set({ hour: 12 }).toJSDate()) || [])
        .filter((h) => h.type === "public")
        .map((h) => h.name);
      const cached = calendar.holidayNames(day.set({ hour: 0, minute: 30 }).toJSDate());
      if (asked.join() !== cached.join()) differences.push(`${day.toISODate()}: ${asked.join()} / ${cached.join()}`);
    }
    expect(differences).toEqual([]);
  });
});
