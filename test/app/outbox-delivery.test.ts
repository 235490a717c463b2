// A platform that fails never loses a case: deliveries are retried with backoff (or after Retry-After)
// and the card is posted once the platform is back.
import { afterEach, describe, expect, it } from "vitest";
import { RetryLaterError, type ChatPort } from "../../src/app/chat-port.ts";
import { backoffSeconds, deliverOutbox } from "../../src/app/deliver-outbox.ts";
import { SimulatedClock } from "../../src/infra/clock.ts";
import { reportOverlast } from "../support/fixtures.ts";
import { MONDAY_10, startTestApp, type TestApp } from "../support/test-app.ts";

let app: TestApp;
afterEach(async () => app?.close());

function flakyPort(failures: number, error: () => Error): ChatPort & { cards: string[]; calls: number } {
  const port = {
    platform: "slack" as const,
    cards: [] as string[],
    calls: 0,
    async upsertCaseCard({ card }: { card: { title: string } }) {
      port.calls++;
      if (port.calls <= failures) throw error();
      port.cards.push(card.title);
    },
    async postInThread() {},
    async sendDirect() {},
    async postToChannel() {},
  };
  return port;
}

describe("outbox delivery", () => {
  it("retries a failed delivery with backoff and posts the card once the platform is back", async () => {
    app = await startTestApp({
      adapters: [
        { platform: "slack", start: async () => ({ port: flakyPort(0, () => new Error()), close: async () => {} }) },
      ],
    });
    const port = flakyPort(2, () => new Error("connect ECONNREFUSED"));
    const { reference } = await reportOverlast(app.ctx);
    const clock = app.ctx.clock as SimulatedClock;
    expect((await deliverOutbox({ ctx: app.ctx, port })).failed).toBeGreaterThan(0);
    expect(port.cards).toEqual([]);
    expect((await deliverOutbox({ ctx: app.ctx, port })).delivered).toBe(0); // not due yet
    clock.advance({ hours: 1 }, app.ctx.calendar);
    await deliverOutbox({ ctx: app.ctx, port });
    clock.advance({ hours: 1 }, app.ctx.calendar);
    await deliverOutbox({ ctx: app.ctx, port });
    expect(port.cards).toEqual([`${reference} · Overlast`]);
    expect(await app.ctx.store.read.caseByReference(reference)).not.toBeNull();
  });

  it("waits as long as the platform's Retry-After asks", async () => {
    app = await startTestApp({
      clockStart: MONDAY_10,
      adapters: [
        { platform: "slack", start: async () => ({ port: flakyPort(0, () => new Error()), close: async () => {} }) },
      ],
    });
    const port = flakyPort(1, () => new RetryLaterError("ratelimited", 120));
    await reportOverlast(app.ctx);
    await deliverOutbox({ ctx: app.ctx, port });
    const clock = app.ctx.clock as SimulatedClock;
    (app.ctx as { clock: unknown }).clock = new SimulatedClock(undefined, new Date(clock.now().getTime() + 60_000));
    await deliverOutbox({ ctx: app.ctx, port });
    expect(port.cards).toHaveLength(0);
    (app.ctx as { clock: unknown }).clock = new SimulatedClock(undefined, new Date(clock.now().getTime() + 121_000));
    await deliverOutbox({ ctx: app.ctx, port });
    expect(port.cards).toHaveLength(1);
  });

  it("backs off exponentially up to fifteen minutes", () => {
    expect([0, 1, 2, 3, 10].map(backoffSeconds)).toEqual([5, 10, 20, 40, 900]);
  });
});
