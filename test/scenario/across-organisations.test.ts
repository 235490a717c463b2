// Issue 12's scenario: the corporation reports on Slack workspace A, the care provider acknowledges from
// workspace B (joined to the region channel through Slack Connect), the municipality on Teams. Each person
// gets exactly one notice, on their own platform; every copy of the card shows the same state after each
// action; strangers (a workspace without Schakel, a forged tenant or serviceUrl) are refused clearly.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VALID_REPORT } from "../contract/adapter-contract.ts";
import type { StoredMessage } from "../adapters/slack/fake-slack-api.ts";
import { CHANNELS } from "../adapters/slack/slack-requests.ts";
import { CHANNEL_ID, COORDINATORS_ID, message, personal } from "../adapters/teams/activities.ts";
import { activityText, adaptiveCardText, cardOf, executeActions } from "../adapters/teams/card-text.ts";
import { FakeConnector } from "../adapters/teams/fake-connector.ts";
import { teamsDriver } from "../adapters/teams/teams-driver.ts";
import { consoleClient } from "../support/console-client.ts";
import { A, B, startCrossOrg, TEAMS_GUEST, type CrossOrg } from "./across-organisations-harness.ts";

const ROB_CHAT = "a:personal-rob-van-gils";
const slackButtons = (m: StoredMessage | undefined): { action_id: string; value: string }[] =>
  (m?.blocks ?? []).flatMap((b) => (b.elements ?? []).filter((e: { type: string }) => e.type === "button"));

describe("one case across two Slack workspaces (Slack Connect), a Teams tenant and the console", () => {
  let o: CrossOrg;
  let reference = "";
  const web = () => consoleClient(o.teams.app.url);
  const teamsCopies = (conversationId: string) =>
    o.teams.connector.inConversation(conversationId).flatMap((s) => {
      const card = cardOf(s.activity);
      return card && adaptiveCardText(card).includes(reference) ? [card] : [];
    });

  /** The acknowledged organisations as the console's channel card shows them: the state every copy must show. */
  async function acknowledgedNow(): Promise<string> {
    await o.teams.app.flush();
    const card = (await web().messages("wbw-casuistiek")).find((m) => m.card?.title.startsWith(reference))?.card;
    return card?.fields.find((f) => f.label === "Bevestigd")?.value ?? "";
  }

  /** Every copy: Slack channel card and Joris's DM, Teams channel card and Rob's personal card. */
  async function everyCopy(): Promise<Record<string, string>> {
    await o.teams.app.flush();
    const teamsText = (id: string) => teamsCopies(id).map((c) => adaptiveCardText(c));
    return {
      slackChannel: o
        .slackCopies(reference, CHANNELS.shared)
        .map((m) => JSON.stringify(m.blocks))
        .join("\n"),
      slackDmJoris: o
        .slackCopies(reference, "D0JORIS")
        .map((m) => JSON.stringify(m.blocks))
        .join("\n"),
      teamsChannel: teamsText(CHANNEL_ID).join("\n"),
      teamsRob: teamsText(ROB_CHAT).join("\n"),
    };
  }

  beforeAll(async () => {
    o = await startCrossOrg();
    // Rob, the Wmo contact, works in Teams and has added the app.
    await teamsDriver(o.teams).installEverywhere(["rob-van-gils"]);
  });
  afterAll(async () => {
    await o?.close();
  });

  it("the corporation reports on workspace A; each contact is told exactly once, on their own platform", async () => {
    reference = await o.report();
    expect(reference).toMatch(/^OV-\d{4}-\d{4}$/);
    const card = o.slackCopies(reference, CHANNELS.shared);
    expect(card).toHaveLength(1);
    expect(
      o.slack.calls.find((c) => c.method === "chat.postMessage" && c.body.channel === CHANNELS.shared)?.token,
    ).toBe(A.botToken);
    // Joris (care, workspace B): one DM through B's own token, nothing on Teams or in the console.
    expect(o.slackCopies(reference, "D0JORIS")).toHaveLength(1);
    expect(
      o.slack.calls.filter((c) => c.method === "chat.postMessage" && c.body.channel === "D0JORIS").map((c) => c.token),
    ).toEqual([B.botToken]);
    expect(o.teams.connector.inConversation("a:personal-joris-de-bruijn")).toEqual([]);
    // Rob (Wmo, Teams): one personal message, nothing on Slack or in the console.
    expect(teamsCopies(ROB_CHAT)).toHaveLength(1);
    // Eva (corporation, workspace A) reported herself: her one notice is in her own Slack DM.
    expect(o.slackCopies(reference, "D0EVA")).toHaveLength(1);
    const otherDms = o.slack.messages.filter(
      (m) => m.channel.startsWith("D") && !["D0JORIS", "D0EVA"].includes(m.channel),
    );
    expect(otherDms).toEqual([]);
    expect(o.teams.connector.inConversation("a:personal-eva-bakker")).toEqual([]);
    for (const person of ["eva-bakker", "joris-de-bruijn", "rob-van-gils"])
      expect((await web().messages(`dm-${person}`)).filter((m) => m.text.includes(reference))).toEqual([]);
    // The card itself is in every channel: Slack, Teams and the console.
    expect(teamsCopies(CHANNEL_ID)).toHaveLength(1);
    expect(await acknowledgedNow()).toBe("Wonen aan de Vliet");
  });

  it("the care contact acknowledges from workspace B; every copy shows it, and only Rob keeps Bevestigen", async () => {
    // Joris presses the card in the region channel, which workspace A shares with B through Slack Connect.
    const card = o.slackCopies(reference, CHANNELS.shared)[0];
    const button = slackButtons(card).find((b) => b.action_id === "case.acknowledge");
    expect(button).toBeDefined();
    const since = o.slack.calls.length;
    const pressed = await o
      .from(B.teamId)
      .pressButton(
        "U0JORIS",
        { channel: CHANNELS.shared, ts: card?.ts ?? "" },
        { action_id: "case.acknowledge", value: button?.value ?? "" },
      );
    expect(pressed.status).toBe(200);
    const answer = await o.slack.waitFor(
      (c) => c.method === "response_url" && c.body.response_id === pressed.response_id,
      since,
    );
    expect(answer.body.text).toContain("Bevestigd namens Zorggroep Kompas");
    const state = await acknowledgedNow();
    expect(state).toBe("Wonen aan de Vliet, Zorggroep Kompas");
    const copies = await everyCopy();
    for (const [where, text] of Object.entries(copies))
      expect({ where, has: text.includes(state) }).toEqual({ where, has: true });
    // Joris's own copy no longer offers Bevestigen; Rob's still does (the Wmo has not confirmed yet).
    expect(slackButtons(o.slackCopies(reference, "D0JORIS")[0]).map((b) => b.action_id)).not.toContain(
      "case.acknowledge",
    );
    expect(executeActions(teamsCopies(ROB_CHAT)[0] ?? {}).map((a) => a.verb)).toContain("case.acknowledge");
  });

  it("the Wmo contact acknowledges on Teams; every copy, on every platform, follows in place", async () => {
    const pressed = await teamsDriver(o.teams).press("rob-van-gils", reference, "case.acknowledge");
    expect(pressed.ok, pressed.error).toBe(true);
    const state = await acknowledgedNow();
    expect(state).toBe("Wonen aan de Vliet, Zorggroep Kompas, Wmo-loket Roosendaal");
    const copies = await everyCopy();
    for (const [where, text] of Object.entries(copies))
      expect({ where, has: text.includes(state) }).toEqual({ where, has: true });
    expect(executeActions(teamsCopies(ROB_CHAT)[0] ?? {}).map((a) => a.verb)).not.toContain("case.acknowledge");
    // Updated in place: still one card per place, no reposts.
    expect(o.slackCopies(reference, CHANNELS.shared)).toHaveLength(1);
    expect(teamsCopies(CHANNEL_ID)).toHaveLength(1);
    // A later notice about the case brings a new copy; only the newest in a chat keeps buttons.
    const joris = o.slackCopies(reference, "D0JORIS");
    expect(joris.slice(0, -1).flatMap(slackButtons)).toEqual([]);
  });

  it("names a contact reachable nowhere on the card, and tells the coordinators once, not per case", async () => {
    const report = { ...VALID_REPORT, care_provider: "nieuw-begin" };
    const first = await o.report(report);
    const second = await o.report({ ...report, category: "noise" });
    const cards = (await web().messages("wbw-casuistiek")).filter((m) =>
      [first, second].some((r) => m.card?.title.startsWith(r)),
    );
    const unreachable = cards.map((m) => m.card?.fields.find((f) => f.label === "Niet bereikbaar")?.value ?? "");
    expect(unreachable).toHaveLength(2);
    for (const names of unreachable) expect(names).toContain("Noah Brouwer");
    expect(unreachable.join()).not.toMatch(/Joris|Rob|Eva/);
    const told = (texts: string[]) =>
      texts.filter((t) => t.startsWith("Noah Brouwer is voor Schakel nergens bereikbaar"));
    expect(told(o.slack.messages.filter((m) => m.channel === CHANNELS.coordinators).map((m) => m.text))).toHaveLength(
      1,
    );
    expect(told(o.teams.connector.inConversation(COORDINATORS_ID).map((s) => activityText(s.activity)))).toHaveLength(
      1,
    );
    expect(told((await web().messages("wbw-coordinatoren")).map((m) => m.text))).toHaveLength(1);
  });

  it("answers a user of a workspace that has not installed Schakel clearly, and does nothing", async () => {
    const since = o.slack.calls.length;
    const sent = await o.from("TELDERS").command("U0GUEST", "/schakel", "mijn");
    const reply = await o.slack.waitFor(
      (c) => c.method === "response_url" && c.body.response_id === sent.response_id,
      since,
    );
    expect(reply.body.text).toContain("Jouw Slack-werkruimte heeft Schakel nog niet geïnstalleerd");
  });

  it("links a Teams account only with a code the coordinator issued (on the console)", async () => {
    const guestSays = async (text: string) => {
      await o.teams.post(message(personal(TEAMS_GUEST, o.teams.connector.url), text));
      return activityText(o.teams.connector.inConversation("a:personal-teams-guest").at(-1)?.activity ?? {});
    };
    expect(await guestSays("mijn taken")).not.toContain("Karin");
    const issued = await web().command("yvonne-maas", "/schakel", "koppel karin-hendriks");
    const code = /[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(JSON.stringify(issued.body))?.[0] ?? "";
    expect(code).not.toBe("");
    expect(await guestSays(`koppel ${code}`)).toContain("Gekoppeld: je bent in Schakel Karin Hendriks");
    expect((await o.teams.app.ctx.store.read.personByIdentity("teams", TEAMS_GUEST.aadObjectId))?.id).toBe(
      "karin-hendriks",
    );
    expect(await guestSays("mijn taken")).toMatch(/openstaande taken/);
  });

  it("refuses a forged tenant and never calls a forged serviceUrl", async () => {
    const forged = await new FakeConnector([]).start();
    try {
      const rob = o.teams.users["rob-van-gils"];
      if (!rob) throw new Error("no Teams user for Rob");
      const other = message(personal(rob, o.teams.connector.url), "mijn taken");
      await o.teams.post({
        ...other,
        channelData: { ...other.channelData, tenant: { id: "11111111-2222-4333-8444-555555555555" } },
        conversation: { ...other.conversation, tenantId: "11111111-2222-4333-8444-555555555555" },
      });
      expect(activityText(o.teams.connector.inConversation(ROB_CHAT).at(-1)?.activity ?? {})).toContain(
        "andere organisatie",
      );
      await o.teams.post(message(personal(rob, forged.url), "mijn taken"));
      expect(forged.requests).toEqual([]);
    } finally {
      await forged.close();
    }
  });
});
