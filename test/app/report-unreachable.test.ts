// Someone no platform can reach: the coordinators of their region are told once per person (also without a
// case, by the roster), and a case they are on gets its card drawn again.
import { describe, expect, it } from "vitest";
import type { ChatPort } from "../../src/app/chat-port.ts";
import type { AppContext } from "../../src/app/context.ts";
import { deliverOutbox } from "../../src/app/deliver-outbox.ts";
import { reportUnreachable } from "../../src/app/report-unreachable.ts";
import { reportOverlast } from "../support/fixtures.ts";
import { must } from "../support/must.ts";
import { appsPerTest } from "../support/test-app.ts";

const start = appsPerTest();

function recorder() {
  const p = {
    platform: "slack" as const,
    cards: [] as string[],
    posts: [] as string[],
    async upsertCaseCard({ caseId }: { caseId: string }) {
      p.cards.push(caseId);
    },
    async postInThread() {},
    async sendDirect() {},
    async postToChannel({ text }: { text: string }) {
      p.posts.push(text);
    },
  };
  return p satisfies ChatPort;
}
const slackStub = { platform: "slack" as const, start: async () => ({ port: recorder(), close: async () => {} }) };
async function delivered(ctx: AppContext) {
  const p = recorder();
  await deliverOutbox({ ctx, port: p });
  return p;
}

describe("someone Schakel cannot reach", () => {
  it("tells the coordinators of their roster's region once, without a case", async () => {
    const app = await start({ adapters: [slackStub] });
    await reportUnreachable({ ctx: app.ctx, personId: "anouk-jansen", platform: "slack" });
    const first = await delivered(app.ctx);
    expect(first.posts).toEqual([
      expect.stringMatching(
        /^Anouk Jansen is voor Schakel nergens bereikbaar: geen Slack-account gevonden in een werkruimte/,
      ),
    ]);
    expect(first.cards).toEqual([]);
    await reportUnreachable({ ctx: app.ctx, personId: "anouk-jansen", platform: "slack" });
    expect((await delivered(app.ctx)).posts).toEqual([]);
  });

  it("draws the card of the case again when it happened on a case", async () => {
    const app = await start({ adapters: [slackStub] });
    const { reference } = await reportOverlast(app.ctx);
    const caseId = must(await app.ctx.store.read.caseByReference(reference)).id;
    await delivered(app.ctx);
    await reportUnreachable({ ctx: app.ctx, personId: "anouk-jansen", platform: "slack", caseId });
    const after = await delivered(app.ctx);
    expect(after.posts).toHaveLength(1);
    expect(after.cards).toEqual([caseId]);
  });
});
