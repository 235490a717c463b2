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
    expect(loadTeamsConfig(base)).toMatchObject({
      port: 3978,
      path: "/api/messages",
      channels: {},
      dangerouslyAllowUnauthenticated: false,
    });
  });

  it("reads the channel mapping", () => {
    const config = loadTeamsConfig({
      ...base,
      TEAMS_CHANNELS: "wbw-casuistiek=19:abc@thread.tacv2, wbw-coordinatoren=19:def@thread.tacv2",
    });
    expect(config?.channels).toEqual({
      "wbw-casuistiek": "19:abc@thread.tacv2",
      "wbw-coordinatoren": "19:def@thread.tacv2",
    });
  });

  it("names the missing credentials", () => {
    expect(() => loadTeamsConfig({ TEAMS_CLIENT_ID: CLIENT_ID })).toThrow(
      /TEAMS_CLIENT_SECRET, TEAMS_TENANT_ID are missing/,
    );
  });

  it("explains malformed values", () => {
    expect(() => loadTeamsConfig({ ...base, TEAMS_CHANNELS: "wbw-casuistiek=C123" })).toThrow(/not name=CHANNELID/);
    expect(() => loadTeamsConfig({ ...base, TEAMS_TENANT_ID: "contoso" })).toThrow(
      /TEAMS_TENANT_ID: must be the Directory \(tenant\) ID/,
    );
  });

  it("cannot switch off token checks by configuration, in any environment", () => {
    for (const NODE_ENV of ["production", "development", "test"]) {
      expect(() => loadTeamsConfig({ ...base, NODE_ENV, TEAMS_DANGEROUSLY_ALLOW_UNAUTHENTICATED: "true" })).toThrow(
        /no longer a setting/,
      );
    }
    expect(loadTeamsConfig(base)).toMatchObject({ dangerouslyAllowUnauthenticated: false, testConnectorUrl: null });
  });

  it("allows only its own tenant unless TEAMS_ALLOWED_TENANTS lists more", () => {
    expect(loadTeamsConfig(base)?.allowedTenants).toEqual([TENANT_ID]);
    const other = "11111111-2222-4333-8444-555555555555";
    expect(
      loadTeamsConfig({ ...base, TEAMS_ALLOWED_TENANTS: `${TENANT_ID.toUpperCase()}, ${other}` })?.allowedTenants,
    ).toEqual([TENANT_ID, other]);
    expect(() => loadTeamsConfig({ ...base, TEAMS_ALLOWED_TENANTS: "contoso.onmicrosoft.com" })).toThrow(
      /TEAMS_ALLOWED_TENANTS/,
    );
  });

  it("accepts only Microsoft's connector hosts as TEAMS_SERVICE_URL", () => {
    expect(loadTeamsConfig({ ...base, TEAMS_SERVICE_URL: "https://smba.trafficmanager.net/emea/" })?.serviceUrl).toBe(
      "https://smba.trafficmanager.net/emea",
    );
    for (const url of [
      "https://evil.example/teams",
      "http://smba.trafficmanager.net/teams",
      "https://smba.trafficmanager.net.evil.example/",
    ]) {
      expect(() => loadTeamsConfig({ ...base, TEAMS_SERVICE_URL: url })).toThrow(/Microsoft connector URL/);
    }
  });
});
