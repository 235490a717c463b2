// A real Schakel with the Slack adapter on the Bolt HTTP receiver, a fake Slack Web API, and what a person does.
import type { Parsed } from "../../support/parsed.ts";
import { must } from "../../support/must.ts";
import { EventEmitter } from "node:events";
import type { Logger } from "../../../src/app/ports.ts";
import { createSlackAdapter } from "../../../src/adapters/slack/slack-adapter.ts";
import { loadRegionDirectory } from "../../../src/infra/region/region-loader.ts";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { FakeSlackApi, type RecordedCall, type StoredMessage } from "./fake-slack-api.ts";
import { CHANNELS, SIGNING_SECRET, slackRequests, slackUserId, type SlackRequests } from "./slack-requests.ts";

export const OUTSIDER = "UOUTSIDER";

/** The visible text of Block Kit blocks, one line per text element. */
export function blocksText(blocks: Parsed[]): string {
  const lines: string[] = [];
  for (const b of blocks ?? []) {
    if (b.text?.text) lines.push(b.text.text);
    for (const f of b.fields ?? []) lines.push(f.text);
    for (const e of b.elements ?? []) lines.push(e.text?.text ?? e.text ?? "");
  }
  return lines.join("\n");
}

export interface SlackHarness {
  app: TestApp;
  fake: FakeSlackApi;
  slack: SlackRequests;
  openModal(personId: string, command?: string): Promise<Parsed>;
  submit(
    personId: string,
    view: Parsed,
    values: Record<string, string>,
    retryNum?: number,
  ): Promise<{ status: number; body: Parsed; since: number }>;
  card(reference: string): StoredMessage | undefined;
  press(
    personId: string,
    reference: string,
    actionId: string,
    options?: { actionTs?: string; retryNum?: number },
  ): Promise<RecordedCall>;
  waitForReply(since: number, responseId: string): Promise<RecordedCall>;
  /** Resolves when the app logs this message (for requests that, correctly, answer nothing). */
  waitForLog(message: string): Promise<object>;
  close(): Promise<void>;
}

/** `log` also receives every line (the privacy test captures them at debug level). */
export async function startSlackHarness(options: { log?: Logger } = {}): Promise<SlackHarness> {
  const people = loadRegionDirectory("regions").regions.flatMap((r) => r.region.people);
  const users: Record<string, string> = Object.fromEntries(people.map((p) => [slackUserId(p.id), p.email]));
  users[OUTSIDER] = "outsider@example.com";
  const fake = await new FakeSlackApi(users).start();
  const factory = createSlackAdapter({
    botToken: "xoxb-test",
    apiUrl: fake.apiUrl,
    mode: { kind: "http", signingSecret: SIGNING_SECRET, port: 0, path: "/slack/events" },
    channels: { "wbw-casuistiek": CHANNELS.shared, "wbw-coordinatoren": CHANNELS.coordinators },
  });
  const logged = new EventEmitter();
  const also = options.log;
  const log: Logger = {
    debug: (o, m) => also?.debug(o, m),
    info: (o, m) => {
      also?.info(o, m);
      logged.emit(m, o);
    },
    warn: (o, m) => {
      also?.warn(o, m);
      logged.emit(m, o);
    },
    error: (o, m) => {
      also?.error(o, m);
      logged.emit(m, o);
    },
  };
  const app = await startTestApp({ adapters: [factory], log });
  const address = must(factory.address(), "factory.address()");
  const slack = slackRequests(`http://127.0.0.1:${address.port}${address.path}`, fake.url);
  const harness: SlackHarness = {
    app,
    fake,
    slack,
    async openModal(personId, command = "/overlast") {
      const since = fake.calls.length;
      const sent = await slack.command(slackUserId(personId), command);
      const call = await fake.waitFor((c) => c.method === "views.open" && c.body.trigger_id === sent.trigger_id, since);
      return call.body.view;
    },
    async submit(personId, view, values, retryNum) {
      const since = fake.calls.length;
      const result = await slack.submitView(slackUserId(personId), view, values, retryNum ? { retryNum } : {});
      return { ...result, since };
    },
    card: (reference) =>
      fake.messages.find(
        (m) => m.channel === CHANNELS.shared && !m.thread_ts && m.blocks[0]?.text?.text?.startsWith(reference),
      ),
    async press(personId, reference, actionId, options = {}) {
      const message = must(harness.card(reference), "harness.card(reference)");
      const button = message.blocks
        .flatMap((b: Parsed) => (b.type === "actions" ? b.elements : []))
        .find((e: Parsed) => e.action_id === actionId);
      if (!button) throw new Error(`no ${actionId} button on the card of ${reference}`);
      const since = fake.calls.length;
      const sent = await slack.pressButton(slackUserId(personId), message, button, options);
      return fake.waitFor(
        (c) =>
          (c.method === "views.open" && c.body.trigger_id === sent.trigger_id) ||
          (c.method === "response_url" && c.body.response_id === sent.response_id),
        since,
      );
    },
    async waitForReply(since, responseId) {
      await app.inbox.idle(); // acked first: the reply comes from the inbox's work, done however loaded the machine is
      return fake.waitFor((c) => c.method === "response_url" && c.body.response_id === responseId, since);
    },
    waitForLog: (message) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`"${message}" was not logged within 5 s`)), 5000);
        logged.once(message, (o: object) => {
          clearTimeout(timer);
          resolve(o);
        });
      }),
    async close() {
      await app.close();
      await fake.close();
    },
  };
  return harness;
}
