// Replays and stale cards on Slack, through the real Bolt receiver: a replayed slash command opens one modal;
// a button on a card that shows an earlier revision is refused with the current card.
import type { Parsed } from "../../support/parsed.ts";
import { must } from "../../support/must.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VALID_REPORT } from "../../contract/adapter-contract.ts";
import { blocksText, startSlackHarness, type SlackHarness } from "./slack-harness.ts";
import { CHANNELS, slackUserId } from "./slack-requests.ts";
import { drainOutbox } from "../../support/drain-outbox.ts";

describe("Slack replays and stale cards", () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => h?.close());

  it("opens one modal for a slash command that Slack sends again with the same trigger", async () => {
    const user = slackUserId("eva-bakker");
    const since = h.fake.calls.length;
    const body = new URLSearchParams({
      token: "legacy",
      team_id: "TTEAM",
      team_domain: "schakel",
      channel_id: CHANNELS.shared,
      channel_name: "x",
      user_id: user,
      user_name: user,
      command: "/overlast",
      text: "",
      api_app_id: "AAPP",
      response_url: `${h.fake.url}/response/replay`,
      trigger_id: "77.REPLAY",
    }).toString();
    expect((await h.slack.send(body, "application/x-www-form-urlencoded")).status).toBe(200);
    await h.fake.waitFor((c) => c.method === "views.open" && c.body.trigger_id === "77.REPLAY", since);
    const repeated = h.waitForLog("ignored a repeated Slack request");
    expect((await h.slack.send(body, "application/x-www-form-urlencoded", { retryNum: 1 })).status).toBe(200);
    await repeated;
    expect(h.fake.calls.slice(since).filter((c) => c.method === "views.open")).toHaveLength(1);
  });

  it("refuses a button on a card shown before the case changed, and shows the current card", async () => {
    const view = await h.openModal("eva-bakker");
    const { since } = await h.submit("eva-bakker", view, VALID_REPORT);
    const responseId = JSON.parse(view.private_metadata).responseUrl.split("/").pop();
    const reference = must(/OV-\d{4}-\d{4}/.exec((await h.waitForReply(since, responseId)).body.text))[0];
    await drainOutbox(h.app);
    const old = structuredClone(must(h.card(reference), "h.card(reference)"));
    const oldButton = old.blocks
      .flatMap((b: Parsed) => (b.type === "actions" ? b.elements : []))
      .find((e: Parsed) => e.action_id === "case.escalate");
    const modal = (await h.press("rob-van-gils", reference, "case.escalate")).body.view;
    await h.submit("rob-van-gils", modal, { reason: "Nodig" });
    await h.app.inbox.idle(); // acked first: the escalation is the inbox's work after the ack
    expect((await h.app.ctx.store.read.caseByReference(reference))?.level).toBe(1);
    const before = h.fake.calls.length;
    const sent = await h.slack.pressButton(slackUserId("joris-de-bruijn"), old, oldButton);
    const reply = await h.waitForReply(before, sent.response_id);
    expect(reply.body.text).toContain("De zaak is intussen gewijzigd");
    expect(blocksText(reply.body.blocks)).toContain(reference);
    expect(h.fake.calls.slice(before).filter((c) => c.method === "views.open")).toEqual([]);
  });
});
