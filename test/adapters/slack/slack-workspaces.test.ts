// Several Slack workspaces with OAuth installs: each installs through Bolt's flow (oauth.v2.access on the fake),
// its token is stored sealed, its users act with its own token, and the same user id in two workspaces is
// two different people. A user of a workspace without an install gets a Dutch answer.
import { must } from "../../support/must.ts";
import { readFileSync, existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter } from "../../../src/adapters/slack/slack-adapter.ts";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { FakeSlackApi, type FakeWorkspace } from "./fake-slack-api.ts";
import { VALID_REPORT } from "../../contract/adapter-contract.ts";
import { installThroughOAuth } from "./slack-oauth.ts";
import { CHANNELS, SIGNING_SECRET, slackRequests } from "./slack-requests.ts";

const A: FakeWorkspace = {
  teamId: "TCORP",
  code: "code-a",
  botToken: "xoxb-corporatie-9f8e7d6c5b4a",
  users: { U0SAME: "eva-bakker@demo.schakel.nl" },
};
// The same user id in workspace B is someone else: the care provider's contact.
const B: FakeWorkspace = {
  teamId: "TZORG",
  code: "code-b",
  botToken: "xoxb-zorg-1a2b3c4d5e6f",
  users: { U0SAME: "anouk-jansen@demo.schakel.nl", U0JORIS: "joris-de-bruijn@demo.schakel.nl" },
};

describe("Slack across workspaces with OAuth installs", () => {
  let fake: FakeSlackApi;
  let app: TestApp;
  let base = "";
  const endpoint = () => `${base}/slack/events`;
  // One request maker per workspace, so trigger ids never repeat (a repeated one is a replay and ignored).
  const makers = new Map<string, ReturnType<typeof slackRequests>>();
  const requestsOf = (teamId: string) =>
    makers.get(teamId) ?? must(makers.set(teamId, slackRequests(endpoint(), fake.url, teamId)).get(teamId));

  const install = (code: string) => installThroughOAuth(base, code);

  async function ask(
    teamId: string,
    userId: string,
    text: string,
  ): Promise<{ text: string; tokens: (string | undefined)[] }> {
    const since = fake.calls.length;
    const sent = await requestsOf(teamId).command(userId, "/schakel", text);
    const reply = await fake.waitFor(
      (c) => c.method === "response_url" && c.body.response_id === sent.response_id,
      since,
    );
    return {
      text: reply.body.text as string,
      tokens: fake.calls
        .slice(since)
        .filter((c) => c.method === "users.info")
        .map((c) => c.token),
    };
  }

  beforeAll(async () => {
    fake = await new FakeSlackApi({}, [A, B]).start();
    const factory = createSlackAdapter({
      botToken: null,
      apiUrl: fake.apiUrl,
      oauth: {
        clientId: "1234.5678",
        clientSecret: "client-secret-x",
        stateSecret: "state-secret-0123456789",
        homeWorkspace: A.teamId,
      },
      mode: { kind: "http", signingSecret: SIGNING_SECRET, port: 0, path: "/slack/events" },
      channels: { "wbw-casuistiek": CHANNELS.shared, "wbw-coordinatoren": CHANNELS.coordinators },
    });
    app = await startTestApp({ adapters: [factory] });
    base = `http://127.0.0.1:${must(factory.address(), "factory.address()").port}`;
  });
  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  it("installs each workspace through Slack's OAuth flow and keeps its token sealed", async () => {
    expect(await install(A.code)).toBe(200);
    expect(await install(B.code)).toBe(200);
    expect(fake.callsOf("oauth.v2.access").map((c) => c.body.code)).toEqual([A.code, B.code]);
    const rows = await app.ctx.store.chat.installations("slack");
    expect(rows.map((r) => [r.key, r.teamId])).toEqual([
      ["team:TCORP", "TCORP"],
      ["team:TZORG", "TZORG"],
    ]);
    const file = app.databaseUrl.slice("file:".length);
    const raw = Buffer.concat([file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f)));
    expect(raw.includes(Buffer.from("xoxb-"))).toBe(false);
    expect(raw.includes(Buffer.from(A.botToken.slice(5)))).toBe(false);
  });

  it("refuses an install whose state was not issued by Schakel", async () => {
    const forged = await fetch(`${base}/slack/oauth_redirect?code=${A.code}&state=forged`, { redirect: "manual" });
    await forged.text();
    expect(forged.status).not.toBe(200);
    expect(fake.callsOf("oauth.v2.access")).toHaveLength(2);
  });

  it("handles a command from workspace B with B's token, and never confuses the same user id across workspaces", async () => {
    const fromB = await ask(B.teamId, "U0SAME", "mijn");
    expect(fromB.tokens).toEqual([B.botToken]);
    expect(fromB.text).toContain("geen openstaande taken");
    expect((await app.ctx.store.read.personByIdentity("slack", "TZORG:U0SAME"))?.id).toBe("anouk-jansen");
    const fromA = await ask(A.teamId, "U0SAME", "mijn");
    expect(fromA.tokens).toEqual([A.botToken]);
    expect((await app.ctx.store.read.personByIdentity("slack", "TCORP:U0SAME"))?.id).toBe("eva-bakker");
    expect(await app.ctx.store.read.personByIdentity("slack", "U0SAME")).toBeNull();
  });

  it("answers a user of a workspace that has not installed Schakel in Dutch, and does nothing", async () => {
    const before = fake.callsOf("users.info").length;
    const { text } = await ask("TELDERS", "U0SAME", "mijn");
    expect(text).toContain("Jouw Slack-werkruimte heeft Schakel nog niet geïnstalleerd");
    expect(fake.callsOf("users.info")).toHaveLength(before);
  });

  it("answers a Slack Connect user whose own workspace has no install, even in an installed workspace's channel", async () => {
    const requests = requestsOf(A.teamId);
    const since = fake.calls.length;
    const id = requests.ids();
    const payload = {
      type: "block_actions",
      team: { id: A.teamId, domain: "a" },
      user: { id: "U0GUEST", team_id: "TELDERS" },
      api_app_id: "AAPP",
      trigger_id: id.trigger_id,
      response_url: id.response_url,
      channel: { id: CHANNELS.shared, name: "x" },
      container: { type: "message", message_ts: "1.1", channel_id: CHANNELS.shared },
      message: { ts: "1.1", type: "message", text: "" },
      actions: [
        {
          type: "button",
          action_id: "case.ack",
          block_id: "b",
          value: "x",
          text: { type: "plain_text", text: "x" },
          action_ts: "1.2",
        },
      ],
    };
    await requests.send(
      new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      "application/x-www-form-urlencoded",
    );
    const reply = await fake.waitFor(
      (c) => c.method === "response_url" && c.body.response_id === id.response_id,
      since,
    );
    expect(reply.body.text).toContain("nog niet geïnstalleerd");
    expect(fake.calls.slice(since).filter((c) => c.method === "users.info")).toEqual([]);
  });

  it("posts the case card with the home workspace's token and DMs each contact through their own workspace", async () => {
    const fromA = requestsOf(A.teamId);
    const since = fake.calls.length;
    const opened = await fromA.command("U0SAME", "/overlast");
    const view = (
      await fake.waitFor((c) => c.method === "views.open" && c.body.trigger_id === opened.trigger_id, since)
    ).body.view;
    expect((await fromA.submitView("U0SAME", view, VALID_REPORT)).status).toBe(200);
    await app.inbox.idle(); // acked first: the report is filed and answered after the 200, however loaded the machine
    await fake.waitFor((c) => c.method === "response_url" && /OV-\d{4}-\d{4}/.test(String(c.body.text)), since);
    await app.flush();
    const after = fake.calls.slice(since);
    const card = after.find((c) => c.method === "chat.postMessage" && c.body.channel === CHANNELS.shared);
    expect(card?.token).toBe(A.botToken);
    const dmJoris = after.find((c) => c.method === "chat.postMessage" && c.body.channel === "D0JORIS");
    expect(dmJoris?.token).toBe(B.botToken);
    expect(
      after.filter((c) => c.method === "conversations.open" && c.body.users === "U0JORIS").map((c) => c.token),
    ).toEqual([B.botToken]);
    expect((await app.ctx.store.read.personByIdentity("slack", "TZORG:U0JORIS"))?.id).toBe("joris-de-bruijn");
  });
});
