// Teams: how fast an invoke is answered by Schakel and by a bare Teams SDK app whose handler only answers, both over
// HTTP without tokens: the case card's refresh (answers with the current card, read only) and a report dialog's
// submit (ack first: checked, recorded in the inbox, answered "wordt verwerkt"; the case is made afterwards).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { App, ExpressAdapter } from "@microsoft/teams.apps";
import { randomUUID } from "node:crypto";
import { CARD_REFRESH_VERB, FORM_SUBMIT_VERB } from "../src/adapters/teams/adaptive-card.ts";
import { DIALOG_VERB_KEY } from "../src/adapters/teams/dialog-card.ts";
import { FORM_ID_KEY, FORM_NONCE_KEY } from "../src/adapters/teams/render-form-teams.ts";
import { createTeamsAdapter } from "../src/adapters/teams/teams-adapter.ts";
import { loadTeamsConfig } from "../src/adapters/teams/teams-config.ts";
import {
  CHANNEL_ID,
  CLIENT_ID,
  COORDINATORS_ID,
  execute,
  installPersonal,
  personal,
  taskSubmit,
  TENANT_ID,
  teamsUser,
} from "../test/adapters/teams/activities.ts";
import { FakeConnector } from "../test/adapters/teams/fake-connector.ts";
import { DEMO_USERS } from "../test/adapters/teams/teams-harness.ts";
import { reportOverlast } from "../test/support/fixtures.ts";
import { VALID_REPORT } from "../test/contract/adapter-contract.ts";
import { type AckRow, compareAcks, load, startBenchApp } from "./bench-lib.ts";

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
const TOKEN = `${b64({ alg: "none", typ: "JWT" })}.${b64({ aud: "https://api.botframework.com", appid: CLIENT_ID, exp: 4102444800 })}.c2ln`;

async function bareTeams(connectorUrl: string) {
  const server = createServer();
  const app = new App({
    clientId: CLIENT_ID,
    tenantId: TENANT_ID,
    token: () => TOKEN,
    serviceUrl: connectorUrl,
    messagingEndpoint: "/api/messages",
    httpServerAdapter: new ExpressAdapter(server),
    dangerouslyAllowUnauthenticatedRequests: true,
  });
  app.on(
    "card.action",
    async () => ({ statusCode: 200, type: "application/vnd.microsoft.activity.message", value: "ok" }) as never,
  );
  app.on("dialog.submit", async () => ({ task: { type: "message", value: "ok" } }));
  await app.initialize();
  await new Promise<void>((resolve) => server.listen(0, resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`, server };
}

const post = async (url: string, activity: object) => {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(activity),
  });
  await response.text();
  if (response.status !== 200) throw new Error(`Teams invoke answered ${response.status}`);
};

export async function benchTeamsInvokes(): Promise<AckRow[]> {
  const users = DEMO_USERS.map((id) => teamsUser(id));
  const connector = await new FakeConnector(users).start();
  const config = loadTeamsConfig({
    TEAMS_CLIENT_ID: CLIENT_ID,
    TEAMS_CLIENT_SECRET: "bench-secret-not-used",
    TEAMS_TENANT_ID: TENANT_ID,
    TEAMS_PORT: "0",
    TEAMS_CHANNELS: `wbw-casuistiek=${CHANNEL_ID},wbw-coordinatoren=${COORDINATORS_ID}`,
  });
  if (!config) throw new Error("Teams config missing");
  const adapter = createTeamsAdapter(config, {
    token: () => TOKEN,
    testConnectorUrl: connector.url,
    dangerouslyAllowUnauthenticated: true,
  });
  const app = await startBenchApp([adapter]);
  const bare = await bareTeams(connector.url);
  const address = adapter.address();
  if (!address) throw new Error("the Teams adapter is not listening");
  const ours = `http://127.0.0.1:${address.port}${address.path}`;
  const { caseId } = await reportOverlast(app.ctx);
  const user = teamsUser("eva-bakker");
  const invoke = () => execute(personal(user, connector.url), CARD_REFRESH_VERB, { caseId });
  // Each submit is another opened form (its own one-time key), so each is recorded and makes a case.
  const submit = () =>
    taskSubmit(personal(user, connector.url), {
      [DIALOG_VERB_KEY]: FORM_SUBMIT_VERB,
      [FORM_ID_KEY]: `report:overlast~k${randomUUID()}`,
      [FORM_NONCE_KEY]: randomUUID(),
      ...VALID_REPORT,
    });
  try {
    await post(ours, installPersonal(user, connector.url)); // Eva's personal chat, where her confirmations go
    const refreshes = await compareAcks(
      "Teams invoke (card refresh)",
      (c, n) => load(c, n, () => post(ours, invoke())),
      (c, n) => load(c, n, () => post(bare.url, invoke())),
    );
    // The reports made after the answers run in this process: each side starts once they are done, so the floor
    // is not slowed by Schakel's earlier work (Schakel's own answers do wait behind it, as in production).
    const quietly = (url: string) => async (c: number, n: number) => {
      await app.inbox.idle();
      return load(c, n, () => post(url, submit()));
    };
    // One round: every submit makes a case afterwards, which takes long on a loaded machine.
    const name = "Teams dialog submit (report, ack first)";
    const submits = await compareAcks(name, quietly(ours), quietly(bare.url), [1, 10, 50], 1);
    return [...refreshes, ...submits];
  } finally {
    await new Promise((resolve) => bare.server.close(resolve));
    await app.close();
    await connector.close();
  }
}
