// A delivery the platform refuses for good becomes a dead letter: coordinators told once, the operator lists and
// retries it. (Several instances delivering once between them: test/infra/postgres-delivery.test.ts.)
import { describe, expect, it } from "vitest";
import { DeliveryError, type ChatPort } from "../../src/app/chat-port.ts";
import { deliverOutbox } from "../../src/app/deliver-outbox.ts";
import { runOutboxCommand } from "../../src/infra/outbox/outbox-command.ts";
import type { SimulatedClock } from "../../src/infra/clock.ts";
import { reportOverlast } from "../support/fixtures.ts";
import { appsPerTest } from "../support/test-app.ts";

const start = appsPerTest();

function refusingPort(code: string): ChatPort & { attempts: number } {
  const port = {
    platform: "slack" as const,
    attempts: 0,
    async upsertCaseCard() {
      port.attempts++;
      throw new DeliveryError(`slack chat.postMessage failed: ${code}`, "target_not_found", code);
    },
    async postInThread() {},
    async sendDirect() {},
    async postToChannel() {},
  };
  return port;
}
const slackStub = {
  platform: "slack" as const,
  start: async () => ({ port: refusingPort("x"), close: async () => {} }),
};

describe("dead letters", () => {
  it("parks a delivery the platform refuses for good after three attempts, tells the coordinators once, and retries on request", async () => {
    const app = await start({ adapters: [slackStub] });
    const port = refusingPort("channel_not_found");
    const { reference } = await reportOverlast(app.ctx);
    const clock = app.ctx.clock as SimulatedClock;
    for (let i = 0; i < 5; i++) {
      await deliverOutbox({ ctx: app.ctx, port });
      clock.advance({ hours: 1 }, app.ctx.calendar);
    }
    expect(port.attempts).toBe(3);
    const dead = await app.ctx.store.outbox.deadLetters();
    expect(dead.map((d) => [d.kind, d.code, d.attempts])).toEqual([["case.card", "channel_not_found", 3]]);
    await app.flush();
    const coordinators = (await (await fetch(`${app.url}/api/channels/wbw-coordinatoren/messages`)).json()) as {
      text: string;
    }[];
    expect(coordinators.filter((m) => m.text.includes("kon niet worden afgeleverd"))).toEqual([
      {
        ...coordinators.at(-1),
        text:
          `Een bericht over ${reference} kon niet worden afgeleverd op slack (channel_not_found) en wordt niet meer geprobeerd. ` +
          "Laat de beheerder het herstellen en opnieuw versturen (npm run outbox -- retry).",
      },
    ]);
    const lines: string[] = [];
    expect(await runOutboxCommand(app.ctx, ["list"], (l) => lines.push(l))).toBe(0);
    expect(lines[0]).toContain(`slack  case.card  ${reference}  3 attempts  channel_not_found`);
    expect(await runOutboxCommand(app.ctx, ["retry", "--all"], (l) => lines.push(l))).toBe(0);
    expect(await app.ctx.store.outbox.deadLetters()).toEqual([]);
    await deliverOutbox({ ctx: app.ctx, port });
    expect(port.attempts).toBe(4);
  });
});
