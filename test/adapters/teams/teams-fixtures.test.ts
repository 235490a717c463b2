// Recorded, real-shaped Teams activities (fixtures/, sources in fixtures/README.md) replayed through the real Teams
// SDK app (in the test-only unauthenticated mode): what the person then sees in Teams.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Parsed } from "../../support/parsed.ts";
import { must } from "../../support/must.ts";
import { VALID_REPORT } from "../../contract/adapter-contract.ts";
import { CHANNEL_ID, taskFetch } from "./activities.ts";
import { dialogCardOf } from "./teams-driver.ts";
import { activityText, adaptiveCardText, cardOf, dialogButtons, executeActions } from "./card-text.ts";
import { startTeamsHarness, type TeamsHarness } from "./teams-harness.ts";
import { FIXTURE_USERS, teamsFixture } from "./teams-fixtures.ts";

const CARD = "application/vnd.microsoft.card.adaptive";

describe("recorded Teams activities replayed through the Teams SDK", () => {
  let h: TeamsHarness;
  let reference = "";
  beforeAll(async () => {
    h = await startTeamsHarness({ extraUsers: FIXTURE_USERS });
  });
  afterAll(async () => h?.close());

  const fixture = (name: string) => teamsFixture(name, h.connector.url);
  /** Posts an activity and returns what the bot sent through the connector because of it. */
  async function replay(activity: Parsed) {
    const before = h.connector.sent.length;
    const response = await h.post(activity);
    await h.app.flush();
    return { ...response, sent: h.connector.sent.slice(before) };
  }
  /** The report command answers with a card whose button opens the form as a dialog: that dialog's form card. */
  async function reportDialog(activity: Parsed, sent: { activity: Parsed }[]) {
    const launcher = sent.map((s) => cardOf(s.activity)).find((c) => c && dialogButtons(c).length > 0);
    const button = must(dialogButtons(must(launcher, "the card with the form's button"))[0], "its button");
    const { body } = await h.post({ ...taskFetch(activity, button.data), id: `${activity.id}-fetch` });
    return must(dialogCardOf(body), "the report dialog");
  }
  const submits = (card: Parsed) =>
    (card.actions ?? []).some((a: Parsed) => a.type === "Action.Submit" && a.data?.schakelVerb === "form.submit");

  it("says nothing when the bot is added to a team", async () => {
    const { status, sent } = await replay(fixture("conversation-update.bot-added"));
    expect(status).toBe(200);
    expect(sent).toEqual([]);
  });

  it("welcomes a roster person who installs the app personally, by name", async () => {
    const activity = fixture("installation-update.personal");
    const { sent } = await replay(activity);
    expect(sent.map((s) => s.conversationId)).toEqual([activity.conversation.id]);
    expect(activityText(must(sent[0]).activity)).toContain("Welkom bij Schakel, Eva Bakker");
  });

  it("stays quiet when someone else joins the team", async () => {
    const { status, sent } = await replay(fixture("conversation-update.members-added"));
    expect(status).toBe(200);
    expect(sent).toEqual([]);
  });

  it("answers a personal message with the report form in the personal chat", async () => {
    const activity = fixture("message.personal");
    const { sent } = await replay(activity);
    expect(sent.map((s) => s.conversationId)).toEqual([activity.conversation.id]);
    const form = await reportDialog(activity, sent);
    expect(adaptiveCardText(form)).toContain("Overlast melden");
    expect(submits(form)).toBe(true);
  });

  it("answers a channel mention (with its mention and clientInfo entities) in the same thread", async () => {
    const activity = fixture("message.channel-mention");
    const { sent } = await replay(activity);
    expect(sent.map((s) => s.conversationId)).toEqual([activity.conversation.id]);
    expect(submits(await reportDialog(activity, sent))).toBe(true);
  });

  it("refuses a message from another tenant in Dutch and records nothing", async () => {
    const activity = fixture("message.personal");
    const other = "99999999-8888-4777-8666-555555555555";
    activity.id = "1763889360999";
    activity.channelData.tenant.id = other;
    activity.conversation.tenantId = other;
    const { sent } = await replay(activity);
    expect(sent.map((s) => activityText(s.activity))).toEqual([
      "Deze Schakel-omgeving hoort bij een andere organisatie. Er is niets gewijzigd.",
    ]);
  });

  it("opens the report dialog from the message action with the message as description, and files it", async () => {
    const fetchTask = fixture("invoke.compose-extension-fetch-task");
    const opened = await replay(fetchTask);
    expect(opened.body.task.type).toBe("continue");
    const card = opened.body.task.value.card.content;
    expect(JSON.stringify(card.body.find((e: Parsed) => e.id === "description"))).toContain("'s nachts op de muur");
    const submit = card.actions.find((a: Parsed) => a.data?.schakelVerb === "form.submit");
    // Teams answers the dialog's submit as composeExtension/submitAction, in the same conversation.
    const filed = await replay({
      ...fetchTask,
      id: "f:1FakeInvokeId0000000000000000005",
      name: "composeExtension/submitAction",
      value: { commandId: "reportNuisance", commandContext: "message", data: { ...submit.data, ...VALID_REPORT } },
    });
    expect(filed.body.task.type).toBe("message");
    reference = must(/OV-\d{4}-\d{4}/.exec(filed.body.task.value), filed.body.task.value)[0];
    const cards = h.connector.sent.filter((s) => s.conversationId === CHANNEL_ID && s.op === "create");
    expect(cards.map((s) => activityText(s.activity)).some((t) => t.includes(reference))).toBe(true);
  });

  it("acknowledges for the care provider when its contact presses Bevestigen on the channel card", async () => {
    const card = must(
      h.connector.sent.find((s) => s.conversationId === CHANNEL_ID && activityText(s.activity).includes(reference)),
    );
    const button = must(executeActions(must(cardOf(card.activity))).find((a) => a.verb === "case.acknowledge"));
    const invoke = fixture("invoke.adaptive-card-action");
    // The recorded press, on this run's card: its thread and the button's data (the case and its revision).
    invoke.conversation.id = `${CHANNEL_ID};messageid=${card.id}`;
    invoke.replyToId = card.id;
    invoke.value.action.data = button.data;
    const { status, body } = await replay(invoke);
    expect(status).toBe(200);
    expect(body.type).toBe(CARD);
    const current = must(h.connector.sent.filter((s) => s.id === card.id).at(-1));
    expect(adaptiveCardText(must(cardOf(current.activity)))).toMatch(/Bevestigd[^\n]*Zorggroep Kompas/);
  });

  it("answers a dialog's task/fetch and task/submit without an error, posting and filing nothing", async () => {
    const cases = async () =>
      (await h.app.ctx.store.read.casesReportedBetween(new Date(0), new Date(4102444800000))).cases.length;
    const before = await cases();
    for (const name of ["invoke.task-fetch", "invoke.task-submit"]) {
      const { status, sent } = await replay(fixture(name));
      expect(status).toBe(200);
      expect(sent).toEqual([]);
    }
    expect(await cases()).toBe(before);
  });
});
