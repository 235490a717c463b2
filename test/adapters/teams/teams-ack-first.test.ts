// Ack first on Teams: a message to the bot is recorded in the inbox and answered from it; a redelivered activity
// (same id) is answered once, and a message or card press a stopped process acked but did not do is done by the next
// start, once.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createTeamsAdapter } from "../../../src/adapters/teams/teams-adapter.ts";
import type { TeamsMessageItem } from "../../../src/adapters/teams/teams-inbox.ts";
import type { TeamsInvokeItem } from "../../../src/adapters/teams/teams-invoke-inbox.ts";
import { VALID_REPORT } from "../../contract/adapter-contract.ts";
import { reportOverlast } from "../../support/fixtures.ts";
import { loadTeamsConfig } from "../../../src/adapters/teams/teams-config.ts";
import type { IncomingActivity } from "../../../src/adapters/teams/teams-activity.ts";
import { must } from "../../support/must.ts";
import { startTestApp, type TestApp } from "../../support/test-app.ts";
import { CHANNEL_ID, CLIENT_ID, COORDINATORS_ID, message, personal, TENANT_ID, teamsUser } from "./activities.ts";
import { FakeConnector } from "./fake-connector.ts";
import { DEMO_USERS, startTeamsHarness, type TeamsHarness } from "./teams-harness.ts";

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
const TOKEN = `${b64({ alg: "none" })}.${b64({ aud: "https://api.botframework.com", appid: CLIENT_ID, exp: 4102444800 })}.c2ln`;

describe("Teams messages, ack first", () => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness();
  });
  afterAll(async () => h?.close());

  it("answers a redelivered message once", async () => {
    const eva = must(h.users["eva-bakker"]);
    const activity = message(personal(eva, h.connector.url), "help");
    const first = await h.post(activity);
    const again = await h.post(activity);
    expect([first.status, again.status]).toEqual([200, 200]);
    const replies = h.connector.inConversation(activity.conversation.id).filter((s) => s.op === "create");
    expect(replies).toHaveLength(1);
  });
});

describe("Teams messages after a restart", () => {
  let connector: FakeConnector;
  beforeAll(async () => {
    connector = await new FakeConnector(DEMO_USERS.map((id) => teamsUser(id))).start();
  });
  afterAll(async () => connector?.close());

  const teams = () =>
    createTeamsAdapter(
      must(
        loadTeamsConfig({
          TEAMS_CLIENT_ID: CLIENT_ID,
          TEAMS_CLIENT_SECRET: "test-secret-not-used",
          TEAMS_TENANT_ID: TENANT_ID,
          TEAMS_PORT: "0",
          TEAMS_CHANNELS: `wbw-casuistiek=${CHANNEL_ID},wbw-coordinatoren=${COORDINATORS_ID}`,
        }),
      ),
      { token: () => TOKEN, testConnectorUrl: connector.url, dangerouslyAllowUnauthenticated: true },
    );

  it("answers once, from the next start, a message a stopped process acked but did not answer", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "schakel-teams-inbox-"));
    const databaseUrl = `file:${path.join(dir, "schakel.db")}`;
    copyFileSync(inject("templateDb"), path.join(dir, "schakel.db"));
    const activity = message(personal(teamsUser("eva-bakker"), connector.url), "help") as unknown as IncomingActivity;
    const replies = () => connector.inConversation(activity.conversation.id).filter((s) => s.op === "create");
    try {
      const first = await startTestApp({ adapters: [teams()], databaseUrl, inboxLeaseMs: 1 });
      const item: TeamsMessageItem = { type: "message", activity };
      // Acked, then the process stopped before the work ran: only the inbox row is left.
      expect(await first.inbox.accept("teams", `teams:activity:${activity.id}`, item)).not.toBeNull();
      await first.close();
      expect(replies()).toEqual([]);
      for (const round of [1, 2]) {
        const next = await startTestApp({ adapters: [teams()], databaseUrl });
        await next.inbox.idle();
        await next.close();
        expect({ round, replies: replies().length }).toEqual({ round, replies: 1 });
      }
      expect(String(replies()[0]?.activity.text)).toContain("melding");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("does once, at the next start, a press a stopped process acked but did not do", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "schakel-teams-invoke-"));
    const databaseUrl = `file:${path.join(dir, "schakel.db")}`;
    copyFileSync(inject("templateDb"), path.join(dir, "schakel.db"));
    try {
      const first = await startTestApp({ adapters: [teams()], databaseUrl, inboxLeaseMs: 1 });
      const { caseId } = await reportOverlast(first.ctx, VALID_REPORT, "eva-bakker");
      const revision = must(await first.ctx.store.read.case(caseId)).revision;
      const acknowledged = async (app: TestApp) =>
        (await app.ctx.store.read.events(caseId)).filter((e) => e.type === "obligation.acknowledged").length;
      expect(await acknowledged(first)).toBe(1); // the reporter's party, by reporting
      const item: TeamsInvokeItem = {
        type: "invoke",
        personId: "joris-de-bruijn",
        where: { serviceUrl: connector.url, conversationId: "a:personal-joris-de-bruijn", personal: true },
        work: { kind: "action", actionId: "case.acknowledge", caseId, revision },
      };
      // Answered "Wordt verwerkt…", then the process stopped before the work ran: only the inbox row is left.
      const key = `teams:press:${caseId}:case.acknowledge:joris-de-bruijn:r${revision}`;
      expect(await first.inbox.accept("teams", key, item)).not.toBeNull();
      await first.close();
      for (const round of [1, 2]) {
        const next = await startTestApp({ adapters: [teams()], databaseUrl });
        await next.inbox.idle();
        expect({ round, acknowledged: await acknowledged(next) }).toEqual({ round, acknowledged: 2 });
        await next.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
