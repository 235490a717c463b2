// One person, one place: with Slack and Teams side by side, a contact who is on Slack (and not on Teams) gets
// their notice on Slack only; Teams neither names them in the channel nor tells the coordinators about them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter } from "../../../src/adapters/slack/slack-adapter.ts";
import { VALID_REPORT } from "../../contract/adapter-contract.ts";
import { FakeSlackApi } from "../slack/fake-slack-api.ts";
import { CHANNELS, SIGNING_SECRET } from "../slack/slack-requests.ts";
import { CHANNEL_ID, COORDINATORS_ID } from "./activities.ts";
import { activityText } from "./card-text.ts";
import { teamsDriver } from "./teams-driver.ts";
import { startTeamsHarness, type TeamsHarness } from "./teams-harness.ts";

describe("a contact on Slack, with Teams running too", () => {
  let h: TeamsHarness;
  let slack: FakeSlackApi;

  beforeAll(async () => {
    slack = await new FakeSlackApi({ U0JORIS: "joris-de-bruijn@demo.schakel.nl" }).start();
    const slackAdapter = createSlackAdapter({
      botToken: "xoxb-test",
      apiUrl: slack.apiUrl,
      mode: { kind: "http", signingSecret: SIGNING_SECRET, port: 0, path: "/slack/events" },
      channels: { "wbw-casuistiek": CHANNELS.shared, "wbw-coordinatoren": CHANNELS.coordinators },
    });
    h = await startTeamsHarness({ otherAdapters: [slackAdapter] });
    // Joris is on Slack (as a region file says); Rob is on neither and is reached in the Teams channel.
    await h.app.ctx.store.transaction((tx) => tx.linkIdentity("joris-de-bruijn", "slack", "U0JORIS"));
  });
  afterAll(async () => {
    await h?.close();
    await slack?.close();
  });

  it("tells Joris on Slack only, and names only Rob in the Teams thread", async () => {
    const driver = teamsDriver(h);
    await driver.installEverywhere(["eva-bakker", "yvonne-maas"]);
    const result = await driver.submitReport("eva-bakker", VALID_REPORT);
    expect(result.ok).toBe(true);
    await h.app.flush();
    const reference = (result as { reference: string }).reference;
    expect(
      slack.messages
        .filter((m) => m.channel === "D0JORIS")
        .map((m) => m.text)
        .join("\n"),
    ).toContain(reference);
    const teamsTexts = h.connector.sent
      .filter((s) => s.conversationId.startsWith(CHANNEL_ID) || s.conversationId === COORDINATORS_ID)
      .map((s) => String(s.activity.text ?? activityText(s.activity)));
    expect(teamsTexts.filter((t) => t.includes("Joris"))).toEqual([]);
    expect(teamsTexts.some((t) => t.includes("Rob van Gils"))).toBe(true);
  });
});
