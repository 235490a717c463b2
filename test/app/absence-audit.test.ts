// What an absence change sets in motion besides its log row: an absence that starts now redraws the cards of the
// open cases it concerns and tells the deputy; ending a plan that had not started tells the coordinators only.
import { describe, expect, it } from "vitest";
import { endAbsence } from "../../src/app/absence/end-absence.ts";
import { recordAbsence } from "../../src/app/absence/record-absence.ts";
import type { ChatPort } from "../../src/app/chat-port.ts";
import type { AppContext } from "../../src/app/context.ts";
import { deliverOutbox } from "../../src/app/deliver-outbox.ts";
import { reportOverlast } from "../support/fixtures.ts";
import { appsPerTest } from "../support/test-app.ts";

const start = appsPerTest();
const anouk = { personId: "anouk-jansen", platform: "local" as const };

/** A Slack port that keeps what it was asked to deliver. */
function recorder() {
  const p = {
    platform: "slack" as const,
    cards: [] as string[],
    dms: [] as { personId: string; text: string }[],
    posts: [] as string[],
    async upsertCaseCard({ caseId }: { caseId: string }) {
      p.cards.push(caseId);
    },
    async postInThread() {},
    async sendDirect({ personId, text }: { personId: string; text: string }) {
      p.dms.push({ personId, text });
    },
    async postToChannel({ text }: { text: string }) {
      p.posts.push(text);
    },
    clear() {
      p.cards.length = 0;
      p.dms.length = 0;
      p.posts.length = 0;
    },
  };
  return p satisfies ChatPort;
}
const slackStub = { platform: "slack" as const, start: async () => ({ port: recorder(), close: async () => {} }) };
const drained = async (ctx: AppContext, p: ReturnType<typeof recorder>) => {
  p.clear();
  await deliverOutbox({ ctx, port: p });
  return p;
};

describe("the effects of an absence change", () => {
  it("redraws the card of an open case of the organisation once the absence starts, and tells the deputy", async () => {
    const app = await start({ adapters: [slackStub] });
    const p = recorder();
    const { reference } = await reportOverlast(app.ctx);
    const caseId = (await app.ctx.store.read.caseByReference(reference))?.id;
    await drained(app.ctx, p);
    await recordAbsence({ ctx: app.ctx, actor: anouk, from: "23-11-2026", to: "27-11-2026" });
    const after = await drained(app.ctx, p);
    expect(after.cards).toEqual([caseId]);
    expect(after.dms.map((d) => d.personId)).toEqual(["bram-de-vries"]);
    expect(after.dms[0]?.text).toBe(
      "Je neemt van ma 23 nov 2026 t/m vr 27 nov 2026 waar voor Anouk Jansen als contactpersoon van " +
        "Woonstichting Woonhaven in Bergen op Zoom. Nieuwe meldingen, herinneringen en escalaties komen in die " +
        "periode bij jou.",
    );
  });

  it("ending a planned absence before it starts tells the coordinators, not the deputy, and redraws no card", async () => {
    const app = await start({ adapters: [slackStub] });
    const p = recorder();
    await reportOverlast(app.ctx);
    await drained(app.ctx, p);
    await recordAbsence({ ctx: app.ctx, actor: anouk, from: "30-11-2026", to: "4-12-2026" });
    const planned = await drained(app.ctx, p);
    expect(planned.cards).toEqual([]);
    expect(planned.dms.map((d) => d.personId)).toEqual(["bram-de-vries"]);
    await endAbsence({ ctx: app.ctx, actor: anouk });
    const ended = await drained(app.ctx, p);
    expect(ended.posts).toEqual([
      expect.stringMatching(/^Afwezigheid beëindigd: Anouk Jansen \(Woonstichting Woonhaven\)/),
    ]);
    expect(ended.dms).toEqual([]);
    expect(ended.cards).toEqual([]);
  });
});
