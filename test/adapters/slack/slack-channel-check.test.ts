// At start the Slack adapter asks, per mapped channel, whether the bot can post there, and names each one it
// cannot (not invited, unknown), instead of letting the first case card fail unnoticed; and a reporter whose card
// could not be posted yet is told so.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Logger } from "../../../src/app/ports.ts";
import { createSlackAdapter } from "../../../src/adapters/slack/slack-adapter.ts";
import { silentLog, startTestApp, type TestApp } from "../../support/test-app.ts";
import { VALID_REPORT } from "../../contract/adapter-contract.ts";
import { drainOutbox } from "../../support/drain-outbox.ts";
import { must } from "../../support/must.ts";
import { FakeSlackApi } from "./fake-slack-api.ts";
import { startSlackHarness, type SlackHarness } from "./slack-harness.ts";
import { CHANNELS, SIGNING_SECRET } from "./slack-requests.ts";

describe("Slack channel check at start", () => {
  const open: { close(): Promise<void> }[] = [];
  const opened: TestApp[] = [];
  afterEach(async () => {
    while (open.length) await open.pop()?.close();
  });

  async function start(fake: FakeSlackApi) {
    const warnings: { fields: object; message: string }[] = [];
    const log: Logger = { ...silentLog, warn: (fields, message) => void warnings.push({ fields, message }) };
    const adapter = createSlackAdapter({
      botToken: "xoxb-test",
      apiUrl: fake.apiUrl,
      mode: { kind: "http", signingSecret: SIGNING_SECRET, port: 0, path: "/slack/events" },
      channels: { "wbw-casuistiek": CHANNELS.shared, "wbw-coordinatoren": CHANNELS.coordinators },
    });
    const app: TestApp = await startTestApp({ adapters: [adapter], log });
    open.push(app);
    opened.push(app);
    return warnings.filter((w) => w.message.startsWith("Slack: the bot cannot post"));
  }

  it("names each mapped channel the bot cannot post in, and why", async () => {
    const fake = await new FakeSlackApi({}).start();
    open.push(fake);
    fake.channelProblems.set(CHANNELS.shared, "not_in_channel");
    fake.channelProblems.set(CHANNELS.coordinators, "channel_not_found");
    const problems = await start(fake);
    expect(problems.map((p) => p.fields)).toEqual(
      expect.arrayContaining([
        { channel: "wbw-casuistiek", id: CHANNELS.shared, reason: "not_in_channel" },
        { channel: "wbw-coordinatoren", id: CHANNELS.coordinators, reason: "channel_not_found" },
      ]),
    );
    expect(problems.find((p) => p.fields && "reason" in p.fields)?.message).toContain("#wbw-casuistiek");
    // Their Slack channel is one of the broken: the coordinators read it once, on the console.
    const app = must(opened.at(-1), "the app");
    await drainOutbox(app);
    const told = (await (await fetch(`${app.url}/api/channels/wbw-coordinatoren/messages`)).json()) as {
      text: string;
    }[];
    expect(told.map((m) => m.text).filter((text) => text.startsWith("Schakel kan op Slack niet posten"))).toEqual([
      "Schakel kan op Slack niet posten in #wbw-casuistiek, #wbw-coordinatoren: de app is daar niet toegevoegd of " +
        "het kanaal bestaat niet. Meldingen voor die kanalen wachten tot de beheerder dit herstelt. Je hoort dit één keer.",
    ]);
  });

  it("says nothing when the bot is in every channel", async () => {
    const fake = await new FakeSlackApi({}).start();
    open.push(fake);
    expect(await start(fake)).toEqual([]);
  });
});

describe("the reporter's confirmation when the card cannot be posted", () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => h?.close());

  it("says the card is not in the channel yet instead of 'sent to the parties'", async () => {
    const view = await h.openModal("eva-bakker");
    h.fake.failNext("chat.postMessage", 1, { error: "not_in_channel" });
    const { since } = await h.submit("eva-bakker", view, VALID_REPORT);
    const reply = await h.waitForReply(since, JSON.parse(view.private_metadata).responseUrl.split("/").pop());
    expect(reply.body.text).toContain("kon nog niet in het gedeelde kanaal worden geplaatst");
    expect(reply.body.text).not.toContain("naar de partijen gestuurd");
  });

  it("confirms as before when the card was posted", async () => {
    const view = await h.openModal("eva-bakker");
    const { since } = await h.submit("eva-bakker", view, VALID_REPORT);
    const reply = await h.waitForReply(since, JSON.parse(view.private_metadata).responseUrl.split("/").pop());
    expect(reply.body.text).toContain("naar de partijen gestuurd");
  });
});
