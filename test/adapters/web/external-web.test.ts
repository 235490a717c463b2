// External participants on the production web page, over real HTTP: sign in once with the invitation code, see and
// complete only the role's step of one case, be refused (in Dutch) everywhere else, keep the session across a
// restart, lose it on removal; an external session never passes as a coordinator's, and the reverse.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listen } from "../../../src/adapters/local/console-server.ts";
import { createCoordinatorWebApp } from "../../../src/adapters/web/web-app.ts";
import type { WebAuthConfig } from "../../../src/config/web-auth-config.ts";
import { toCsv, toXlsx } from "../../../src/infra/export/write-export.ts";
import { createPrismaClient, type Db } from "../../../src/infra/prisma/client.ts";
import { createWebSessionStore } from "../../../src/infra/prisma/web-session-store.ts";
import { caseDriver } from "../../support/case-driver.ts";
import { listeningServer, startTestProvider, type TestProvider } from "../../support/oidc-test-provider.ts";
import { outflowAtWarmHandover } from "../../support/outflow-case.ts";
import { startTestApp, type TestApp } from "../../support/test-app.ts";

const SECRET = "e".repeat(48);
const CODE = /[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}/;
const ELSEWHERE = "alleen toegang tot uw eigen melding";

let app: TestApp;
let provider: TestProvider;
let db: Db;
let drive: ReturnType<typeof caseDriver>;
const servers: { close(): void }[] = [];

/** A fresh instance of the production web app on the shared database: a "restart" is just another one. */
async function startWeb(): Promise<string> {
  const { server, url } = await listeningServer();
  const auth: WebAuthConfig = {
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    publicUrl: url,
    sessionSecret: SECRET,
    emailClaim: "email",
    emailVerifiedClaim: "email_verified",
    sessionHours: 8,
    requiredClaims: {},
  };
  const sessions = createWebSessionStore(db, SECRET);
  const web = createCoordinatorWebApp({ ctx: app.ctx, auth, sessions, exportFiles: { toCsv, toXlsx } });
  await listen(web, 0, "127.0.0.1", server);
  servers.push(server);
  return url;
}

beforeAll(async () => {
  app = await startTestApp();
  drive = caseDriver(app.url);
  db = await createPrismaClient(app.databaseUrl);
  provider = await startTestProvider("http://127.0.0.1/auth/callback", {});
}, 60_000);

afterAll(async () => {
  for (const s of servers) s.close();
  await db?.$disconnect();
  await provider?.close();
  await app?.close();
}, 60_000);

async function send(base: string, method: string, path: string, o: { cookie?: string; form?: object } = {}) {
  const headers: Record<string, string> = { origin: base, ...(o.cookie ? { cookie: o.cookie } : {}) };
  const body = o.form ? new URLSearchParams(o.form as Record<string, string>) : undefined;
  const r = await fetch(`${base}${path}`, { method, redirect: "manual", headers, ...(body ? { body } : {}) });
  const cookie = (r.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return { status: r.status, location: r.headers.get("location") ?? "", cookie, text: await r.text() };
}
const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";

describe("an external participant on the production web page", () => {
  let web = "";
  let caseA = "";
  let caseB = "";
  let cookie = "";

  // Each case driven in its own step, so each stays far inside the timeout on a busy machine.
  it("drives one outflow case to its warm handover", async () => {
    caseA = await outflowAtWarmHandover(drive, "Planted Bewoner");
  });

  it("drives another one there", async () => {
    caseB = await outflowAtWarmHandover(drive, "B");
  });

  it("signs in once with the invitation code and sees only the role's fields and step", async () => {
    const added = await drive.api.command("hanna-visser", "/schakel", `extern ${caseA} toevoegen neighbourhood_team W`);
    const code = CODE.exec(added.body.message.text)?.[0] ?? "";
    web = await startWeb();
    expect((await send(web, "GET", "/extern")).text).toContain("Uitnodigingscode");
    const wrong = await send(web, "POST", "/extern", { form: { code: "AAAA-BBBB-CCCC" } });
    expect(wrong.text).toContain("Deze uitnodigingscode is onbekend, al gebruikt of verlopen.");
    const signedIn = await send(web, "POST", "/extern", { form: { code } });
    expect(signedIn.location).toBe("/extern/zaak");
    expect(signedIn.cookie).toMatch(/^__Host-schakel-extern=/);
    cookie = signedIn.cookie;
    expect((await send(web, "POST", "/extern", { form: { code } })).text).toContain("al gebruikt of verlopen");
    const page = await send(web, "GET", "/extern/zaak", { cookie });
    expect(page.text).toContain(`${caseA} · `);
    expect(page.text).toContain("Nieuwstraat 4");
    expect(page.text).toContain("Warme overdracht naar de wijk: open");
    expect(page.text).not.toContain("Planted Bewoner");
  });

  it("is refused coordinator pages, exports and other cases, in Dutch", async () => {
    for (const path of ["/", "/cases", "/roster", "/digest", "/api/export.csv?table=cases", "/api/digest"]) {
      const r = await send(web, "GET", path, { cookie });
      expect(r.status, path).toBe(403);
      expect(r.text, path).toContain(ELSEWHERE);
      expect(r.text, path).not.toContain(caseB);
    }
    const other = await send(web, "GET", `/extern/zaken/${caseB}`, { cookie });
    expect(other.status).toBe(403);
    expect(other.text).toContain(`alleen toegang tot melding ${caseA}.`);
  });

  it("never passes as a coordinator: its token in the coordinator's cookie is refused, and the reverse", async () => {
    const token = cookie.split("=")[1] ?? "";
    const asCoordinator = `__Host-schakel-session=${token}`;
    expect((await send(web, "GET", "/cases", { cookie: asCoordinator })).location).toMatch(/^\/auth\/login/);
    const exported = await send(web, "GET", "/api/export.csv?table=cases", { cookie: `${cookie}; ${asCoordinator}` });
    expect(exported.status).toBe(401);
    expect(exported.text).not.toContain(caseA);
    const now = app.ctx.clock.now();
    const coordinator = await createWebSessionStore(db, SECRET).create("yvonne-maas", now, new Date(+now + 3_600_000));
    const inExternal = await send(web, "GET", "/extern/zaak", { cookie: `__Host-schakel-extern=${coordinator.token}` });
    expect(inExternal.status).toBe(401);
    expect(inExternal.text).toContain("Meld u eerst aan met de uitnodigingscode");
  });

  it("completes only the role's step, with the CSRF token, and keeps the session across a restart", async () => {
    const csrf = csrfOf((await send(web, "GET", "/extern/zaak", { cookie })).text);
    const finances = await send(web, "POST", "/extern/stappen/finances/afronden", { cookie, form: { _csrf: csrf } });
    expect(finances.status).toBe(403);
    expect(finances.text).toContain("niet aan u als Wijkteammedewerker gegeven");
    const noCsrf = await send(web, "POST", "/extern/stappen/warm_handover/afronden", { cookie, form: {} });
    expect(noCsrf.status).toBe(403);
    expect(await drive.field(caseA, "Stap")).toBe("Warme overdracht naar de wijk");
    web = await startWeb();
    const form = { _csrf: csrf, note: "Kennisgemaakt" };
    const done = await send(web, "POST", "/extern/stappen/warm_handover/afronden", { cookie, form });
    expect(done.status).toBe(200);
    expect(done.text).toContain("Warme overdracht naar de wijk: afgerond");
    await app.flush(); // the outbox worker's delivery of the card's update
    expect(await drive.field(caseA, "Stap")).toBe("Gezamenlijke evaluaties eerste jaar");
  });

  it("records a case event the flow gives the role, with its reason, through the page's form", async () => {
    const page = (await send(web, "GET", "/extern/zaak", { cookie })).text;
    expect(page).toContain('<option value="crisis">Crisis of terugval</option>');
    const csrf = csrfOf(page);
    const empty = await send(web, "POST", "/extern/gebeurtenissen", { cookie, form: { _csrf: csrf, event: "crisis" } });
    expect(empty.status).toBe(422);
    expect(empty.text).toContain("Vul dit veld in.");
    const other = { _csrf: csrf, event: "nuisance_signal", reason: "buren" };
    expect((await send(web, "POST", "/extern/gebeurtenissen", { cookie, form: other })).status).toBe(403);
    const form = { _csrf: csrf, event: "crisis", reason: "Terugval bij huisbezoek" };
    const done = await send(web, "POST", "/extern/gebeurtenissen", { cookie, form });
    expect(done.text).toContain(`‘Crisis of terugval’ is vastgelegd bij ${caseA}`);
    expect(await drive.partyField("hanna-visser", caseA, "Niveau")).toBe("Casusoverleg");
  });

  it("loses access on the next request when a party removes them", async () => {
    await drive.api.command("hanna-visser", "/schakel", `extern ${caseA} verwijderen E1`);
    const after = await send(web, "GET", "/extern/zaak", { cookie });
    expect(after.status).toBe(403);
    expect(after.text).toContain("Uw toegang tot deze melding is beëindigd.");
  });

  it("loses access on the next request when the case closes", async () => {
    const added = await drive.api.command(
      "pieter-claassen",
      "/schakel",
      `extern ${caseB} toevoegen neighbourhood_team P`,
    );
    const code = CODE.exec(added.body.message.text)?.[0] ?? "";
    const late = (await send(web, "POST", "/extern", { form: { code } })).cookie;
    expect((await send(web, "GET", "/extern/zaak", { cookie: late })).status).toBe(200);
    const closed = await drive.press("hanna-visser", caseB, "case.close", { outcome: "settled", note: "" });
    expect(closed.body.ok).toBe(true);
    const after = await send(web, "GET", "/extern/zaak", { cookie: late });
    expect(after.status).toBe(403);
    expect(after.text).toContain("Uw toegang tot deze melding is beëindigd.");
  });
});
