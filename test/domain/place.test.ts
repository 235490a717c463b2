// One person, one place: which platform a person's private messages go to.
import { describe, expect, it } from "vitest";
import { placeOf } from "../../src/domain/roster/place.ts";

const ALL = ["local", "slack", "teams"];

describe("a person's one place", () => {
  it("is the preferred platform from the region file when it runs", () => {
    expect(placeOf({ preferred: "teams", accounts: ["slack"], running: ALL })).toBe("teams");
    expect(placeOf({ preferred: "console", accounts: ["slack"], running: ALL })).toBe("local");
  });

  it("falls back to an account when the preferred platform does not run", () => {
    expect(placeOf({ preferred: "teams", accounts: ["slack"], running: ["local", "slack"] })).toBe("slack");
  });

  it("is the platform of their account, Slack before Teams when they have both", () => {
    expect(placeOf({ preferred: null, accounts: ["local", "teams"], running: ALL })).toBe("teams");
    expect(placeOf({ preferred: null, accounts: ["teams", "slack"], running: ALL })).toBe("slack");
  });

  it("is the console when no chat platform runs (the demo), whatever accounts they have", () => {
    expect(placeOf({ preferred: "slack", accounts: ["slack"], running: ["local"] })).toBe("local");
  });

  it("is Slack for someone without any account while Slack runs (found by their workspace's e-mail)", () => {
    expect(placeOf({ preferred: undefined, accounts: ["local"], running: ALL })).toBe("slack");
    expect(placeOf({ preferred: undefined, accounts: [], running: ["local", "teams"] })).toBe("teams");
  });
});
