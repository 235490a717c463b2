// Ack first in the console: a card button is recorded in the inbox and answered within a budget, with its result
// or with a key whose result the page asks for; a bad form still gets its Dutch error at once, and a press whose
// process stopped after the ack is finished once by the next start and told to the person in their own DM.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import type { ConsoleActionItem } from "../../src/adapters/local/console-inbox.ts";
import { consoleClient } from "../support/console-client.ts";
import { reportOverlast } from "../support/fixtures.ts";
import { appsPerTest, startTestApp, type TestApp } from "../support/test-app.ts";

const HANNA = "hanna-visser"; // a routed contact of the Bergen op Zoom case: may view details and add notes

async function caseCard(app: TestApp) {
  const { reference, caseId } = await reportOverlast(app.ctx);
  await app.flush();
  const api = consoleClient(app.url);
  const shared = (await api.channels()).find((c) => c.kind === "channel" && c.name.includes("casuistiek"));
  const card = shared && (await api.messages(shared.id)).find((m) => m.card?.title.includes(reference));
  if (!card) throw new Error(`no card of ${reference} in the console`);
  return { reference, caseId, messageId: card.id };
}

const post = (app: TestApp, body: object) =>
  fetch(`${app.url}/api/actions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("console buttons, ack first", () => {
  const start = appsPerTest();

  it("answers 'pending' when the work is not done within the budget, and the result follows once", async () => {
    const app = await start({ consoleActionBudgetMs: 0 });
    const { caseId, messageId } = await caseCard(app);
    const answer = await post(app, { as: HANNA, messageId, actionId: "case.details" });
    expect(answer.status).toBe(202);
    const { pending } = (await answer.json()) as { pending: string };
    const result = await fetch(`${app.url}/api/actions/${pending}`);
    expect(result.status).toBe(200);
    const { view } = (await result.json()) as { view: { title: string; fields: { label: string }[] } };
    expect(view.fields.length).toBeGreaterThan(0);
    const views = (await app.ctx.store.read.events(caseId)).filter((e) => e.type === "details.viewed");
    expect(views).toHaveLength(1);
    expect((await fetch(`${app.url}/api/actions/not-a-key`)).status).toBe(404);
  });

  it("answers a form with a missing field at once, in Dutch, and records nothing", async () => {
    const app = await start({ consoleActionBudgetMs: 0 });
    const { caseId, messageId } = await caseCard(app);
    const answer = await post(app, { as: HANNA, messageId, actionId: "case.add_note", values: { note: "" } });
    expect(answer.status).toBe(422);
    expect(((await answer.json()) as { errors: Record<string, string> }).errors.note).toBe("Vul dit veld in.");
    await app.inbox.idle();
    expect((await app.ctx.store.read.events(caseId)).filter((e) => e.type === "note.added")).toEqual([]);
  });

  it("finishes after a restart a press a stopped process acked, once, and tells the person privately", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "schakel-console-inbox-"));
    const databaseUrl = `file:${path.join(dir, "schakel.db")}`;
    copyFileSync(inject("templateDb"), path.join(dir, "schakel.db"));
    try {
      const first = await startTestApp({ databaseUrl, inboxLeaseMs: 1 });
      const { reference, caseId } = await caseCard(first);
      const item: ConsoleActionItem = {
        key: "restart",
        personId: HANNA,
        actionId: "case.add_note",
        caseId,
        values: { note: "Gebeld met de bewoner." },
      };
      // Acked, then the process stopped before the work ran: only the inbox row is left.
      expect(await first.inbox.accept("local", "local:action:restart", item)).not.toBeNull();
      await first.close();
      for (const round of [1, 2]) {
        const next = await startTestApp({ databaseUrl });
        await next.inbox.idle();
        const notes = (await next.ctx.store.read.events(caseId)).filter((e) => e.type === "note.added");
        const dm = (await consoleClient(next.url).messages(`dm-${HANNA}`)).filter((m) => m.text.startsWith("Notitie"));
        await next.close();
        expect({ round, notes: notes.length, dm: dm.map((m) => m.text) }).toEqual({
          round,
          notes: 1,
          dm: [`Notitie toegevoegd aan ${reference}. Alleen de vaste contactpersonen kunnen haar lezen.`],
        });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
