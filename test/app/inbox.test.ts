// Ack first: an interaction recorded in the inbox before its ack is done once, also when the process stopped
// between the ack and the work (the next start finishes it), and a repeated key is recognised, never recorded twice.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createSlackAdapter } from "../../src/adapters/slack/slack-adapter.ts";
import type { SlackItem } from "../../src/adapters/slack/slack-inbox.ts";
import { FakeSlackApi } from "../adapters/slack/fake-slack-api.ts";
import { CHANNELS, SIGNING_SECRET, slackUserId } from "../adapters/slack/slack-requests.ts";
import { appsPerTest, startTestApp } from "../support/test-app.ts";

const EVA = slackUserId("eva-bakker");

describe("the ack-first inbox", () => {
  const start = appsPerTest();
  let fake: FakeSlackApi;
  beforeAll(async () => {
    fake = await new FakeSlackApi({ [EVA]: "eva-bakker@demo.schakel.nl" }).start();
  });
  afterAll(async () => fake?.close());

  const slack = () =>
    createSlackAdapter({
      botToken: "xoxb-test",
      apiUrl: fake.apiUrl,
      mode: { kind: "http", signingSecret: SIGNING_SECRET, port: 0, path: "/slack/events" },
      channels: { "wbw-casuistiek": CHANNELS.shared, "wbw-coordinatoren": CHANNELS.coordinators },
    });
  const command = (responseId: string): SlackItem => ({
    type: "command",
    command: "/schakel",
    text: "help",
    triggerId: `1.${responseId}`,
    target: { user: EVA, channel: CHANNELS.shared, responseUrl: `${fake.url}/response/${responseId}` },
  });
  const repliesTo = (responseId: string) =>
    fake.calls.filter((c) => c.method === "response_url" && c.body.response_id === responseId);

  it("finishes after a restart what a stopped process acked but did not do, once", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "schakel-inbox-"));
    const databaseUrl = `file:${path.join(dir, "schakel.db")}`;
    copyFileSync(inject("templateDb"), path.join(dir, "schakel.db"));
    try {
      const first = await startTestApp({ adapters: [slack()], databaseUrl, inboxLeaseMs: 1 });
      // Acked, then the process stopped before the work ran: only the inbox row is left.
      expect(await first.inbox.accept("slack", "slack:command:1.restart", command("restart"))).not.toBeNull();
      await first.close();
      expect(repliesTo("restart")).toEqual([]);
      const second = await startTestApp({ adapters: [slack()], databaseUrl });
      await second.inbox.idle();
      await second.close();
      expect(repliesTo("restart")).toHaveLength(1);
      expect(repliesTo("restart")[0]?.body.text).toContain("/overlast");
      const third = await startTestApp({ adapters: [slack()], databaseUrl });
      await third.inbox.idle();
      await third.close();
      expect(repliesTo("restart")).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("recognises a repeated key and records nothing for it", async () => {
    const app = await start({ adapters: [slack()] });
    const ticket = await app.inbox.accept("slack", "slack:command:1.twice", command("twice"));
    expect(await app.inbox.accept("slack", "slack:command:1.twice", command("twice"))).toBeNull();
    ticket?.process();
    await app.inbox.idle();
    expect(repliesTo("twice")).toHaveLength(1);
  });
});
