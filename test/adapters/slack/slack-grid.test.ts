// Slack Enterprise Grid: an org-wide install through Bolt's OAuth flow serves every workspace of the org with one
// token; a user of the org is one person whichever workspace they act from; each person gets one notice; a team of
// an org without an install, or a workspace of an org where only another workspace installed, gets a Dutch answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter } from "../../../src/adapters/slack/slack-adapter.ts";
import { loadRegionDirectory } from "../../../src/infra/region/region-loader.ts";
import { VALID_REPORT } from "../../contract/adapter-contract.ts";
import { drainOutbox } from "../../support/drain-outbox.ts";
import { must } from "../../support/must.ts";
import type { Parsed } from "../../support/parsed.ts";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { FakeSlackApi, type FakeWorkspace } from "./fake-slack-api.ts";
import { installThroughOAuth } from "./slack-oauth.ts";
import { CHANNELS, type GridOrg, SIGNING_SECRET, slackRequests } from "./slack-requests.ts";

const gridUser = (personId: string) => `W${personId.replace(/[^a-z0-9]/gi, "").toUpperCase()}`;
const people = loadRegionDirectory("regions").regions.flatMap((r) => r.region.people);
const everyone = Object.fromEntries(people.map((p) => [gridUser(p.id), p.email]));

// The region's org: Schakel installed org-wide; its users work in two workspaces, T0GRID1 and T0GRID2.
const GRID: FakeWorkspace = {
  teamId: "T0GRID1",
  enterpriseId: "E0GRID",
  orgWide: true,
  code: "code-grid",
  botToken: "xoxb-grid-org-5e6f7a8b",
  users: everyone,
};
const ORG_WIDE: GridOrg = { enterpriseId: "E0GRID", orgWide: true };
// Another org where only workspace T0ZORG1 installed Schakel (not org-wide); T0ZORG2 of that org did not.
const ZORG: FakeWorkspace = {
  teamId: "T0ZORG1",
  enterpriseId: "E0ZORG",
  code: "code-zorg",
  botToken: "xoxb-zorg-ws-1c2d3e4f",
  users: { [gridUser("hanna-visser")]: "hanna-visser@demo.schakel.nl" },
};

describe("Slack Enterprise Grid with an org-wide install", () => {
  let fake: FakeSlackApi;
  let app: TestApp;
  let base = "";
  let reference = "";
  const makers = new Map<string, ReturnType<typeof slackRequests>>();
  const from = (teamId: string, grid: GridOrg) => {
    const known = makers.get(teamId);
    if (known) return known;
    const made = slackRequests(`${base}/slack/events`, fake.url, teamId, grid);
    makers.set(teamId, made);
    return made;
  };
  const dmPostsTo = (personId: string) =>
    fake.messages.filter((m) => m.channel === `D${gridUser(personId).slice(1)}` && m.text.includes(reference));
  const card = () =>
    must(
      fake.messages.find(
        (m) => m.channel === CHANNELS.shared && !m.thread_ts && m.blocks[0]?.text?.text?.startsWith(reference),
      ),
      "the case card",
    );

  beforeAll(async () => {
    fake = await new FakeSlackApi({}, [GRID, ZORG]).start();
    const factory = createSlackAdapter({
      botToken: null,
      apiUrl: fake.apiUrl,
      oauth: {
        clientId: "1234.5678",
        clientSecret: "client-secret-x",
        stateSecret: "state-secret-0123456789",
        homeWorkspace: "E0GRID",
      },
      mode: { kind: "http", signingSecret: SIGNING_SECRET, port: 0, path: "/slack/events" },
      channels: { "wbw-casuistiek": CHANNELS.shared, "wbw-coordinatoren": CHANNELS.coordinators },
    });
    app = await startTestApp({ adapters: [factory] });
    base = `http://127.0.0.1:${must(factory.address(), "the Slack address").port}`;
  });
  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  it("stores an org-wide install once, for the org", async () => {
    expect(await installThroughOAuth(base, GRID.code)).toBe(200);
    const rows = await app.ctx.store.chat.installations("slack");
    expect(rows.map((r) => [r.key, r.enterpriseId, r.teamId])).toEqual([["enterprise:E0GRID", "E0GRID", null]]);
  });

  it("a user in T0GRID1 reports and a user in T0GRID2 acknowledges, each with the org's token", async () => {
    const t1 = from("T0GRID1", ORG_WIDE);
    const since = fake.calls.length;
    const opened = await t1.command(gridUser("eva-bakker"), "/overlast");
    const view = (await fake.waitFor((c) => c.method === "views.open" && c.body.trigger_id === opened.trigger_id)).body
      .view;
    expect((await t1.submitView(gridUser("eva-bakker"), view, VALID_REPORT)).status).toBe(200);
    const confirmed = await fake.waitFor((c) => c.method === "response_url" && /OV-\d{4}-\d{4}/.test(c.body.text));
    expect(confirmed.body.text).toContain("naar de partijen gestuurd");
    reference = must(/OV-\d{4}-\d{4}/.exec(confirmed.body.text), "the reference")[0];
    await drainOutbox(app);

    const button = card()
      .blocks.flatMap((b: Parsed) => (b.type === "actions" ? b.elements : []))
      .find((e: Parsed) => e.action_id === "case.acknowledge");
    const pressed = await from("T0GRID2", ORG_WIDE).pressButton(gridUser("joris-de-bruijn"), card(), button);
    const answer = await fake.waitFor((c) => c.method === "response_url" && c.body.response_id === pressed.response_id);
    expect(answer.body.text).toContain("Bevestigd namens Zorggroep Kompas");
    await drainOutbox(app);
    const tokens = new Set(fake.calls.slice(since).flatMap((c) => (c.token ? [c.token] : [])));
    expect([...tokens]).toEqual([GRID.botToken]);
  });

  it("gives the reporter and each routed contact exactly one notice, in their own DM", async () => {
    const opens = fake.callsOf("conversations.open").map((c) => c.body.users);
    for (const personId of ["eva-bakker", "joris-de-bruijn", "rob-van-gils"]) {
      expect(dmPostsTo(personId), personId).toHaveLength(1);
      expect(
        opens.filter((u) => u === gridUser(personId)),
        personId,
      ).toHaveLength(1);
    }
  });

  it("knows a user of the org as one person from either workspace, keyed by org and user", async () => {
    const before = fake.callsOf("users.info").length;
    const sent = await from("T0GRID2", ORG_WIDE).command(gridUser("eva-bakker"), "/schakel", "mijn");
    const reply = await fake.waitFor((c) => c.method === "response_url" && c.body.response_id === sent.response_id);
    expect(reply.body.text).not.toContain("niet gekoppeld");
    expect(fake.callsOf("users.info")).toHaveLength(before);
    const accounts = await app.ctx.store.read.accountsOf("eva-bakker", "slack");
    expect(accounts).toEqual([
      { externalId: `E0GRID:${gridUser("eva-bakker")}`, enterpriseId: "E0GRID", teamId: "T0GRID1" },
    ]);
  });

  it("answers a team of an org that has not installed Schakel in Dutch, and does nothing", async () => {
    const before = fake.calls.filter((c) => c.method !== "response_url").length;
    const elders = from("T0ELDERS", { enterpriseId: "E0ELDERS", orgWide: true });
    const sent = await elders.command(gridUser("eva-bakker"), "/schakel", "mijn");
    const reply = await fake.waitFor((c) => c.method === "response_url" && c.body.response_id === sent.response_id);
    expect(reply.body.text).toContain("Jouw Slack-werkruimte heeft Schakel nog niet geïnstalleerd");
    expect(fake.calls.filter((c) => c.method !== "response_url")).toHaveLength(before);
  });

  it("serves a workspace that installed on its own, and not its org's other workspaces", async () => {
    expect(await installThroughOAuth(base, ZORG.code)).toBe(200);
    const perWorkspace: GridOrg = { enterpriseId: "E0ZORG", orgWide: false };
    const zorg1 = from("T0ZORG1", perWorkspace);
    const sent = await zorg1.command(gridUser("hanna-visser"), "/schakel", "mijn");
    const reply = await fake.waitFor((c) => c.method === "response_url" && c.body.response_id === sent.response_id);
    expect(reply.body.text).not.toContain("nog niet geïnstalleerd");
    expect(fake.callsOf("users.info").at(-1)?.token).toBe(ZORG.botToken);
    expect(await app.ctx.store.read.accountsOf("hanna-visser", "slack")).toEqual([
      { externalId: `E0ZORG:${gridUser("hanna-visser")}`, enterpriseId: "E0ZORG", teamId: "T0ZORG1" },
    ]);
    // A user of T0ZORG2 pressing a button in T0ZORG1: their own workspace never installed Schakel.
    const id = zorg1.ids();
    const payload = {
      type: "block_actions",
      team: { id: "T0ZORG1", domain: "z", enterprise_id: "E0ZORG" },
      enterprise: { id: "E0ZORG" },
      is_enterprise_install: false,
      user: { id: "W0OTHER", team_id: "T0ZORG2" },
      api_app_id: "AAPP",
      trigger_id: id.trigger_id,
      response_url: id.response_url,
      channel: { id: "C0ZORG", name: "x" },
      container: { type: "message", message_ts: "1.1", channel_id: "C0ZORG" },
      message: { ts: "1.1", type: "message", text: "" },
      actions: [{ type: "button", action_id: "case.ack", block_id: "b", value: "x", action_ts: "1.2" }],
    };
    await zorg1.send(
      new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      "application/x-www-form-urlencoded",
    );
    const refused = await fake.waitFor((c) => c.method === "response_url" && c.body.response_id === id.response_id);
    expect(refused.body.text).toContain("nog niet geïnstalleerd");
  });
});
