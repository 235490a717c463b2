// Teams settings: off without TEAMS_* variables, defaults for the rest, clear errors for what is wrong.
import { describe, expect, it } from "vitest";
import { loadTeamsConfig } from "../../../src/adapters/teams/teams-config.ts";
import { CLIENT_ID, TENANT_ID } from "./activities.ts";

const base = { TEAMS_CLIENT_ID: CLIENT_ID, TEAMS_CLIENT_SECRET: "s3cret-value~x", TEAMS_TENANT_ID: TENANT_ID };

describe("loadTeamsConfig", () => {
  it("is off when no Teams variable is set", () => {
    expect(loadTeamsConfig({ SLACK_BOT_TOKEN: "xoxb-1" })).toBeNull();
  });

  it("uses the SDK's endpoint and port by default and validates tokens", () => {
    expect(loadTeamsConfig(base)).toMatchObject({ port: 3978, path: "/api/messages", channels: {}, dangerouslyAllowUnauthenticated: false });
  });

  it("reads the channel mapping", () => {
    const config = loadTeamsConfig({ ...base, TEAMS_CHANNELS: "wbw-casuistiek=19:abc@thread.tacv2, wbw-coordinatoren=19:def@thread.tacv2" });
    expect(config?.channels).toEqual({ "wbw-casuistiek": "19:abc@thread.tacv2", "wbw-coordinatoren": "19:def@thread.tacv2" });
  });

  it("names the missing credentials", () => {
    expect(() => loadTeamsConfig({ TEAMS_CLIENT_ID: CLIENT_ID })).toThrow(/TEAMS_CLIENT_SECRET, TEAMS_TENANT_ID are missing/);
  });

  it("explains malformed values", () => {
    expect(() => loadTeamsConfig({ ...base, TEAMS_CHANNELS: "wbw-casuistiek=C123" })).toThrow(/not name=CHANNELID/);
    expect(() => loadTeamsConfig({ ...base, TEAMS_TENANT_ID: "contoso" })).toThrow(/TEAMS_TENANT_ID: must be the Directory \(tenant\) ID/);
  });

  it("refuses the unauthenticated test mode in production", () => {
    expect(() => loadTeamsConfig({ ...base, NODE_ENV: "production", TEAMS_DANGEROUSLY_ALLOW_UNAUTHENTICATED: "true" })).toThrow(/never in production/);
  });
});
