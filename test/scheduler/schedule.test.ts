// Cron patterns and ticks: Monday 08:30 and 04:15 in Amsterdam, and never a job between 02:00 and 03:00.
import { describe, expect, it } from "vitest";
import cron from "node-cron";
import { DateTime } from "luxon";
import { cronExpression, effectiveIntervalSeconds, latestTick } from "../../src/infra/scheduler/schedule.ts";
import { schedulerConfigSchema } from "../../src/infra/scheduler/scheduler-config.ts";

const zone = "Europe/Amsterdam";
const amsterdam = (iso: string) => DateTime.fromISO(iso, { zone }).toJSDate();

describe("schedules", () => {
  it("gives valid cron patterns that leave out the 02:00 hour", () => {
    const patterns = [
      cronExpression({ kind: "interval", seconds: 60 }),
      cronExpression({ kind: "interval", seconds: 300 }),
      cronExpression({ kind: "interval", seconds: 20 }),
      cronExpression({ kind: "weekly", weekday: 1, time: "08:30" }),
      cronExpression({ kind: "daily", time: "04:15" }),
    ];
    expect(patterns).toEqual([
      "0 */1 0-1,3-23 * * *",
      "0 */5 0-1,3-23 * * *",
      "*/20 * 0-1,3-23 * * *",
      "0 30 8 * * 1",
      "0 15 4 * * *",
    ]);
    for (const p of patterns) {
      expect(cron.validate(p)).toBe(true);
      expect(cron.parse(p).hour).not.toContain(2);
    }
  });

  it("rounds an interval to one that divides the hour", () => {
    expect(effectiveIntervalSeconds(420)).toBe(360);
    expect(effectiveIntervalSeconds(45)).toBe(30);
  });

  it("finds the latest tick of the weekly digest and the daily retention job", () => {
    const weekly = { kind: "weekly" as const, weekday: 1, time: "08:30" };
    expect(latestTick(weekly, amsterdam("2026-11-23T08:30"), zone)).toEqual(amsterdam("2026-11-23T08:30"));
    expect(latestTick(weekly, amsterdam("2026-11-23T08:29"), zone)).toEqual(amsterdam("2026-11-16T08:30"));
    expect(latestTick(weekly, amsterdam("2026-11-26T15:00"), zone)).toEqual(amsterdam("2026-11-23T08:30"));
    expect(latestTick({ kind: "daily", time: "04:15" }, amsterdam("2026-11-23T03:00"), zone)).toEqual(
      amsterdam("2026-11-22T04:15"),
    );
  });

  it("skips the sweep during the hour daylight saving time doubles (25 October 2026)", () => {
    const interval = { kind: "interval" as const, seconds: 300 };
    const firstTwoOClock = new Date("2026-10-25T00:10:00Z"); // 02:10 CEST
    const secondTwoOClock = new Date("2026-10-25T01:10:00Z"); // 02:10 CET
    expect(latestTick(interval, firstTwoOClock, zone)).toBeNull();
    expect(latestTick(interval, secondTwoOClock, zone)).toBeNull();
    expect(latestTick(interval, new Date("2026-10-25T02:07:00Z"), zone)).toEqual(new Date("2026-10-25T02:05:00Z"));
  });

  it("refuses a daily or weekly job in the 02:00 hour", () => {
    expect(schedulerConfigSchema.safeParse({ retentionTime: "02:30" }).success).toBe(false);
    expect(() => cronExpression({ kind: "daily", time: "02:15" })).toThrow(/02:00 and 03:00/);
  });
});
