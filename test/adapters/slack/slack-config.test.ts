// Slack settings: off when absent, clear English errors for missing or contradictory settings.
import { must } from "../../support/must.ts";
import { describe, expect, it } from "vitest";
import { checkChannelMapping, loadSlackConfig } from "../../../src/adapters/slack/slack-config.ts";
import { platformAdapters } from "../../../src/adapters/platform-adapters.ts";
import { createSlackAdapter } from "../../../src/adapters/slack/slack-adapter.ts";
import { silentLog, startTestApp } from "../../support/test-app.ts";
import { FakeSlackApi } from "./fake-slack-api.ts";

const http = {
  SLACK_BOT_TOKEN: "xoxb-1",
  SLACK_SIGNING_SECRET: "secret-123456",
  SLACK_CHANNELS: "wbw-casuistiek=C0123ABC, wbw-coordinatoren=C0456DEF",
};

describe("loadSlackConfig", () => {
  it("returns null (Slack off) when no Slack variable is set", () => {
    expect(loadSlackConfig({ PORT: "3000" })).toBeNull();
    expect(platformAdapters({ slack: null, teams: null }, silentLog)).toEqual([]);
  });

  it("reads HTTP mode with its defaults and the channel map", () => {
    expect(loadSlackConfig(http)).toEqual({
      botToken: "xoxb-1",
      mode: { kind: "http", signingSecret: "secret-123456", port: 3001, path: "/slack/events" },
      channels: { "wbw-casuistiek": "C0123ABC", "wbw-coordinatoren": "C0456DEF" },
    });
    expect(loadSlackConfig({ ...http, SLACK_API_URL: "https://slack.example.gov/api" })?.apiUrl).toBe(
      "https://slack.example.gov/api/",
    );
    const slack = loadSlackConfig(http);
    expect(platformAdapters({ slack, teams: null }, silentLog).map((a) => a.platform)).toEqual(["slack"]);
  });

  it("reads OAuth installs for several workspaces, and refuses half or contradictory settings", () => {
    const oauth = {
      SLACK_SIGNING_SECRET: "secret-123456",
      SLACK_CLIENT_ID: "1234.5678",
      SLACK_CLIENT_SECRET: "client-secret",
      SLACK_STATE_SECRET: "state-secret-0123456789",
      SLACK_HOME_WORKSPACE: "T0CORP",
    };
    expect(loadSlackConfig(oauth)).toMatchObject({
      botToken: null,
      oauth: { clientId: "1234.5678", homeWorkspace: "T0CORP" },
    });
    expect(() => loadSlackConfig({ ...oauth, SLACK_STATE_SECRET: undefined })).toThrow(
      /need SLACK_STATE_SECRET as well/,
    );
    expect(() => loadSlackConfig({ ...oauth, SLACK_BOT_TOKEN: "xoxb-1" })).toThrow(
      /SLACK_BOT_TOKEN is for one workspace/,
    );
    expect(() => loadSlackConfig({ SLACK_SIGNING_SECRET: "secret-123456" })).toThrow(
      /set SLACK_BOT_TOKEN \(one workspace\) or SLACK_CLIENT_ID/,
    );
  });

  it("reads Socket Mode from an app token", () => {
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" })?.mode).toEqual({
      kind: "socket",
      appToken: "xapp-1",
    });
  });

  it("stops with a clear message for missing or contradictory settings", () => {
    expect(() => loadSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1" })).toThrow(/needs SLACK_SIGNING_SECRET/);
    expect(() => loadSlackConfig({ SLACK_SIGNING_SECRET: "secret-123456" })).toThrow(/SLACK_BOT_TOKEN/);
    expect(() => loadSlackConfig({ ...http, SLACK_APP_TOKEN: "xapp-1", SLACK_PORT: "3001" })).toThrow(
      /either Socket Mode or HTTP/,
    );
    expect(() => loadSlackConfig({ ...http, SLACK_BOT_TOKEN: "xoxp-user" })).toThrow(/bot token/);
    expect(() => loadSlackConfig({ ...http, SLACK_CHANNELS: "wbw-casuistiek:C0123" })).toThrow(/name=CHANNELID/);
  });

  it("refuses to start when a region channel has no Slack channel id", () => {
    const config = must(loadSlackConfig({ ...http, SLACK_CHANNELS: "wbw-casuistiek=C0123ABC" }));
    expect(() => checkChannelMapping(config, ["wbw-casuistiek", "wbw-coordinatoren"])).toThrow(
      /no Slack channel id for wbw-coordinatoren/,
    );
  });

  it("stops the start when Slack rejects the bot token", async () => {
    const fake = await new FakeSlackApi({}).start();
    fake.failNext("auth.test", 1, { error: "invalid_auth" });
    const factory = createSlackAdapter({
      ...must(loadSlackConfig({ ...http, SLACK_PORT: "0", SLACK_API_URL: fake.apiUrl })),
    });
    await expect(startTestApp({ adapters: [factory] })).rejects.toThrow(
      /Slack refused SLACK_BOT_TOKEN at start-up \(auth.test: invalid_auth\)/,
    );
    await fake.close();
  });
});
