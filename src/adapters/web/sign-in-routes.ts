// Sign-in with OpenID Connect: /auth/login sends the browser to the provider, /auth/callback checks the answer
// (openid-client), matches the verified e-mail to a roster coordinator and starts a fresh session.
import { Hono, type Context } from "hono";
import { deleteCookie, getCookie, getSignedCookie, setCookie, setSignedCookie } from "hono/cookie";
import type { AppContext } from "../../app/context.ts";
import { subKey, type WebAuthConfig } from "../../config/web-auth-config.ts";
import { t, type MessageKey } from "../../i18n/messages.ts";
import { renderMessagePage } from "../../ui/coordinator-layout.ts";
import { coordinatorRegions, personByEmail } from "./coordinator-scope.ts";
import { verifiedEmail, type OidcSignIn, type SignInTransaction } from "./oidc-sign-in.ts";
import { safeReturnTo } from "./web-env.ts";
import { COOKIE_OPTIONS, SESSION_COOKIE, SIGN_IN_COOKIE, type WebSessionStore } from "./web-sessions.ts";

export interface SignInRouteOptions {
  ctx: AppContext;
  auth: WebAuthConfig;
  sessions: WebSessionStore;
  signIn: OidcSignIn;
}

const SIGN_IN_SECONDS = 600;

function readTransaction(raw: string | false | undefined): SignInTransaction | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<SignInTransaction>;
    const fields = [value.state, value.nonce, value.verifier, value.returnTo];
    return fields.every((f) => typeof f === "string") ? (value as SignInTransaction) : null;
  } catch {
    return null;
  }
}

export function createSignInRoutes({ ctx, auth, sessions, signIn }: SignInRouteOptions): Hono {
  const app = new Hono();
  const cookieKey = subKey(auth.sessionSecret, "sign-in-cookie");
  const page = (c: Context, key: MessageKey, status: 400 | 403 | 503, again: boolean) =>
    c.html(renderMessagePage(t("nl", "web.refused.title"), t("nl", key), again), status);

  app.get("/auth/login", async (c) => {
    try {
      const { url, transaction } = await signIn.begin(safeReturnTo(c.req.query("returnTo")));
      const options = { ...COOKIE_OPTIONS, maxAge: SIGN_IN_SECONDS };
      await setSignedCookie(c, SIGN_IN_COOKIE, JSON.stringify(transaction), cookieKey, options);
      return c.redirect(url.href, 302);
    } catch (error) {
      ctx.log.error({ err: error, issuer: auth.issuer }, "sign-in could not start: OpenID provider discovery failed");
      return page(c, "web.sign_in_unavailable", 503, true);
    }
  });

  app.get("/auth/callback", async (c) => {
    const transaction = readTransaction(await getSignedCookie(c, cookieKey, SIGN_IN_COOKIE, "host"));
    deleteCookie(c, SIGN_IN_COOKIE, COOKIE_OPTIONS);
    if (!transaction) {
      ctx.log.warn({}, "sign-in callback refused: no valid sign-in cookie (expired, or not started here)");
      return page(c, "web.sign_in_failed", 400, true);
    }
    let claims: Record<string, unknown>;
    try {
      // The public URL, not the request's own: behind a proxy only it matches the registered redirect URI.
      claims = await signIn.finish(new URL(`${auth.publicUrl}/auth/callback${new URL(c.req.url).search}`), transaction);
    } catch (error) {
      ctx.log.warn({ err: error }, "sign-in callback refused: the provider's answer did not pass the checks");
      return page(c, "web.sign_in_failed", 400, true);
    }
    const email = verifiedEmail(claims, auth);
    if (!email) {
      const expected = { emailClaim: auth.emailClaim, verifiedClaim: auth.emailVerifiedClaim };
      ctx.log.warn(expected, "sign-in refused: no verified e-mail in the ID token");
      return page(c, "web.refused.unverified", 403, false);
    }
    const person = await personByEmail(ctx.store.read, email);
    const regions = person ? await coordinatorRegions(ctx.store.read, person.id) : [];
    if (!person || regions.length === 0) {
      ctx.log.warn({ personId: person?.id ?? null }, "sign-in refused: not a coordinator on the roster");
      return page(c, "web.refused.not_coordinator", 403, false);
    }
    // A fresh session id at every sign-in, and the browser's previous one revoked: no session fixation.
    const previous = getCookie(c, SESSION_COOKIE, "host");
    if (previous) await sessions.revoke(previous);
    const now = ctx.clock.now();
    const { token } = await sessions.create(person.id, now, new Date(now.getTime() + auth.sessionHours * 3_600_000));
    setCookie(c, SESSION_COOKIE, token, { ...COOKIE_OPTIONS, maxAge: Math.round(auth.sessionHours * 3600) });
    ctx.log.info({ personId: person.id, regions }, "coordinator signed in");
    // Checked when the cookie was made and again here: only a path of this site, never another host.
    return c.redirect(safeReturnTo(transaction.returnTo), 302);
  });

  app.get("/auth/signed-out", (c) => c.html(renderMessagePage(t("nl", "web.title"), t("nl", "web.signed_out"), true)));
  return app;
}

/** POST /auth/logout (behind the session and CSRF checks): revokes the session and clears the cookie. */
export function createSignOutRoute(sessions: WebSessionStore, ctx: AppContext): Hono {
  const app = new Hono();
  app.post("/auth/logout", async (c) => {
    const token = getCookie(c, SESSION_COOKIE, "host");
    if (token) await sessions.revoke(token);
    deleteCookie(c, SESSION_COOKIE, COOKIE_OPTIONS);
    ctx.log.info({}, "coordinator signed out");
    return c.redirect("/auth/signed-out", 303);
  });
  return app;
}
