// The web console: how fast POST /api/actions (a case card's "details" button) is answered by Schakel and by
// a bare Hono route on @hono/node-server that only answers, both over HTTP on 127.0.0.1.
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { consoleClient } from "../test/support/console-client.ts";
import { reportOverlast } from "../test/support/fixtures.ts";
import { type AckRow, compareAcks, load, startBenchApp } from "./bench-lib.ts";

function bareHono(): Promise<{ url: string; close: () => void }> {
  const app = new Hono();
  app.post("/api/actions", async (c) => c.json({ ok: true, body: await c.req.json() }));
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) =>
      resolve({ url: `http://127.0.0.1:${info.port}`, close: () => server.close() }),
    );
  });
}

export async function benchConsoleActions(): Promise<AckRow[]> {
  const app = await startBenchApp();
  const bare = await bareHono();
  const { reference } = await reportOverlast(app.ctx);
  await app.flush();
  const ours = consoleClient(app.url);
  const floor = consoleClient(bare.url);
  const channels = await ours.channels();
  const shared = channels.find((c) => c.kind === "channel" && c.name.includes("casuistiek")) ?? channels[0];
  const card = shared && (await ours.messages(shared.id)).find((m) => m.card?.title.includes(reference));
  if (!card) throw new Error(`no card of ${reference} in the console`);
  const as = "hanna-visser"; // a routed contact: may see the details
  // The answer (ack first: the result within the budget, else 202 with a key), without following the key.
  const press = async (url: string) => {
    const response = await fetch(`${url}/api/actions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ as, messageId: card.id, actionId: "case.details" }),
    });
    await response.text();
    if (response.status !== 200 && response.status !== 202)
      throw new Error(`console action answered ${response.status}`);
  };
  // The result: the answer and, when it was 202, the result asked for (as the page does).
  const result = async (client: typeof ours) => {
    const { status } = await client.action(as, card.id, "case.details");
    if (status !== 200) throw new Error(`console action answered ${status}`);
  };
  try {
    const answers = await compareAcks(
      "Console POST /api/actions (details), answer",
      (c, n) => load(c, n, () => press(app.url)),
      (c, n) => load(c, n, () => press(bare.url)),
    );
    const results = await compareAcks(
      "Console /api/actions (details), result",
      (c, n) => load(c, n, () => result(ours)),
      (c, n) => load(c, n, () => result(floor)),
    );
    return [...answers, ...results];
  } finally {
    bare.close();
    await app.close();
  }
}
