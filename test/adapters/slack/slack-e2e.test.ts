// End to end through the real Bolt app over HTTP with signed requests and the fake Slack Web API:
// reporting, field errors, the card, acknowledgement, strangers, replays, signatures, commands and App Home.
import type { Parsed } from "../../support/parsed.ts";
import { must } from "../../support/must.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLANTED, VALID_REPORT } from "../../contract/adapter-contract.ts";
import { blockKitViolations, sentPayloads } from "./block-kit-checker.ts";
import { blocksText, OUTSIDER, startSlackHarness, type SlackHarness } from "./slack-harness.ts";
import { CHANNELS, slackUserId } from "./slack-requests.ts";
import { drainOutbox } from "../../support/drain-outbox.ts";

describe("Slack adapter end to end", () => {
  let h: SlackHarness;
  let reference = "";
  let caseId = "";
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => h?.close());
  const responseIdOf = (view: Parsed) => JSON.parse(view.private_metadata).responseUrl.split("/").pop();

  it("answers a forged or stale signature with 401 and does nothing", async () => {
    const since = h.fake.calls.length;
    expect(
      (await h.slack.command(slackUserId("eva-bakker"), "/overlast", "", CHANNELS.shared, { secret: "forged-secret" }))
        .status,
    ).toBe(401);
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    expect(
      (await h.slack.command(slackUserId("eva-bakker"), "/overlast", "", CHANNELS.shared, { timestamp: tenMinutesAgo }))
        .status,
    ).toBe(401);
    expect(h.fake.calls.slice(since).filter((c) => c.method === "views.open")).toEqual([]);
  });

  it("opens the report modal from /overlast and returns Dutch field errors inline", async () => {
    const view = await h.openModal("eva-bakker");
    expect(view.title.text).toBe("Overlast melden");
    const { body } = await h.submit("eva-bakker", view, { municipality: "roosendaal" });
    expect(body.response_action).toBe("errors");
    expect(body.errors.resident_name).toBe("Vul dit veld in.");
    expect(body.errors.category).toBe("Vul dit veld in.");
    expect(await h.app.ctx.store.read.caseByReference("OV-2026-0001")).toBeNull();
  });

  it("creates the case, confirms privately, and posts a card without personal values", async () => {
    const view = await h.openModal("eva-bakker");
    const { body, since } = await h.submit("eva-bakker", view, VALID_REPORT);
    expect(body).toBeNull(); // an empty ack closes the modal
    const reply = await h.waitForReply(since, responseIdOf(view));
    reference = must(/OV-\d{4}-\d{4}/.exec(reply.body.text), "/OV-\\d{4}-\\d{4}/.exec(reply.body.text)")[0];
    caseId = must(await h.app.ctx.store.read.caseByReference(reference)).id;
    await drainOutbox(h.app);
    const card = must(h.card(reference), "h.card(reference)");
    expect(blocksText(card.blocks)).toContain("Roosendaal");
    const channelPosts = JSON.stringify(h.fake.messages.filter((m) => m.channel === CHANNELS.shared));
    for (const planted of Object.values(PLANTED).filter((v) => v !== "2026-11-20"))
      expect(channelPosts).not.toContain(planted);
    const dm = h.fake.messages.find((m) => m.channel === `D${slackUserId("joris-de-bruijn").slice(1)}`);
    expect(dm?.text).toContain(reference);
    expect(h.fake.callsOf("conversations.open").map((c) => c.body.users)).toContain(slackUserId("joris-de-bruijn"));
  });

  it("a retried submission (X-Slack-Retry-Num) creates nothing twice", async () => {
    const view = await h.openModal("eva-bakker");
    const values = { ...VALID_REPORT, municipality: "bergen-op-zoom", corporation: "woonhaven" };
    const first = await h.submit("eva-bakker", view, values);
    await h.waitForReply(first.since, responseIdOf(view));
    const repeated = h.waitForLog("ignored a repeated Slack request");
    const retry = await h.submit("eva-bakker", view, values, 1);
    expect(retry.status).toBe(200);
    await repeated;
    await drainOutbox(h.app);
    expect(await h.app.ctx.store.read.caseByReference("OV-2026-0003")).toBeNull();
    const cards = h.fake.messages.filter(
      (m) => m.channel === CHANNELS.shared && !m.thread_ts && m.blocks[0]?.text?.text?.startsWith("OV-2026-0002"),
    );
    expect(cards).toHaveLength(1);
    expect(h.fake.calls.slice(first.since).filter((c) => c.method === "response_url")).toHaveLength(1);
  });

  it("acknowledgement by a routed contact updates the card in place and replies in its thread", async () => {
    const card = must(h.card(reference), "h.card(reference)");
    const outcome = await h.press("joris-de-bruijn", reference, "case.acknowledge");
    expect(outcome.body.text).toContain("Bevestigd namens Zorggroep Kompas");
    const since = h.fake.calls.length;
    await drainOutbox(h.app);
    const update = h.fake.calls.slice(since).find((c) => c.method === "chat.update");
    expect(update?.body).toMatchObject({ channel: CHANNELS.shared, ts: card.ts });
    expect(blocksText(must(h.card(reference), "h.card(reference)").blocks)).toMatch(
      /Bevestigd:\*[^\n]*Zorggroep Kompas/,
    );
    const thread = h.fake.messages.filter((m) => m.thread_ts === card.ts);
    expect(thread.map((m) => m.text).join("\n")).toContain("Zorggroep Kompas heeft de melding bevestigd");
  });

  it("a replayed click and a double click acknowledge once, the second kindly", async () => {
    const events = async () =>
      (await h.app.ctx.store.read.events(caseId)).filter((e) => e.type === "obligation.acknowledged").length;
    const before = await events();
    await h.press("rob-van-gils", reference, "case.acknowledge", { actionTs: "1700001234.000001" });
    const handledBefore = h.waitForLog("ignored a repeated Slack request");
    const card = must(h.card(reference), "h.card(reference)");
    const button = { action_id: "case.acknowledge", value: caseId };
    await h.slack.pressButton(slackUserId("rob-van-gils"), card, button, {
      actionTs: "1700001234.000001",
      retryNum: 1,
    });
    await handledBefore;
    const second = await h.press("rob-van-gils", reference, "case.acknowledge");
    // The second press no longer applies (the card it was on is out of date): a polite sentence and the current
    // card, nothing recorded.
    expect(second.body.text).toMatch(/De zaak is intussen gewijzigd|Deze knop is niet meer van toepassing/);
    expect(blocksText(second.body.blocks)).toContain(reference);
    expect(await events()).toBe(before + 1);
  });

  it("refuses a stranger privately and leaves the card alone", async () => {
    await drainOutbox(h.app);
    // Every party has confirmed by now (the reporter's own party at once): a stranger presses Opschalen.
    const outcome = await h.press("anouk-jansen", reference, "case.escalate");
    expect(outcome.method).toBe("response_url");
    expect(outcome.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(outcome.body.text).toMatch(/geen vaste contactpersoon/);
    const since = h.fake.calls.length;
    await drainOutbox(h.app);
    expect(h.fake.calls.slice(since).filter((c) => c.method === "chat.update")).toEqual([]);
  });

  it("explains linking to a Slack user who is not on the roster, without an error", async () => {
    const since = h.fake.calls.length;
    const sent = await h.slack.command(OUTSIDER, "/overlast");
    expect(sent.status).toBe(200);
    const reply = await h.waitForReply(since, sent.response_id);
    expect(reply.body.text).toContain("nog niet gekoppeld");
    expect(h.fake.calls.slice(since).filter((c) => c.method === "views.open")).toEqual([]);
  });

  it("shows the details in a modal to a routed contact, never in a message", async () => {
    const outcome = await h.press("rob-van-gils", reference, "case.details");
    expect(outcome.method).toBe("views.open");
    expect(JSON.stringify(outcome.body.view)).toContain(PLANTED.resident_name);
    const messages = h.fake.calls.filter((c) =>
      ["chat.postMessage", "chat.update", "chat.postEphemeral", "response_url", "views.publish"].includes(c.method),
    );
    expect(JSON.stringify(messages)).not.toContain(PLANTED.resident_name);
  });

  it("opens a reason modal for escalation and updates the card after submitting it", async () => {
    const outcome = await h.press("rob-van-gils", reference, "case.escalate");
    const view = outcome.body.view;
    expect(view.blocks.map((b: Parsed) => b.block_id)).toContain("reason");
    const { body } = await h.submit("rob-van-gils", view, { reason: "" });
    expect(body.errors.reason).toBe("Vul dit veld in.");
    const ok = await h.submit("rob-van-gils", view, { reason: "Geheime reden" });
    expect((await h.waitForReply(ok.since, responseIdOf(view))).body.text).toContain(`${reference} is opgeschaald.`);
    await drainOutbox(h.app);
    expect(blocksText(must(h.card(reference), "h.card(reference)").blocks)).toContain("Casusoverleg met alle partijen");
  });

  it("answers /schakel mijn, status and help privately", async () => {
    const ask = async (text: string) => {
      const since = h.fake.calls.length;
      const sent = await h.slack.command(slackUserId("joris-de-bruijn"), "/schakel", text);
      return (await h.waitForReply(since, sent.response_id)).body;
    };
    const mine = (await ask("mijn")).text;
    expect(mine).toContain("Jouw openstaande taken");
    expect(mine).toContain(reference);
    const status = await ask(`status ${reference}`);
    expect(status.response_type).toBe("ephemeral");
    expect(blocksText(status.blocks)).toContain(reference);
    expect((await ask("help")).text).toContain("/overlast");
    const roster = await ask("rooster Roosendaal");
    expect(roster.response_type).toBe("ephemeral");
    expect(roster.text).toContain("• Wonen aan de Vliet: contactpersoon Eva Bakker, vervanger Gerrit Smits");
    expect((await ask("afwezig 31-12-2026 1-1-2026")).text).toContain(
      "De einddatum 1-1-2026 ligt vóór de begindatum 31-12-2026.",
    );
  });

  it("lets a coordinator record an absence for a mentioned Slack user", async () => {
    const since = h.fake.calls.length;
    const mention = `<@${slackUserId("eva-bakker")}|eva>`;
    const sent = await h.slack.command(
      slackUserId("yvonne-maas"),
      "/schakel",
      `afwezig ${mention} 7-12-2026 8-12-2026`,
    );
    const reply = (await h.waitForReply(since, sent.response_id)).body;
    expect(reply.response_type).toBe("ephemeral");
    expect(reply.text).toContain("Afwezigheid vastgelegd voor Eva Bakker: ma 7 dec 2026 t/m di 8 dec 2026.");
    await drainOutbox(h.app); // the coordinators' notice and the DMs go out now, not during the next test
  });

  it("gives a coordinator the resident's data in a private modal and restricts the details on request", async () => {
    const yvonne = slackUserId("yvonne-maas");
    let since = h.fake.calls.length;
    const access = await h.slack.command(yvonne, "/schakel", `avg inzage ${reference} verzoek per brief`);
    const modal = await h.fake.waitFor(
      (c) => c.method === "views.open" && c.body.trigger_id === access.trigger_id,
      since,
    );
    expect(blocksText(modal.body.view.blocks)).toContain(PLANTED.resident_name);
    since = h.fake.calls.length;
    const restrict = await h.slack.command(yvonne, "/schakel", `avg beperken ${reference} verzoek per brief`);
    expect((await h.waitForReply(since, restrict.response_id)).body.text).toContain(`${reference} zijn beperkt`);
    since = h.fake.calls.length;
    const lift = await h.slack.command(yvonne, "/schakel", `avg opheffen ${reference} afgehandeld`);
    expect((await h.waitForReply(since, lift.response_id)).body.text).toContain("is opgeheven");
    await h.app.flush();
  });

  it("opens the report modal from the message shortcut without copying the message", async () => {
    const since = h.fake.calls.length;
    const sent = await h.slack.messageShortcut(
      slackUserId("eva-bakker"),
      CHANNELS.shared,
      "GEHEIM-BERICHT van de buren",
    );
    const call = await h.fake.waitFor((c) => c.method === "views.open" && c.body.trigger_id === sent.trigger_id, since);
    expect(call.body.view.title.text).toBe("Overlast melden");
    expect(JSON.stringify(call.body)).not.toContain("GEHEIM-BERICHT");
  });

  it("publishes App Home with my open obligations, also on Slack's retry of the event", async () => {
    for (const retryNum of [0, 1]) {
      const since = h.fake.calls.length;
      // The reporter's own acknowledgement was recorded at once: the care contact holds the next step.
      const user = slackUserId("joris-de-bruijn");
      await h.slack.event(
        { type: "app_home_opened", user, channel: "DHOME", tab: "home" },
        retryNum ? { retryNum, eventId: "EvHome" } : { eventId: "EvHome" },
      );
      const call = await h.fake.waitFor((c) => c.method === "views.publish", since);
      expect(call.body.user_id).toBe(user);
      const home = blocksText(call.body.view.blocks);
      expect(home).toMatch(new RegExp(`Mijn openstaande taken[\\s\\S]*${reference}: Eerste contact`));
      expect(home).toContain("Open meldingen van Zorggroep Kompas");
    }
  });

  it("kept every payload it sent inside Slack's Block Kit limits", () => {
    const payloads = sentPayloads(h.fake.calls);
    expect(payloads.length).toBeGreaterThan(20);
    for (const p of payloads)
      expect(
        blockKitViolations(p.payload, p.surface),
        `${p.method}: ${JSON.stringify(p.payload).slice(0, 200)}`,
      ).toEqual([]);
  });
});
