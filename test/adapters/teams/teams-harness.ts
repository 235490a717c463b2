// Starts a real Schakel with the Teams adapter (the real Teams SDK app over HTTP, in the unauthenticated mode
// tests switch on in code) and a fake connector on the serviceUrl; posts activities like Teams does.
import type { Parsed } from "../../support/parsed.ts";
import { must } from "../../support/must.ts";
import { createTeamsAdapter } from "../../../src/adapters/teams/teams-adapter.ts";
import { loadTeamsConfig } from "../../../src/adapters/teams/teams-config.ts";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import type { Logger } from "../../../src/app/ports.ts";
import type { AdapterFactory } from "../../../src/bootstrap.ts";
import { CHANNEL_ID, CLIENT_ID, COORDINATORS_ID, TENANT_ID, teamsUser, type TeamsUser } from "./activities.ts";
import { FakeConnector } from "./fake-connector.ts";

/** A syntactically valid JWT for the outgoing connector calls (the fake connector does not check it). */
const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
const FAKE_TOKEN = `${b64({ alg: "none", typ: "JWT" })}.${b64({ aud: "https://api.botframework.com", appid: CLIENT_ID, exp: 4102444800 })}.c2ln`;

export const DEMO_USERS = [
  "eva-bakker",
  "joris-de-bruijn",
  "rob-van-gils",
  "anouk-jansen",
  "yvonne-maas",
  "gerrit-smits",
  "karin-hendriks",
  "sanne-koster",
];

export interface TeamsHarness {
  app: TestApp;
  connector: FakeConnector;
  users: Record<string, TeamsUser>;
  /** Where the messaging endpoint listens. */
  address: { port: number; path: string };
  post(activity: object): Promise<{ status: number; body: Parsed }>;
  /** Every invoke answer the bot gave (cards shown to the person who pressed). */
  responses: Parsed[];
  close(): Promise<void>;
}

export interface TeamsHarnessOptions {
  log?: Logger;
  extraUsers?: TeamsUser[];
  authenticated?: boolean;
  env?: Record<string, string>;
  /** The Playground's local mode: forms inline instead of dialogs. */
  inlineForms?: boolean;
  /** Other platforms running next to Teams (e.g. a Slack adapter on a fake Slack API). */
  otherAdapters?: AdapterFactory[];
  /** Channels the connector refuses to show at the start's channel check (channel id → HTTP status). */
  channelProblems?: Record<string, 403 | 404 | 500>;
}

export async function startTeamsHarness(options: TeamsHarnessOptions = {}): Promise<TeamsHarness> {
  const users = Object.fromEntries(DEMO_USERS.map((id) => [id, teamsUser(id)]));
  for (const extra of options.extraUsers ?? []) users[extra.personId] = extra;
  const connector = await new FakeConnector(Object.values(users)).start();
  for (const [id, status] of Object.entries(options.channelProblems ?? {})) connector.channelProblems.set(id, status);
  const config = must(
    loadTeamsConfig({
      TEAMS_CLIENT_ID: CLIENT_ID,
      TEAMS_CLIENT_SECRET: "test-secret-not-used",
      TEAMS_TENANT_ID: TENANT_ID,
      TEAMS_PORT: "0",
      TEAMS_CHANNELS: `wbw-casuistiek=${CHANNEL_ID},wbw-coordinatoren=${COORDINATORS_ID}`,
      ...options.env,
    }),
  );
  // The test-only switches exist only here, in code: no environment variable can turn them on.
  const adapter = createTeamsAdapter(options.inlineForms ? { ...config, inlineForms: true } : config, {
    token: () => FAKE_TOKEN,
    testConnectorUrl: connector.url,
    dangerouslyAllowUnauthenticated: !options.authenticated,
  });
  const app = await startTestApp({
    adapters: [adapter, ...(options.otherAdapters ?? [])],
    ...(options.log ? { log: options.log } : {}),
  });
  const { port, path } = must(adapter.address(), "adapter.address()");
  const responses: Parsed[] = [];
  return {
    app,
    connector,
    users,
    address: { port, path },
    responses,
    async post(activity) {
      const res = await fetch(`http://127.0.0.1:${port}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(activity),
      });
      const text = await res.text();
      await app.inbox.idle(); // ack first: a message is answered from the inbox after its 200
      const body = text ? JSON.parse(text) : null;
      if (body) responses.push(body);
      return { status: res.status, body };
    },
    async close() {
      await app.close();
      await connector.close();
    },
  };
}
