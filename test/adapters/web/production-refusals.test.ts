// Production mode without a session: every route the server registers, and every route of the demo console's
// act-as API (with an `as` field), is refused with 401, a redirect to sign-in or 404, never data, and changes
// nothing. With a session, a coordinator sees only their own regions; demo routes stay 404.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConsoleApp } from "../../../src/adapters/local/console-server.ts";
import { createWebSessionStore } from "../../../src/infra/prisma/web-session-store.ts";
import { createConsoleMessageStore } from "../../../src/infra/prisma/console-message-store.ts";
import { toCsv, toXlsx } from "../../../src/infra/export/write-export.ts";
import { createPrismaClient, type Db } from "../../../src/infra/prisma/client.ts";
import { reportOverlast, REPORT_BERGEN_OP_ZOOM } from "../../support/fixtures.ts";
import { listeningServer, startTestProvider, type TestProvider } from "../../support/oidc-test-provider.ts";
import { startTestApp, type TestApp } from "../../support/test-app.ts";

const SECRET = "r".repeat(48);
const PLANTED = {
  ...REPORT_BERGEN_OP_ZOOM,
  resident_name: "PLANTED-NAAM-4471",
  address: "PLANTED-ADRES-4471",
  description: "PLANTED-TEKST-4471",
};
/** What an anonymous client must never see: the resident's details, case references (DMs, cards, exports), names. */
const LEAKS = /PLANTED-|OV-20\d\d-|Anouk|Yvonne|Bergen op Zoom|reference,/;

describe("production mode refuses everyone without a session", () => {
  let provider: TestProvider;
  let app: TestApp;
  let db: Db;
  let demoRoutes: { method: string; path: string }[];

  beforeAll(async () => {
    const { server, url } = await listeningServer();
    provider = await startTestProvider(`${url}/auth/callback`, {});
    app = await startTestApp({
      server,
      production: {
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        publicUrl: url,
        sessionSecret: SECRET,
        emailClaim: "email",
        emailVerifiedClaim: "email_verified",
        sessionHours: 8,
        requiredClaims: {},
      },
    });
    db = await createPrismaClient(app.databaseUrl);
    await reportOverlast(app.ctx, PLANTED);
    await app.flush();
    // The demo console's routes, built the way demo mode builds them, to try each against production.
    const demo = createConsoleApp({
      ctx: app.ctx,
      messages: createConsoleMessageStore(db),
      flush: async () => {},
      exportFiles: { toCsv, toXlsx },
    });
    demoRoutes = demo.routes.filter((r) => r.method !== "ALL").map((r) => ({ method: r.method, path: r.path }));
  }, 60_000);

  afterAll(async () => {
    await db?.$disconnect();
    await app?.close();
    await provider?.close();
  }, 60_000);

  const state = async () =>
    JSON.stringify([
      await db.case.count(),
      await db.caseEvent.count(),
      await db.consoleMessage.count(),
      await db.outboxMessage.count(),
      await db.webSession.count(),
      await db.setting.findMany(),
      await db.residentDetails.count(),
    ]);
  const concrete = (path: string) => path.replace(/:id\b/g, "dm-anouk-jansen").replace(/:\w+/g, "report:overlast");
  const demoBody = {
    as: "yvonne-maas",
    command: "/overlast",
    text: "mijn",
    values: PLANTED,
    messageId: "x",
    actionId: "case.details",
    hours: 24,
  };
  const json = { "content-type": "application/json" };

  async function send(method: string, path: string, init: RequestInit = {}) {
    const response = await fetch(`${app.url}${path}`, { method, redirect: "manual", ...init });
    const location = response.headers.get("location") ?? "";
    return { status: response.status, location, body: await response.text(), headers: response.headers };
  }

  it("every route the server registers answers 401, a sign-in redirect or a page without data", async () => {
    const before = await state();
    const routes = app.routes.filter((r) => r.method !== "ALL");
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining(["GET /digest", "GET /api/export.csv", "POST /auth/logout", "GET /cases"]),
    );
    for (const route of routes) {
      for (const cookie of [undefined, "__Host-schakel-session=forged-session-token"]) {
        const init: RequestInit = route.method === "GET" ? {} : { body: JSON.stringify(demoBody), headers: json };
        if (cookie) init.headers = { ...(init.headers as Record<string, string>), cookie };
        const r = await send(route.method, concrete(route.path), init);
        const where = `${route.method} ${route.path} ${cookie ?? ""}`;
        expect(r.body, where).not.toMatch(LEAKS);
        if (route.path === "/auth/login") expect(r.location.startsWith(`${provider.issuer}/`), where).toBe(true);
        else if (route.path === "/auth/callback") expect(r.status, where).toBe(400);
        else if (route.path === "/auth/signed-out") expect(r.status, where).toBe(200);
        // The external participant's sign-in form: the page itself, or a refused (empty) code.
        else if (route.path === "/extern") expect(r.status, where).toBe(route.method === "GET" ? 200 : 422);
        else if (route.path.startsWith("/extern/")) expect(r.status, where).toBe(401);
        else if (route.method === "GET" && !route.path.startsWith("/api/")) {
          expect(r.location, where).toMatch(/^\/auth\/login\?returnTo=%2F/);
        } else expect(r.status, where).toBe(401);
      }
    }
    expect(await state()).toBe(before);
  });

  it("the sign-in request carries PKCE (S256), state and nonce, and returns to the registered callback", async () => {
    const r = await send("GET", "/auth/login?returnTo=https%3A%2F%2Fevil.example");
    const to = new URL(r.location);
    expect(to.searchParams.get("code_challenge_method")).toBe("S256");
    for (const p of ["code_challenge", "state", "nonce"]) {
      expect(to.searchParams.get(p)?.length, p).toBeGreaterThanOrEqual(22);
    }
    expect(to.searchParams.get("redirect_uri")).toBe(`${app.url}/auth/callback`);
    expect(r.headers.get("set-cookie")).toMatch(
      /^__Host-schakel-sign-in=.*; Max-Age=600; Path=\/; HttpOnly; Secure; SameSite=Lax/,
    );
    // A callback with a forged (unsigned) sign-in cookie is refused before anything is asked of the provider.
    const forged = encodeURIComponent(JSON.stringify({ state: "s", nonce: "n", verifier: "v", returnTo: "/" }));
    const cookie = `__Host-schakel-sign-in=${forged}`;
    const callback = await send("GET", "/auth/callback?code=x&state=s", { headers: { cookie } });
    expect(callback.status).toBe(400);
  });

  it("the demo's act-as API, clock and page are refused, as JSON or as a form, and change nothing", async () => {
    const before = await state();
    expect(demoRoutes.length).toBeGreaterThanOrEqual(10);
    for (const route of demoRoutes) {
      const bodies: RequestInit[] =
        route.method === "GET"
          ? [{}]
          : [
              { body: JSON.stringify(demoBody), headers: json },
              { body: new URLSearchParams({ as: "yvonne-maas", command: "/overlast" }), headers: { origin: app.url } },
            ];
      for (const init of bodies) {
        const r = await send(route.method, `${concrete(route.path)}?as=yvonne-maas`, init);
        const where = `${route.method} ${route.path}`;
        expect(r.body, where).not.toMatch(LEAKS);
        // The external participant's sign-in form (no data; a code is needed) is the one public page.
        const signInForm = route.path === "/extern" && r.body.includes("Uitnodigingscode");
        const refused = signInForm || r.status === 401 || r.status === 404 || r.location.startsWith("/auth/login");
        expect(refused, `${where} → ${r.status}`).toBe(true);
      }
    }
    expect(await state()).toBe(before);
  });

  it("sends security headers and no-store on every answer", async () => {
    const r = await send("GET", "/digest");
    expect(r.headers.get("content-security-policy")).toMatch(
      /default-src 'none'.*form-action 'self'.*frame-ancestors 'none'/,
    );
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    expect(r.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(r.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    expect(r.headers.get("cache-control")).toBe("no-store");
  });

  it("a signed-in coordinator sees only the regions they coordinate; the demo API stays 404 for them too", async () => {
    await db.region.create({
      data: { id: "elders", name: "Elders", sharedChannel: "elders-casuistiek", coordinatorsChannel: "elders-coord" },
    });
    await db.municipality.create({ data: { id: "elders-stad", name: "Eldersstad", regionId: "elders" } });
    const { id: _id, ...wbwCase } = await db.case.findFirstOrThrow();
    await db.case.create({ data: { ...wbwCase, reference: "OV-2026-9999", municipalityId: "elders-stad" } });
    const now = app.ctx.clock.now();
    const sessions = createWebSessionStore(db, SECRET);
    const { token, session } = await sessions.create("yvonne-maas", now, new Date(now.getTime() + 3_600_000));
    const headers = { cookie: `__Host-schakel-session=${token}`, "x-csrf-token": session.csrfToken, origin: app.url };
    expect((await send("GET", "/digest?region=wbw", { headers })).status).toBe(200);
    for (const page of ["/digest", "/roster", "/cases", "/api/digest"]) {
      const path = `${page}?region=elders`;
      const r = await send("GET", path, { headers });
      expect(r.status, path).toBe(404);
      expect(r.body, path).not.toMatch(/Eldersstad/);
    }
    expect((await send("GET", "/", { headers })).body).not.toMatch(/Elders/);
    for (const path of ["/cases?region=wbw", "/api/export.csv?from=2026-01-01&to=2026-12-31&table=cases"]) {
      const body = (await send("GET", path, { headers })).body;
      expect(body, path).toContain(wbwCase.reference);
      expect(body, path).not.toContain("OV-2026-9999");
    }
    const before = await state();
    // The digest and export routes are shared with the coordinator's page; everything else of the demo is absent.
    const demoOnly = demoRoutes.filter((d) => !app.routes.some((r) => r.method === d.method && r.path === d.path));
    expect(demoOnly.map((r) => r.path)).toEqual(
      expect.arrayContaining(["/api/commands", "/api/actions", "/api/clock/advance", "/app.js"]),
    );
    for (const route of demoOnly) {
      const post = { headers: { ...headers, ...json }, body: JSON.stringify(demoBody) };
      const init = route.method === "GET" ? { headers } : post;
      expect((await send(route.method, concrete(route.path), init)).status, `${route.method} ${route.path}`).toBe(404);
    }
    expect(await state()).toBe(before);
  });
});
