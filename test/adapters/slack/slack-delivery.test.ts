// Delivery robustness: a rate-limited or failing Slack Web API never loses the case card; the outbox
// waits as long as Retry-After says, then posts the card exactly once. Replays after a restart do nothing.
import { must } from "../../support/must.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consoleClient } from "../../support/console-client.ts";
import { VALID_REPORT } from "../../contract/adapter-contract.ts";
import { startSlackHarness, type SlackHarness } from "./slack-harness.ts";
import { CHANNELS } from "./slack-requests.ts";

describe("Slack delivery failures", () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => h?.close());

  /** Reports through Slack; `failure` hits the first chat.postMessage after the report (its case card). */
  const report = async (values: Record<string, string>, failure: Parameters<typeof h.fake.failNext>[2]) => {
    const view = await h.openModal("eva-bakker");
    h.fake.failNext("chat.postMessage", 1, failure);
    const { since } = await h.submit("eva-bakker", view, values);
    const reply = await h.waitForReply(since, JSON.parse(view.private_metadata).responseUrl.split("/").pop());
    return must(/OV-\d{4}-\d{4}/.exec(reply.body.text), "/OV-\\d{4}-\\d{4}/.exec(reply.body.text)")[0];
  };
  const cardsOf = (reference: string) =>
    h.fake.messages.filter(
      (m) => m.channel === CHANNELS.shared && !m.thread_ts && m.blocks[0]?.text?.text?.startsWith(reference),
    );
  const pendingCards = async (secondsFromNow: number) => {
    const at = new Date(h.app.ctx.clock.now().getTime() + secondsFromNow * 1000);
    return (await h.app.ctx.store.outbox.pendingDeliveries("slack", at, 100)).filter(
      (d) => d.payload.kind === "case.card",
    );
  };

  it("honours Retry-After on HTTP 429 and posts the card later, once", async () => {
    const reference = await report(VALID_REPORT, { status: 429, retryAfter: 120 });
    // Not posted: the Web API client did not wait and retry on its own; the outbox owns retries.
    expect(cardsOf(reference)).toHaveLength(0);
    expect(await pendingCards(100)).toHaveLength(0);
    expect(await pendingCards(121)).toHaveLength(1);
    await consoleClient(h.app.url).advance({ hours: 1 });
    expect(cardsOf(reference)).toHaveLength(1);
    expect(await pendingCards(0)).toHaveLength(0);
  });

  it("retries after a server error with backoff and never loses the card", async () => {
    const values = { ...VALID_REPORT, municipality: "bergen-op-zoom", corporation: "woonhaven" };
    const reference = await report(values, { status: 500 });
    expect(cardsOf(reference)).toHaveLength(0);
    await consoleClient(h.app.url).advance({ hours: 1 });
    expect(cardsOf(reference)).toHaveLength(1);
  });

  it("treats Slack's ok:false ratelimited as a reason to wait", async () => {
    const values = { ...VALID_REPORT, municipality: "steenbergen", corporation: "woonhaven" };
    const reference = await report(values, { error: "ratelimited" });
    expect(await pendingCards(10)).toHaveLength(0);
    await consoleClient(h.app.url).advance({ hours: 1 });
    expect(cardsOf(reference)).toHaveLength(1);
  });
});
