// Start-up configuration: a bad value stops the start with a message that names the variable to change.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.ts";

describe("configuration", () => {
  it("accepts the defaults", () => {
    const config = loadConfig({});
    expect(config.timeZone).toBe("Europe/Amsterdam");
    expect([config.workdayStart, config.workdayEnd]).toEqual(["08:30", "17:00"]);
  });

  it("refuses working hours that end before they start, naming the variable", () => {
    expect(() => loadConfig({ SCHAKEL_WORKDAY_START: "17:00", SCHAKEL_WORKDAY_END: "08:30" })).toThrow(
      /SCHAKEL_WORKDAY_END: working hours must end after they start/,
    );
    expect(() => loadConfig({ SCHAKEL_WORKDAY_START: "09:00", SCHAKEL_WORKDAY_END: "09:00" })).toThrow(
      /SCHAKEL_WORKDAY_END/,
    );
  });

  it("refuses an unknown time zone, naming the variable", () => {
    expect(() => loadConfig({ SCHAKEL_TIMEZONE: "Europe/Amsterdm" })).toThrow(/SCHAKEL_TIMEZONE: unknown time zone/);
  });

  it("names the variable of a badly formatted time", () => {
    expect(() => loadConfig({ SCHAKEL_WORKDAY_START: "8.30" })).toThrow(/SCHAKEL_WORKDAY_START: use HH:mm/);
  });
});
