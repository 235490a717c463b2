// Slack: how fast a slash command (/overlast, which opens the report form) is acknowledged, by Schakel and by a
// bare Bolt app that only acks, both on Bolt's HTTP receiver with signed requests and the Web API on a local fake.
import type { AddressInfo } from "node:net";
import bolt from "@slack/bolt";
import { createSlackAdapter } from "../src/adapters/slack/slack-adapter.ts";
import { loadRegionDirectory } from "../src/infra/region/region-loader.ts";
import { FakeSlackApi } from "../test/adapters/slack/fake-slack-api.ts";
import { CHANNELS, SIGNING_SECRET, slackRequests, slackUserId } from "../test/adapters/slack/slack-requests.ts";
import { type AckRow, compareAcks, load, startBenchApp } from "./bench-lib.ts";

const { App, HTTPReceiver, LogLevel } = bolt;

async function bareBolt(apiUrl: string) {
  const receiver = new HTTPReceiver({ signingSecret: SIGNING_SECRET, endpoints: "/slack/events" });
  const app = new App({
    token: "xoxb-test",
    receiver,
    clientOptions: { slackApiUrl: apiUrl },
    logLevel: LogLevel.ERROR,
  });
  app.command("/overlast", async ({ ack }) => ack());
  const server = await receiver.start(0);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`, close: () => app.stop() };
}

export async function benchSlackAcks(): Promise<AckRow[]> {
  const people = loadRegionDirectory("regions").regions.flatMap((r) => r.region.people);
  const fake = await new FakeSlackApi(Object.fromEntries(people.map((p) => [slackUserId(p.id), p.email]))).start();
  const factory = createSlackAdapter({
    botToken: "xoxb-test",
    apiUrl: fake.apiUrl,
    mode: { kind: "http", signingSecret: SIGNING_SECRET, port: 0, path: "/slack/events" },
    channels: { "wbw-casuistiek": CHANNELS.shared, "wbw-coordinatoren": CHANNELS.coordinators },
  });
  const app = await startBenchApp([factory]);
  const bare = await bareBolt(fake.apiUrl);
  const address = factory.address();
  if (!address) throw new Error("the Slack adapter is not listening");
  const ours = slackRequests(`http://127.0.0.1:${address.port}${address.path}`, fake.url);
  const floor = slackRequests(bare.url, fake.url);
  const user = slackUserId("femke-de-wit");
  const expectOk = (r: { status: number }) => {
    if (r.status !== 200) throw new Error(`Slack request answered ${r.status}`);
  };
  try {
    return await compareAcks(
      "Slack ack (/overlast)",
      (c, n) => load(c, n, () => ours.command(user, "/overlast").then(expectOk)),
      (c, n) => load(c, n, () => floor.command(user, "/overlast").then(expectOk)),
    );
  } finally {
    await bare.close();
    await app.close();
    await fake.close();
  }
}
