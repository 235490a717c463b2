// Start-up configuration: a bad value stops the start with a message that names the variable to change.
import { describe, expect, it } from "vitest";
import path from "node:path";
import { loadConfig, projectRoot } from "../../src/config/config.ts";

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

  it("refuses an unknown mode, naming the variable and the value", () => {
    expect(() => loadConfig({ SCHAKEL_MODE: "prod" })).toThrow(/SCHAKEL_MODE: use demo or production \(got "prod"\)/);
  });

  it("resolves a relative SQLite path and the flows and regions folders against the project, not the cwd", () => {
    const config = loadConfig({
      DATABASE_URL: "file:./data/x.db",
      SCHAKEL_FLOWS_DIR: "flows",
      SCHAKEL_REGIONS_DIR: "r",
    });
    expect(config.databaseUrl).toBe(`file:${path.join(projectRoot, "data/x.db")}`);
    expect(config.flowsDir).toBe(path.join(projectRoot, "flows"));
    expect(config.regionsDir).toBe(path.join(projectRoot, "r"));
    expect(loadConfig({ DATABASE_URL: "file:/var/lib/schakel.db" }).databaseUrl).toBe("file:/var/lib/schakel.db");
    const postgres = "postgresql://schakel@db.example.nl/schakel";
    expect(loadConfig({ DATABASE_URL: postgres }).databaseUrl).toBe(postgres);
  });

  it("takes PORT before SCHAKEL_PORT and names PORT when it is wrong", () => {
    expect(loadConfig({ PORT: "4100", SCHAKEL_PORT: "4200" }).port).toBe(4100);
    expect(loadConfig({ SCHAKEL_PORT: "4200" }).port).toBe(4200);
    expect(() => loadConfig({ PORT: "http" })).toThrow(/- PORT: /);
  });

  it("lists every problem at once, one line per variable", () => {
    const problems = () => loadConfig({ SCHAKEL_TIMEZONE: "Mars/Olympus", SCHAKEL_SWEEP_SECONDS: "1" });
    expect(problems).toThrow(/SCHAKEL_TIMEZONE: .*\n {2}- SCHAKEL_SWEEP_SECONDS: /);
  });
});
