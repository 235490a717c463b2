// Ack first for the console's forms and typed commands, as for its buttons: a bad form still gets its Dutch field
// errors at once; a good one is recorded and answered (202 with a key while the work waits), its result follows
// once; the same form instance submitted twice at once gives one case and the same answer to both.
import { describe, expect, it } from "vitest";
import { consoleClient } from "../support/console-client.ts";
import { REPORT_BERGEN_OP_ZOOM } from "../support/fixtures.ts";
import type { Parsed } from "../support/parsed.ts";
import { appsPerTest, type TestApp } from "../support/test-app.ts";

const FEMKE = "femke-de-wit";

const post = async (app: TestApp, path: string, body: object) => {
  const response = await fetch(`${app.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Parsed };
};
const submit = (app: TestApp, formId: string, values: object) =>
  post(app, `/api/forms/${encodeURIComponent(formId)}/submit`, { as: FEMKE, values });

/** Holds the inbox's worker (an item of a platform this app does not run) until `release` is called. */
async function holdWorker(app: TestApp) {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  app.inbox.handle("teams", () => held);
  const ticket = await app.inbox.accept("teams", `hold-${Math.random()}`, {});
  ticket?.process();
  return release;
}

async function reportForm(app: TestApp): Promise<string> {
  const opened = await consoleClient(app.url).command(FEMKE, "/overlast");
  return (opened.body.form as { id: string }).id;
}

async function casesInChannel(app: TestApp) {
  const api = consoleClient(app.url);
  const shared = (await api.channels()).find((c) => c.kind === "channel" && c.name.includes("casuistiek"));
  if (!shared) throw new Error("no shared channel");
  return (await api.messages(shared.id)).filter((m) => m.card?.title.includes("OV-"));
}

describe("console forms and commands, ack first", () => {
  const start = appsPerTest();

  it("answers a report 202 before its work ran, and the result follows once the work is done", async () => {
    const app = await start({ consoleActionBudgetMs: 0 });
    const formId = await reportForm(app);
    const release = await holdWorker(app);
    const answer = await submit(app, formId, REPORT_BERGEN_OP_ZOOM);
    expect(answer.status).toBe(202);
    const pending = answer.body.pending as string;
    expect(await casesInChannel(app)).toEqual([]);
    release();
    const result = await fetch(`${app.url}/api/actions/${pending}`);
    expect(result.status).toBe(200);
    const body = (await result.json()) as Parsed;
    expect(body.caseRef).toMatch(/^OV-2026-\d{4}$/);
    expect(body.message.text).toContain(body.caseRef);
    expect((await casesInChannel(app)).map((m) => m.card?.title)).toEqual([expect.stringContaining(body.caseRef)]);
  });

  it("gives a form with a missing field its Dutch errors at once and records nothing", async () => {
    const app = await start({ consoleActionBudgetMs: 0 });
    const formId = await reportForm(app);
    const release = await holdWorker(app);
    const answer = await submit(app, formId, { ...REPORT_BERGEN_OP_ZOOM, resident_name: "" });
    expect(answer.status).toBe(422);
    expect(answer.body.errors.resident_name).toBe("Vul dit veld in.");
    release();
    await app.inbox.idle();
    expect(await casesInChannel(app)).toEqual([]);
  });

  it("makes one case of one form submitted twice at once, and answers both with it", async () => {
    const app = await start();
    const formId = await reportForm(app);
    const api = consoleClient(app.url);
    const [first, second] = await Promise.all([
      api.submit(FEMKE, formId, REPORT_BERGEN_OP_ZOOM),
      api.submit(FEMKE, formId, REPORT_BERGEN_OP_ZOOM),
    ]);
    expect(first.status).toBe(200);
    expect(second.body).toEqual(first.body);
    await app.inbox.idle();
    expect(await casesInChannel(app)).toHaveLength(1);
    const again = await api.submit(FEMKE, formId, REPORT_BERGEN_OP_ZOOM);
    expect(again.body.caseRef).toBe(first.body.caseRef);
    expect(await casesInChannel(app)).toHaveLength(1);
  });

  it("lets a form refused by the report (no contact at the chosen corporation) be corrected and sent again", async () => {
    const app = await start();
    const formId = await reportForm(app);
    const api = consoleClient(app.url);
    const refused = await api.submit(FEMKE, formId, { ...REPORT_BERGEN_OP_ZOOM, corporation: "wonen-aan-de-vliet" });
    expect(refused.body.errors.corporation).toContain("geen vaste contactpersoon");
    const corrected = await api.submit(FEMKE, formId, REPORT_BERGEN_OP_ZOOM);
    expect(corrected.status).toBe(200);
    expect(corrected.body.caseRef).toMatch(/^OV-2026-\d{4}$/);
    const again = await api.submit(FEMKE, formId, REPORT_BERGEN_OP_ZOOM);
    expect(again.body.caseRef).toBe(corrected.body.caseRef);
    await app.inbox.idle();
    expect(await casesInChannel(app)).toHaveLength(1);
  });

  it("answers a typed command 202 while the worker is busy, then in the command's own shape", async () => {
    const app = await start({ consoleActionBudgetMs: 0 });
    const release = await holdWorker(app);
    const answer = await post(app, "/api/commands", { as: FEMKE, command: "/schakel", text: "help" });
    expect(answer.status).toBe(202);
    release();
    const result = await fetch(`${app.url}/api/actions/${answer.body.pending}`);
    const body = (await result.json()) as Parsed;
    expect(result.status).toBe(200);
    expect(body.message.text).toContain("/schakel");
    const unknown = await consoleClient(app.url).command(FEMKE, "/bestaatniet");
    expect(unknown.status).toBeGreaterThanOrEqual(400);
    expect(unknown.body).toEqual({ error: expect.any(String) });
  });
});
