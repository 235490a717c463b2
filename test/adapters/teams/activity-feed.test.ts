// Reminders and escalations also raise a Teams Activity feed notification (Graph sendActivityNotification on a local
// fake Graph): one per notice, to the person's Entra object id, with the manifest's activity type and a preview that
// holds only the reference, the kind and the step. A failing Graph never costs the chat message.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLANTED, VALID_REPORT } from "../../contract/adapter-contract.ts";
import { consoleClient } from "../../support/console-client.ts";
import { silentLog } from "../../support/test-app.ts";
import type { Logger } from "../../../src/app/ports.ts";
import { CATALOG_APP_ID, FakeGraph } from "./fake-graph.ts";
import { teamsDriver } from "./teams-driver.ts";
import { startTeamsHarness, type TeamsHarness } from "./teams-harness.ts";

describe("Teams: Activity feed notifications for reminders and escalations", () => {
  const graph = new FakeGraph();
  const warnings: { fields: object; message: string }[] = [];
  const log: Logger = { ...silentLog, warn: (fields, message) => void warnings.push({ fields, message }) };
  let h: TeamsHarness;
  let driver: ReturnType<typeof teamsDriver>;
  let reference = "";
  const objectId = (personId: string) => h.users[personId]?.aadObjectId ?? `no user ${personId}`;
  const feedOf = (personId: string) => graph.feed.filter((f) => f.user === objectId(personId));

  beforeAll(async () => {
    await graph.start();
    h = await startTeamsHarness({ log, env: { TEAMS_GRAPH_APP_ID: CATALOG_APP_ID, TEAMS_GRAPH_URL: graph.url } });
    driver = teamsDriver(h);
    // Everyone on the Roosendaal case has a personal chat with the bot (so no app is installed through Graph).
    const people = ["eva-bakker", "joris-de-bruijn", "karin-hendriks", "rob-van-gils", "sanne-koster", "yvonne-maas"];
    await driver.installEverywhere(people);
    // Rob's organisation never granted TeamsActivity.Send: Graph refuses his notifications.
    graph.refused.add(objectId("rob-van-gils"));
    const report = await driver.submitReport("eva-bakker", VALID_REPORT);
    if (!report.ok) throw new Error(`report refused: ${JSON.stringify(report.errors)}`);
    reference = report.reference;
    await h.app.flush();
  });
  afterAll(async () => {
    await h?.close();
    await graph.close();
  });

  it("sends nothing to the feed for routing notices", () => {
    expect(graph.feed).toEqual([]);
  });

  it("a missed deadline reminds the contact in chat and once in the feed, as a reminder", async () => {
    await consoleClient(h.app.url).advance({ workingDays: 2 });
    await h.app.flush();
    expect(await driver.directText("joris-de-bruijn")).toMatch(new RegExp(`Herinnering: .*${reference}`));
    const [entry, ...more] = feedOf("joris-de-bruijn");
    expect(more).toEqual([]);
    expect(entry?.body).toMatchObject({
      activityType: "caseReminder",
      topic: { source: "text", value: "Schakel" },
      templateParameters: [
        { name: "reference", value: reference },
        { name: "step", value: "Ontvangst bevestigen" },
      ],
    });
    const preview = JSON.stringify(entry?.body.previewText);
    expect(preview).toContain(reference);
    expect(preview).toContain("Herinnering");
    // Only reference, kind and step: no resident's data, no organisation, no municipality.
    for (const personal of [...Object.values(PLANTED), "Zorggroep Kompas", "Roosendaal"])
      expect(JSON.stringify(entry?.body)).not.toContain(personal);
  });

  it("the next rung reaches the deputy with an escalation, once", async () => {
    await consoleClient(h.app.url).advance({ workingDays: 1 });
    await h.app.flush();
    expect(await driver.directText("karin-hendriks")).toContain(reference);
    expect(feedOf("karin-hendriks").map((f) => f.body.activityType)).toEqual(["caseEscalation"]);
    expect(JSON.stringify(feedOf("karin-hendriks")[0]?.body.previewText)).toContain("Escalatie");
    // The contact was not reminded twice.
    expect(feedOf("joris-de-bruijn")).toHaveLength(1);
  });

  it("a refusing Graph loses no chat message and is logged in English", async () => {
    expect(await driver.directText("rob-van-gils")).toMatch(new RegExp(`Herinnering: .*${reference}`));
    expect(await driver.directText("sanne-koster")).toContain(reference);
    expect(feedOf("rob-van-gils")).toEqual([]);
    expect(warnings.map((w) => w.message)).toContain(
      "could not send a Teams activity feed notification; the chat message was delivered",
    );
  });

  it("a failing Graph neither blocks nor repeats the chat message", async () => {
    graph.failFeed = true;
    await consoleClient(h.app.url).advance({ workingDays: 1 });
    await h.app.flush();
    await h.app.flush();
    graph.failFeed = false;
    // The coordinator rung: Yvonne gets her escalation in chat exactly once, and nothing in the feed.
    const escalations = h.connector
      .inConversation("a:personal-yvonne-maas")
      .filter((s) => JSON.stringify(s.activity).includes(`Escalatie: Zorggroep Kompas heeft`));
    expect(escalations).toHaveLength(1);
    expect(feedOf("yvonne-maas")).toEqual([]);
  });
});
