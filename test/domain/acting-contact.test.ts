// Who acts for an organisation while its contact is away: the deputy, or nobody (then the coordinators).
import { describe, expect, it } from "vitest";
import {
  absenceAt,
  actingContact,
  deputyRungRecipient,
  type AbsencePeriod,
} from "../../src/domain/roster/acting-contact.ts";
import { absencePeriod, lastDayOf, parseDutchDate } from "../../src/domain/roster/absence-period.ts";

const slot = { primaryPersonId: "anouk", deputyPersonId: "bram" };
// Monday 30 Nov up to and including Friday 4 Dec 2026, Amsterdam.
const week: AbsencePeriod = {
  personId: "anouk",
  startsAt: new Date("2026-11-29T23:00:00Z"),
  endsAt: new Date("2026-12-04T23:00:00Z"),
  endedAt: null,
};
const at = (iso: string) => new Date(iso);

describe("actingContact", () => {
  it("is the contact when nobody is away", () => {
    expect(actingContact(slot, [], at("2026-12-01T10:00:00Z"))).toEqual({ kind: "contact", personId: "anouk" });
  });

  it("is the deputy from the first minute of the first day to the end of the last, then the contact again", () => {
    expect(actingContact(slot, [week], at("2026-11-29T22:59:59Z")).kind).toBe("contact");
    expect(actingContact(slot, [week], at("2026-11-29T23:00:00Z"))).toEqual({
      kind: "deputy",
      personId: "bram",
      absentPersonId: "anouk",
      absentUntil: week.endsAt,
    });
    expect(actingContact(slot, [week], at("2026-12-04T22:59:59Z")).kind).toBe("deputy");
    expect(actingContact(slot, [week], at("2026-12-04T23:00:00Z"))).toEqual({ kind: "contact", personId: "anouk" });
  });

  it("ends at the moment an absence was ended early", () => {
    const ended = { ...week, endedAt: at("2026-12-02T12:00:00Z") };
    expect(actingContact(slot, [ended], at("2026-12-02T11:59:00Z")).kind).toBe("deputy");
    expect(actingContact(slot, [ended], at("2026-12-02T12:00:00Z")).kind).toBe("contact");
  });

  it("is nobody when the deputy is away too, or there is no deputy: the coordinators must hear of it", () => {
    const deputyAway: AbsencePeriod = { ...week, personId: "bram", endsAt: at("2026-12-02T23:00:00Z") };
    expect(actingContact(slot, [week, deputyAway], at("2026-12-01T10:00:00Z"))).toEqual({
      kind: "nobody",
      away: [
        { personId: "anouk", until: week.endsAt },
        { personId: "bram", until: deputyAway.endsAt },
      ],
    });
    expect(
      actingContact({ primaryPersonId: "anouk", deputyPersonId: null }, [week], at("2026-12-01T10:00:00Z")).kind,
    ).toBe("nobody");
    expect(actingContact(slot, [week, deputyAway], at("2026-12-03T10:00:00Z")).kind).toBe("deputy");
  });

  it("ignores absences of other people", () => {
    expect(actingContact(slot, [{ ...week, personId: "someone-else" }], at("2026-12-01T10:00:00Z")).kind).toBe(
      "contact",
    );
  });

  it("reads the longest of overlapping absences", () => {
    const longer = { ...week, endsAt: at("2026-12-10T23:00:00Z") };
    expect(absenceAt([week, longer], "anouk", at("2026-12-01T10:00:00Z"))).toBe(longer);
  });
});

describe("deputyRungRecipient", () => {
  it("is the deputy when present, else the contact when present, else nobody", () => {
    const now = at("2026-12-01T10:00:00Z");
    expect(deputyRungRecipient(slot, [], now)).toBe("bram");
    expect(deputyRungRecipient(slot, [{ ...week, personId: "bram" }], now)).toBe("anouk");
    expect(deputyRungRecipient(slot, [week, { ...week, personId: "bram" }], now)).toBeNull();
    expect(deputyRungRecipient({ primaryPersonId: "anouk", deputyPersonId: null }, [week], now)).toBeNull();
  });
});

describe("absence periods as people type them", () => {
  it("reads d-m-jjjj, dd-mm-jjjj and jjjj-mm-dd, and refuses what is no date", () => {
    expect(parseDutchDate("4-12-2026")).toBe("2026-12-04");
    expect(parseDutchDate("04-12-2026")).toBe("2026-12-04");
    expect(parseDutchDate("2026-12-04")).toBe("2026-12-04");
    expect(parseDutchDate("31-2-2027")).toBeNull();
    expect(parseDutchDate("12/04")).toBeNull();
    expect(parseDutchDate("morgen")).toBeNull();
  });

  it("covers whole local days with the last day included", () => {
    const period = absencePeriod("2026-11-30", "2026-12-04", "2026-11-30", "Europe/Amsterdam");
    expect(period).toEqual({ ok: true, startsAt: week.startsAt, endsAt: week.endsAt });
    expect(lastDayOf(week.endsAt, "Europe/Amsterdam").toISOString().slice(0, 10)).toBe("2026-12-04");
  });

  it("refuses an end before the start, a start in the past and more than a year", () => {
    const zone = "Europe/Amsterdam";
    expect(absencePeriod("2026-12-04", "2026-12-03", "2026-11-30", zone)).toEqual({
      ok: false,
      problem: "end_before_start",
    });
    expect(absencePeriod("2026-11-27", "2026-12-04", "2026-11-30", zone)).toEqual({ ok: false, problem: "in_past" });
    expect(absencePeriod("2026-12-01", "2027-12-01", "2026-11-30", zone)).toEqual({ ok: false, problem: "too_long" });
    expect(absencePeriod("2026-12-01", "2027-11-30", "2026-11-30", zone).ok).toBe(true);
    expect(absencePeriod("2026-11-30", "2026-11-30", "2026-11-30", zone).ok).toBe(true);
  });
});
