// The export period from the console's two date fields: a whole-day period in Amsterdam time, or one Dutch
// sentence that says which field is wrong and how (missing, not a day, outside the years, reversed).
import { describe, expect, it } from "vitest";
import { exportPeriod } from "../../src/app/export-period.ts";

const ZONE = "Europe/Amsterdam";

describe("the export period", () => {
  it("runs from the start of the first day to the start of the day after the last, in Amsterdam time", () => {
    const period = exportPeriod("2026-11-01", "2026-11-30", ZONE);
    expect(period).toEqual({
      ok: true,
      from: new Date("2026-10-31T23:00:00Z"),
      to: new Date("2026-11-30T23:00:00Z"),
    });
  });

  it("asks for an empty field by its name", () => {
    expect(exportPeriod(undefined, "2026-11-30", ZONE)).toEqual({
      ok: false,
      error: "Vul de datum ‘Van’ in, als jjjj-mm-dd (bijvoorbeeld 2026-01-31).",
    });
    expect(exportPeriod("2026-11-01", "  ", ZONE)).toEqual({
      ok: false,
      error: "Vul de datum ‘Tot’ in, als jjjj-mm-dd (bijvoorbeeld 2026-01-31).",
    });
  });

  it("refuses what is not a day, or a year outside 2000–2199, naming the value", () => {
    for (const [from, to, field, value] of [
      ["1-11-2026", "2026-11-30", "Van", "1-11-2026"],
      ["2026-11-01", "2026-02-30", "Tot", "2026-02-30"],
      ["1999-12-31", "2026-11-30", "Van", "1999-12-31"],
      ["2026-11-01", "2200-01-01", "Tot", "2200-01-01"],
    ]) {
      expect(exportPeriod(from, to, ZONE)).toEqual({
        ok: false,
        error:
          `‘${value}’ is geen geldige datum voor ${field}: gebruik jjjj-mm-dd tussen 2000 en 2199, ` +
          "bijvoorbeeld 2026-01-31.",
      });
    }
  });

  it("refuses a period that ends before it begins; one day is fine", () => {
    expect(exportPeriod("2026-11-30", "2026-11-01", ZONE)).toEqual({
      ok: false,
      error: "De periode begint (2026-11-30) na het einde (2026-11-01). Kies een begindatum vóór de einddatum.",
    });
    expect(exportPeriod("2026-11-30", "2026-11-30", ZONE).ok).toBe(true);
  });
});
