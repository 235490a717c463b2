// Reaching contacts who never opened the bot: Schakel installs its personal app for them through Microsoft Graph
// (a local fake Graph on 127.0.0.1, set through TEAMS_GRAPH_URL) and sends the notice to that personal chat;
// where Graph refuses, the @mention in the channel thread still reaches them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VALID_REPORT } from "../../contract/adapter-contract.ts";
import { CHANNEL_ID } from "./activities.ts";
import { activityText } from "./card-text.ts";
import { CATALOG_APP_ID, FakeGraph } from "./fake-graph.ts";
import { teamsDriver } from "./teams-driver.ts";
import { startTeamsHarness, type TeamsHarness } from "./teams-harness.ts";

describe("Teams: installing the personal app through Graph", () => {
  const graph = new FakeGraph();
  let h: TeamsHarness;
  let reference = "";

  beforeAll(async () => {
    await graph.start();
    // Rob's organisation did not grant the permission for him: Graph answers 403.
    graph.refused.add("rob-van-gils@demo.schakel.nl");
    h = await startTeamsHarness({ env: { TEAMS_GRAPH_APP_ID: CATALOG_APP_ID, TEAMS_GRAPH_URL: graph.url } });
    const driver = teamsDriver(h);
    await driver.installEverywhere(["eva-bakker"]);
    const report = await driver.submitReport("eva-bakker", VALID_REPORT);
    if (!report.ok) throw new Error(`report refused: ${JSON.stringify(report.errors)}`);
    reference = report.reference;
    await h.app.flush();
  });
  afterAll(async () => {
    await h?.close();
    await graph.close();
  });

  it("installs the app for a contact who never opened it, with the app's token, and writes to that chat", () => {
    const install = graph.requests.find(
      (r) => r.line === "POST /v1.0/users/joris-de-bruijn@demo.schakel.nl/teamwork/installedApps",
    );
    expect(install?.body).toEqual({
      "teamsApp@odata.bind": `${graph.url}/v1.0/appCatalogs/teamsApps/${CATALOG_APP_ID}`,
    });
    expect(install?.authorization).toMatch(/^Bearer ey/);
    const chat = h.connector.inConversation(graph.chatOf("joris-de-bruijn@demo.schakel.nl"));
    expect(chat.map((s) => activityText(s.activity)).join("\n")).toContain(reference);
  });

  it("does not also name that contact in the channel; a refused install sends nothing to a chat", () => {
    const card = h.connector.sent.find(
      (s) => s.conversationId === CHANNEL_ID && activityText(s.activity).includes(reference),
    );
    const thread = h.connector
      .inConversation(`${CHANNEL_ID};messageid=${card?.id}`)
      .map((s) => activityText(s.activity));
    expect(thread.some((t) => t.includes("Joris de Bruijn"))).toBe(false);
    const rob = "rob-van-gils@demo.schakel.nl";
    expect(graph.requests.some((r) => r.line === `POST /v1.0/users/${rob}/teamwork/installedApps`)).toBe(true);
    expect(h.connector.inConversation(graph.chatOf(rob))).toEqual([]);
  });

  it("installs once: the next case reaches the remembered chat without asking Graph again", async () => {
    const before = graph.requests.length;
    const jorisChat = () => h.connector.inConversation(graph.chatOf("joris-de-bruijn@demo.schakel.nl")).length;
    const messagesBefore = jorisChat();
    const second = await teamsDriver(h).submitReport("eva-bakker", VALID_REPORT);
    expect(second.ok).toBe(true);
    await h.app.flush();
    const joris = graph.requests.slice(before).filter((r) => r.line.includes("joris-de-bruijn"));
    expect(joris).toEqual([]);
    expect(jorisChat()).toBeGreaterThan(messagesBefore);
  });
});
