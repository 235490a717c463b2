// The court route's dates in their declared order (bailiff ≤ summons ≤ hearing ≤ ruling ≤ eviction) and an
// announced eviction never newly entered in the past; the flow file declares both as data.
import { must } from "../support/must.ts";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkCaseDates } from "../../src/domain/flow/check-case-dates.ts";
import { flowSchema } from "../../src/domain/flow/flow-schema.ts";

const flow = flowSchema.parse(parse(readFileSync("flows/dreigende-huisuitzetting.yaml", "utf8")));
const TODAY = "2026-11-23";
const check = (entered: Record<string, string>, stored: Record<string, string> = {}) =>
  checkCaseDates({
    rules: flow.dates,
    entered: new Map(Object.entries(entered)),
    stored: new Map(Object.entries(stored)),
    today: TODAY,
  });

describe("checking a case's dates against the flow", () => {
  it("accepts dates in order, equal dates, and a route with dates still missing", () => {
    const inOrder = { summons: "2026-10-01", hearing: "2026-12-03", ruling: "2026-12-03", eviction: "2027-01-20" };
    expect(check(inOrder)).toEqual([]);
    expect(check({ eviction: "2026-12-21" })).toEqual([]);
  });

  it("refuses an eviction before the ruling, naming the ruling and its day", () => {
    expect(check({ ruling: "2026-12-10", eviction: "2026-12-09" })).toEqual([
      { dateId: "eviction", kind: "before", other: "Vonnis", otherDay: "2026-12-10" },
    ]);
  });

  it("skips a missing date in between: the eviction may not come before the hearing when no ruling is known", () => {
    expect(check({ hearing: "2026-12-03", eviction: "2026-12-01" })).toEqual([
      { dateId: "eviction", kind: "before", other: "Zitting kantonrechter", otherDay: "2026-12-03" },
    ]);
  });

  it("blames the newly entered earlier date when it moves past a stored later one", () => {
    expect(check({ hearing: "2027-02-01" }, { eviction: "2027-01-20" })).toEqual([
      { dateId: "hearing", kind: "after", other: "Aangekondigde ontruimingsdatum", otherDay: "2027-01-20" },
    ]);
  });

  it("refuses a newly entered eviction before today, but not one already stored that has since passed", () => {
    expect(check({ eviction: "2026-11-01" })).toEqual([{ dateId: "eviction", kind: "in_past" }]);
    expect(check({ eviction: "2026-11-01", hearing: "2026-10-01" }, { eviction: "2026-11-01" })).toEqual([]);
    expect(check({ hearing: "2026-11-02" })).toEqual([]); // a hearing may be entered afterwards
  });

  it("refuses a flow file whose order names an unknown or later date", () => {
    const raw = parse(readFileSync("flows/dreigende-huisuitzetting.yaml", "utf8"));
    raw.dates[1].after = "eviction";
    const result = flowSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(must(result.error, "result.error").issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toContain(
      'dates.1.after: "eviction" is not a date declared before "summons"',
    );
  });
});
