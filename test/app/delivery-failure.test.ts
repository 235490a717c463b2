// Failed deliveries that are not a case card: a direct message refused for good tells the coordinators (there is
// no case to name), a coordinators' post refused for good is announced once and its own notice is not announced
// again (no loop), and a failure that is not a coded platform error is retried, never parked.
import { describe, expect, it } from "vitest";
import { DeliveryError, type ChatPort } from "../../src/app/chat-port.ts";
import type { AppContext } from "../../src/app/context.ts";
import { deliverOutbox } from "../../src/app/deliver-outbox.ts";
import type { OutboxPayload } from "../../src/app/ports.ts";
import type { SimulatedClock } from "../../src/infra/clock.ts";
import { appsPerTest } from "../support/test-app.ts";

const start = appsPerTest();
type Failing = "dm" | "channel" | null;

/** A Slack port whose direct messages or channel posts fail with `error` while `failing` says so. */
function port(error: () => unknown) {
  const p = {
    platform: "slack" as const,
    failing: null as Failing,
    calls: 0,
    posts: [] as string[],
    dms: [] as string[],
    async upsertCaseCard() {},
    async postInThread() {},
    async sendDirect({ text }: { text: string }) {
      p.calls++;
      if (p.failing === "dm") throw error();
      p.dms.push(text);
    },
    async postToChannel({ text }: { text: string }) {
      p.calls++;
      if (p.failing === "channel") throw error();
      p.posts.push(text);
    },
  };
  return p satisfies ChatPort;
}
const slackStub = {
  platform: "slack" as const,
  start: async () => ({ port: port(() => null), close: async () => {} }),
};
const refused = () =>
  new DeliveryError("slack chat.postMessage failed: not_in_channel", "not_permitted", "not_in_channel");
const NOTICE = {
  key: "notice.absence.recorded" as const,
  params: { name: "Femke", organisation: "Gemeente", from: "ma", until: "vr", by: "Bram" },
};

async function enqueue(ctx: AppContext, payload: OutboxPayload) {
  await ctx.store.transaction((tx) => tx.enqueue(payload, ctx.clock.now(), ctx.platforms));
}
async function rounds(ctx: AppContext, p: ChatPort, n: number) {
  for (let i = 0; i < n; i++) {
    await deliverOutbox({ ctx, port: p });
    (ctx.clock as SimulatedClock).advance({ hours: 1 }, ctx.calendar);
  }
}
const deadKinds = async (ctx: AppContext) => (await ctx.store.outbox.deadLetters()).map((d) => [d.kind, d.code]);

describe("deliveries that fail for good outside a case", () => {
  it("parks a refused direct message and tells the coordinators, with a dash for the case", async () => {
    const app = await start({ adapters: [slackStub] });
    const p = port(refused);
    await enqueue(app.ctx, { kind: "person.dm", personId: "femke-de-wit", notice: NOTICE });
    p.failing = "dm";
    await rounds(app.ctx, p, 3);
    expect(await deadKinds(app.ctx)).toEqual([["person.dm", "not_in_channel"]]);
    p.failing = null;
    await rounds(app.ctx, p, 1);
    expect(p.dms).toEqual([]);
    expect(p.posts).toEqual([
      "Een bericht over — kon niet worden afgeleverd op slack (not_in_channel) en wordt niet meer geprobeerd. " +
        "Laat de beheerder het herstellen en opnieuw versturen (npm run outbox -- retry).",
    ]);
  });

  it("announces a refused coordinators' post once, and does not announce its own notice dying", async () => {
    const app = await start({ adapters: [slackStub] });
    const p = port(refused);
    p.failing = "channel";
    await enqueue(app.ctx, { kind: "coordinators.post", regionId: "wbw", notice: NOTICE });
    await rounds(app.ctx, p, 8);
    // Three attempts at the post, three at the notice about it; then nothing is queued any more.
    expect(p.calls).toBe(6);
    expect(await deadKinds(app.ctx)).toEqual([
      ["coordinators.post", "not_in_channel"],
      ["coordinators.post", "not_in_channel"],
    ]);
    p.failing = null;
    await rounds(app.ctx, p, 2);
    expect(p.calls).toBe(6);
  });

  it("keeps retrying a failure that is not a coded platform error, and delivers once the platform is back", async () => {
    const app = await start({ adapters: [slackStub] });
    const p = port(() => "socket hang up");
    p.failing = "dm";
    await enqueue(app.ctx, { kind: "person.dm", personId: "femke-de-wit", notice: NOTICE });
    await rounds(app.ctx, p, 5);
    expect(await deadKinds(app.ctx)).toEqual([]);
    p.failing = null;
    await rounds(app.ctx, p, 1);
    expect(p.calls).toBe(6);
    expect(p.dms).toHaveLength(1);
  });
});
