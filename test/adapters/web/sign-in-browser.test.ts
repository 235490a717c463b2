// Production sign-in end to end: a real OpenID Connect provider (oidc-provider) and headless Chromium.
// A coordinator signs in and sees the digest; a non-coordinator and an unverified e-mail get the Dutch refusal;
// the session cookie is __Host-, HttpOnly, Secure, SameSite=Lax; a new sign-in rotates it; POSTs need the CSRF
// token; returnTo never leaves the site; the demo console does not exist; sign-out (POST) ends the session.
import { must } from "../../support/must.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { canRunChromium, launchChromium } from "../../support/chromium.ts";
import { reportOverlast, REPORT_BERGEN_OP_ZOOM } from "../../support/fixtures.ts";
import { listeningServer, startTestProvider, type TestProvider } from "../../support/oidc-test-provider.ts";
import { startTestApp, type TestApp } from "../../support/test-app.ts";

const PLANTED = {
  ...REPORT_BERGEN_OP_ZOOM,
  resident_name: "PLANTED-NAAM-8812",
  address: "PLANTED-ADRES-8812",
  description: "PLANTED-TEKST-8812",
};
const ACCOUNTS = {
  yvonne: { email: "Yvonne-Maas@demo.schakel.nl", emailVerified: true },
  anouk: { email: "anouk-jansen@demo.schakel.nl", emailVerified: true },
  unverified: { email: "yvonne-maas@demo.schakel.nl", emailVerified: false },
};

describe.skipIf(!canRunChromium)("production sign-in with OpenID Connect in a browser", () => {
  let provider: TestProvider;
  let app: TestApp;
  let browser: Browser;
  let reference: string;

  beforeAll(async () => {
    const { server, url } = await listeningServer();
    provider = await startTestProvider(`${url}/auth/callback`, ACCOUNTS);
    app = await startTestApp({
      server,
      production: {
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        publicUrl: url,
        sessionSecret: "s".repeat(48),
        emailClaim: "email",
        emailVerifiedClaim: "email_verified",
        sessionHours: 8,
        requiredClaims: {},
      },
    });
    reference = (await reportOverlast(app.ctx, PLANTED)).reference;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await provider?.close();
  }, 60_000);

  async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return { context, page };
  }

  /** Opens `path`, is sent to the provider, signs in as `login` and agrees (the provider skips what it remembers). */
  async function signIn(page: Page, path: string, login: keyof typeof ACCOUNTS): Promise<URL> {
    await page.goto(`${app.url}${path}`);
    while (page.url().startsWith(provider.issuer)) {
      const loginField = page.locator('input[name="login"]');
      if (await loginField.count()) {
        await loginField.fill(login);
        await page.locator('input[name="password"]').fill("any-password");
      }
      const here = page.url();
      await Promise.all([page.waitForURL((url) => url.href !== here), page.locator('button[type="submit"]').click()]);
    }
    expect(page.url().startsWith(app.url)).toBe(true);
    return new URL(page.url());
  }
  const caseCount = async () =>
    (await app.ctx.store.read.casesReportedBetween(new Date(0), new Date("2100-01-01"))).cases.length;

  const sessionCookie = async (context: BrowserContext) =>
    (await context.cookies(app.url)).find((c) => c.name === "__Host-schakel-session");

  it("a coordinator signs in, returns to the digest and its chart, and sees the roster, cases, exports", async () => {
    const { context, page } = await newPage();
    const landed = await signIn(page, "/digest?region=wbw", "yvonne");
    expect(landed.pathname + landed.search).toBe("/digest?region=wbw");
    await expect(page.locator("h1").textContent()).resolves.toMatch(/^Weekoverzicht West-Brabant West, week \d+/);
    expect(await page.locator("figure svg").count()).toBeGreaterThan(0);
    expect(await page.getByText("Aangemeld als Yvonne Maas").count()).toBe(1);
    const cookie = await sessionCookie(context);
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax", path: "/" });

    await page.goto(`${app.url}/roster?region=wbw`);
    expect(await page.getByTestId("roster").textContent()).toContain("Anouk Jansen");
    await page.goto(`${app.url}/cases?region=wbw`);
    const cases = (await page.getByTestId("cases").textContent()) ?? "";
    expect(cases).toContain(reference);
    const csv = await page.request.get(`${app.url}/api/export.csv?from=2026-01-01&to=2026-12-31&table=cases`);
    expect(csv.status()).toBe(200);
    const exported = await csv.text();
    expect(exported).toContain(reference);
    for (const text of [await page.content(), exported]) expect(text).not.toMatch(/PLANTED-/);
    await context.close();
  });

  it("the demo console and its act-as API do not exist, even signed in; POSTs need the CSRF token", async () => {
    const { context, page } = await newPage();
    await signIn(page, "/", "yvonne");
    const demo = ["/app.js", "/styles.css", "/api/people", "/api/clock", "/api/channels/dm-anouk-jansen/messages"];
    for (const path of demo) {
      expect((await page.request.get(`${app.url}${path}`, { maxRedirects: 0 })).status(), path).toBe(404);
    }
    const token = (await page.locator('input[name="_csrf"]').first().getAttribute("value")) ?? "";
    const before = await caseCount();
    const command = await page.request.post(`${app.url}/api/commands`, {
      data: { as: "femke-de-wit", command: "/overlast" },
      headers: { "x-csrf-token": token },
    });
    expect(command.status()).toBe(404);
    expect(await caseCount()).toBe(before);

    const logout = (form: Record<string, string>, headers: Record<string, string> = {}) =>
      page.request.post(`${app.url}/auth/logout`, { form, headers: { origin: app.url, ...headers }, maxRedirects: 0 });
    expect((await logout({})).status()).toBe(403);
    expect((await logout({ _csrf: "forged-token" })).status()).toBe(403);
    const crossOrigin = await logout({ _csrf: token }, { origin: "http://evil.example" });
    expect(crossOrigin.status()).toBe(403);
    expect(await crossOrigin.text()).toContain("kwam niet van deze pagina. Er is niets gewijzigd.");
    // None of those ended the session.
    expect((await page.request.get(`${app.url}/api/digest?region=wbw`)).status()).toBe(200);

    await page.getByTestId("sign-out").click();
    await page.waitForURL(`${app.url}/auth/signed-out`);
    expect(await page.getByTestId("message").textContent()).toBe("Je bent afgemeld.");
    expect((await page.request.get(`${app.url}/api/digest?region=wbw`)).status()).toBe(401);
    await context.close();
  });

  it("signing in again rotates the session id, and returnTo never leads off the site", async () => {
    const { context, page } = await newPage();
    await signIn(page, "/", "yvonne");
    const first = must(await sessionCookie(context), "await sessionCookie(context)").value;
    const landed = await signIn(page, `/auth/login?returnTo=${encodeURIComponent("//evil.example/steal")}`, "yvonne");
    expect(landed.href).toBe(`${app.url}/`);
    const second = must(await sessionCookie(context), "await sessionCookie(context)").value;
    expect(second).not.toBe(first);
    const cookie = `__Host-schakel-session=${first}`;
    const withOld = await fetch(`${app.url}/api/digest?region=wbw`, { headers: { cookie } });
    expect(withOld.status).toBe(401);
    await context.close();
  });

  it("a signed-in person who is not a coordinator gets the Dutch refusal and no session", async () => {
    const { context, page } = await newPage();
    await signIn(page, "/digest?region=wbw", "anouk");
    expect(await page.locator("h1").textContent()).toBe("Geen toegang");
    expect(await page.getByTestId("message").textContent()).toMatch(/niet als coördinator in het rooster/);
    expect(await page.content()).not.toMatch(/Weekoverzicht West-Brabant|OV-20/);
    expect(await sessionCookie(context)).toBeUndefined();
    await context.close();
  });

  it("an e-mail the provider does not mark verified is never trusted, even a coordinator's", async () => {
    const { context, page } = await newPage();
    await signIn(page, "/", "unverified");
    expect(await page.getByTestId("message").textContent()).toMatch(/geen bevestigd e-mailadres/);
    expect(await sessionCookie(context)).toBeUndefined();
    await context.close();
  });
});
