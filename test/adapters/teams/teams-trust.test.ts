// Teams security: only allowed tenants act, and only Microsoft's connector (here: the test connector passed
// in code) is ever called or stored; a forged serviceUrl can neither link a sender by e-mail nor receive posts.
import { must } from "../../support/must.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute, message, personal, TENANT_ID, teamsUser, type TeamsUser } from "./activities.ts";
import { activityText } from "./card-text.ts";
import { FakeConnector } from "./fake-connector.ts";
import { startTeamsHarness, type TeamsHarness } from "./teams-harness.ts";

const OTHER_TENANT = "11111111-2222-4333-8444-555555555555";
const WRONG_TENANT = "Deze Schakel-omgeving hoort bij een andere organisatie. Er is niets gewijzigd.";

function fromTenant(activity: ReturnType<typeof message>, tenant: string, conversationTenant = tenant) {
  return {
    ...activity,
    conversation: { ...activity.conversation, tenantId: conversationTenant },
    channelData: { ...activity.channelData, tenant: { id: tenant } },
  };
}

describe("Teams tenant allow-list and trusted serviceUrl", () => {
  let h: TeamsHarness;
  let forged: FakeConnector;
  const eva = () => must(h.users["eva-bakker"], 'h.users["eva-bakker"]');
  const sanne = () => must(h.users["sanne-koster"], 'h.users["sanne-koster"]');
  const repliesTo = (user: TeamsUser) =>
    h.connector.sent
      .filter((s) => s.conversationId === `a:personal-${user.personId}`)
      .map((s) => activityText(s.activity));

  beforeAll(async () => {
    h = await startTeamsHarness();
    // The forged connector claims every roster person's e-mail for whoever asks, as an attacker's would.
    forged = await new FakeConnector(Object.values(h.users).map((u) => ({ ...u }))).start();
  });
  afterAll(async () => {
    await h?.close();
    await forged?.close();
  });

  it("refuses a sender from a tenant that is not on the allow-list, in Dutch, and does nothing", async () => {
    await h.post(fromTenant(message(personal(eva(), h.connector.url), "mijn taken"), OTHER_TENANT));
    expect(repliesTo(eva())).toEqual([WRONG_TENANT]);
    const press = await h.post(
      fromTenant(execute(personal(eva(), h.connector.url), "form.submit", { flow: "overlast" }), OTHER_TENANT),
    );
    expect(JSON.stringify(press.body)).toContain("andere organisatie");
    expect(await h.app.ctx.store.chat.conversation("teams", "person:eva-bakker")).toBeNull();
  });

  it("refuses an activity whose tenant fields disagree (one of them forged)", async () => {
    const before = repliesTo(eva()).length;
    await h.post(fromTenant(message(personal(eva(), h.connector.url), "help"), TENANT_ID, OTHER_TENANT));
    expect(repliesTo(eva()).slice(before)).toEqual([WRONG_TENANT]);
  });

  it("neither calls nor stores a forged serviceUrl, and links nobody by an e-mail it answers", async () => {
    await h.post(message(personal(sanne(), forged.url), "help"));
    await h.post(execute(personal(sanne(), forged.url), "form.submit", { flow: "overlast" }));
    expect(forged.requests).toEqual([]);
    expect(await h.app.ctx.store.read.personByIdentity("teams", sanne().aadObjectId)).toBeNull();
    for (const key of ["service", "person:sanne-koster", "user:sanne-koster"]) {
      expect((await h.app.ctx.store.chat.conversation("teams", key))?.serviceUrl).not.toBe(forged.url);
    }
    expect(repliesTo(sanne())).toEqual([]);
  });

  it("links by e-mail through the trusted connector, and answers there", async () => {
    await h.post(message(personal(sanne(), h.connector.url), "help"));
    expect((await h.app.ctx.store.read.personByIdentity("teams", sanne().aadObjectId))?.id).toBe("sanne-koster");
    expect(
      h.connector.requests.some((r) => r.startsWith("GET /v3/conversations/a:personal-sanne-koster/members/")),
    ).toBe(true);
    expect(repliesTo(sanne())).toHaveLength(1);
    expect((await h.app.ctx.store.chat.conversation("teams", "person:sanne-koster"))?.serviceUrl).toBe(h.connector.url);
  });
});

describe("Teams multi-tenant allow-list", () => {
  it("serves a second organisation's tenant once TEAMS_ALLOWED_TENANTS lists it", async () => {
    const guest = { ...teamsUser("eva-bakker"), id: "29:eva-other-tenant" };
    const h = await startTeamsHarness({
      env: { TEAMS_ALLOWED_TENANTS: `${TENANT_ID},${OTHER_TENANT}` },
      extraUsers: [guest],
    });
    try {
      await h.post(fromTenant(message(personal(guest, h.connector.url), "help"), OTHER_TENANT));
      const replies = h.connector.sent
        .filter((s) => s.conversationId === "a:personal-eva-bakker")
        .map((s) => activityText(s.activity));
      expect(replies).toHaveLength(1);
      expect(replies[0]).not.toBe(WRONG_TENANT);
      const refused = await h.post(
        fromTenant(message(personal(guest, h.connector.url), "help"), "99999999-2222-4333-8444-555555555555"),
      );
      expect(refused.status).toBeLessThan(500);
      expect(
        h.connector.sent
          .filter((s) => s.conversationId === "a:personal-eva-bakker")
          .map((s) => activityText(s.activity))
          .at(-1),
      ).toBe(WRONG_TENANT);
    } finally {
      await h.close();
    }
  });
});
