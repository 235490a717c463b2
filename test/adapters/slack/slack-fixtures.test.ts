// Recorded, real-shaped Slack payloads (fixtures/, sources in fixtures/README.md) replayed through the real Bolt
// HTTP receiver, signed as Slack signs them: what the person then sees in Slack.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Parsed } from "../../support/parsed.ts";
import { must } from "../../support/must.ts";
import { drainOutbox } from "../../support/drain-outbox.ts";
import { blocksText, startSlackHarness, type SlackHarness } from "./slack-harness.ts";
import { commandBody, interactionBody, responseIdOf, slackFixture } from "./slack-fixtures.ts";

const FORM = "application/x-www-form-urlencoded";
/** The fake's default 5 s is tight on a loaded 2-core machine; a missing call still fails well inside 30 s. */
const WAIT_MS = 15_000;
const REFERENCE = /\b[A-Z]{2}-\d{4}-\d{4}\b/;

describe("recorded Slack payloads replayed through Bolt", () => {
  let h: SlackHarness;
  let overlast = "";
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => h?.close());

  const fixture = (name: string) => slackFixture(name, h.fake.url);
  const viewOpenedFor = (triggerId: string, since: number) =>
    h.fake.waitFor((c) => c.method === "views.open" && c.body.trigger_id === triggerId, since, WAIT_MS);
  const replyTo = (responseUrl: string, since: number) =>
    h.fake.waitFor(
      (c) => c.method === "response_url" && c.body.response_id === responseIdOf(responseUrl),
      since,
      WAIT_MS,
    );

  /** Submits a recorded view_submission; returns Bolt's HTTP answer and the private reply that followed, if any. */
  async function submit(payload: Parsed) {
    const since = h.fake.calls.length;
    const answer = await h.slack.send(interactionBody(payload), FORM);
    return { answer, since };
  }

  it("opens the report modal for a slash command", async () => {
    const command = fixture("slash-command");
    const since = h.fake.calls.length;
    expect((await h.slack.send(commandBody(command), FORM)).status).toBe(200);
    const view = (await viewOpenedFor(command.trigger_id, since)).body.view;
    expect(view.title.text).toBe("Overlast melden");
    expect(JSON.parse(view.private_metadata)).toMatchObject({ channel: command.channel_id });
  });

  it("answers a slash command from an Enterprise Grid org like any other", async () => {
    const command = fixture("slash-command.enterprise-grid");
    expect(command.is_enterprise_install).toBe("true");
    const since = h.fake.calls.length;
    expect((await h.slack.send(commandBody(command), FORM)).status).toBe(200);
    expect((await replyTo(command.response_url, since)).body.text).toContain("geen openstaande taken");
  });

  it("files a report from a submitted modal with selects, text, a multi-line text and dates", async () => {
    const payload = fixture("view-submission.overlast");
    const { answer, since } = await submit(payload);
    expect(answer.status).toBe(200);
    expect(answer.body?.response_action).toBeUndefined();
    const metadata = JSON.parse(payload.view.private_metadata);
    const reply = await replyTo(metadata.responseUrl, since);
    overlast = must(REFERENCE.exec(reply.body.text), reply.body.text)[0];
    expect(overlast).toMatch(/^OV-/);
    await drainOutbox(h.app);
    const card = must(h.card(overlast), `the channel card of ${overlast}`);
    expect(blocksText(card.blocks)).toContain("Roosendaal");
    expect(JSON.stringify(card.blocks)).not.toContain("Fictieve Bewoner");
    const stored = await h.app.ctx.store.read.caseByReference(overlast);
    expect(stored?.status).toBe("open");
  });

  it("files an outflow report with a ticked checkbox", async () => {
    const payload = fixture("view-submission.uitstroom");
    const { answer, since } = await submit(payload);
    expect(answer.status).toBe(200);
    const reply = await replyTo(JSON.parse(payload.view.private_metadata).responseUrl, since);
    expect(reply.body.text).toMatch(/US-\d{4}-\d{4}/);
  });

  it("refuses a number out of range inline, in Dutch, then files the corrected early signal", async () => {
    const payload = fixture("view-submission.vroegsignaal");
    const months = payload.view.state.values.months_in_arrears.months_in_arrears;
    expect(months.type).toBe("number_input");
    months.value = "36";
    const refused = await submit(payload);
    expect(refused.answer.body?.response_action).toBe("errors");
    expect(refused.answer.body.errors.months_in_arrears).toBe("Vul hoogstens 24 in.");
    months.value = "2";
    const { answer, since } = await submit(payload);
    expect(answer.body?.response_action).toBeUndefined();
    const reply = await replyTo(JSON.parse(payload.view.private_metadata).responseUrl, since);
    expect(reply.body.text).toMatch(/VS-\d{4}-\d{4}/);
  });

  it("acknowledges for the care provider when its contact presses the card's button", async () => {
    await drainOutbox(h.app);
    const card = must(h.card(overlast), `the channel card of ${overlast}`);
    const button = card.blocks
      .flatMap((b: Parsed) => (b.type === "actions" ? b.elements : []))
      .find((e: Parsed) => e.action_id === "case.acknowledge");
    const payload = fixture("block-actions");
    // The recorded click, on this run's card: its message ts and the button's value (the case and its revision).
    payload.container.message_ts = card.ts;
    payload.message.ts = card.ts;
    payload.actions[0].value = button.value;
    expect((await h.slack.send(interactionBody(payload), FORM)).status).toBe(200);
    await h.app.flush();
    await drainOutbox(h.app);
    expect(blocksText(must(h.card(overlast)).blocks)).toMatch(/Bevestigd[^\n]*Zorggroep Kompas/);
  });

  it("acknowledges a cancelled modal at once and does nothing else", async () => {
    const payload = fixture("view-closed");
    const since = h.fake.calls.length;
    const started = Date.now();
    const answer = await h.slack.send(interactionBody(payload), FORM);
    expect(answer.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2500);
    await h.app.flush();
    expect(h.fake.calls.slice(since).map((c) => c.method)).toEqual([]);
  });

  it("opens the report modal from the message shortcut, without copying the message", async () => {
    const payload = fixture("message-action");
    const since = h.fake.calls.length;
    expect((await h.slack.send(interactionBody(payload), FORM)).status).toBe(200);
    const view = (await viewOpenedFor(payload.trigger_id, since)).body.view;
    expect(view.title.text).toBe("Overlast melden");
    expect(JSON.stringify(view)).not.toContain("slaan weer");
  });

  it("publishes the Home tab with a routed contact's open task on the new case", async () => {
    const body = fixture("app-home-opened");
    const since = h.fake.calls.length;
    expect((await h.slack.send(JSON.stringify(body), "application/json")).status).toBe(200);
    const published = await h.fake.waitFor((c) => c.method === "views.publish", since, WAIT_MS);
    expect(published.body.user_id).toBe(body.event.user);
    const text = blocksText(published.body.view.blocks);
    expect(text).toContain("Mijn openstaande taken");
    expect(text).toContain(overlast);
  });
});
