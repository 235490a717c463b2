// Guards everything behind sign-in: a request without a live coordinator session gets 401 (API, exports,
// POST) or a redirect to sign-in (pages), never data; every unsafe method must carry the session's CSRF token.
import { timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { AppContext } from "../../app/context.ts";
import { t } from "../../i18n/messages.ts";
import { renderMessagePage } from "../../ui/coordinator-layout.ts";
import { coordinatorRegions, municipalitiesOf } from "./coordinator-scope.ts";
import type { WebEnv } from "./web-env.ts";
import { SESSION_COOKIE, type WebSessionStore } from "./web-sessions.ts";

function refuseAnonymous(c: Context) {
  const page = (c.req.method === "GET" || c.req.method === "HEAD") && !c.req.path.startsWith("/api/");
  if (!page) return c.json({ ok: false, error: t("nl", "web.unauthenticated") }, 401);
  const url = new URL(c.req.url);
  return c.redirect(`/auth/login?returnTo=${encodeURIComponent(url.pathname + url.search)}`, 302);
}

export function requireSession(ctx: AppContext, sessions: WebSessionStore): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE, "host");
    const session = token ? await sessions.find(token, ctx.clock.now()) : null;
    const person = session ? await ctx.store.read.person(session.personId) : null;
    // Checked on every request: someone taken off the roster as coordinator loses access at once.
    const regionIds = person ? await coordinatorRegions(ctx.store.read, person.id) : [];
    if (!session || !person || regionIds.length === 0) return refuseAnonymous(c);
    const municipalityIds = await municipalitiesOf(ctx.store.read, regionIds);
    c.set("viewer", { person, regionIds, municipalityIds, csrfToken: session.csrfToken });
    await next();
  };
}

/** Constant-time comparison of the bytes (a multibyte token of equal length in characters must not throw). */
export function sameToken(a: string, b: string): boolean {
  const sent = Buffer.from(a);
  const expected = Buffer.from(b);
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

/** The synchronizer token: a hidden `_csrf` field (or `x-csrf-token` header) equal to the session's token. */
export function requireCsrfToken(ctx: AppContext): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    if (["GET", "HEAD", "OPTIONS"].includes(c.req.method)) return next();
    const form = (c.req.header("content-type") ?? "").includes("form") ? await c.req.parseBody().catch(() => ({})) : {};
    const sent = c.req.header("x-csrf-token") ?? (form as Record<string, unknown>)._csrf;
    if (typeof sent === "string" && sameToken(sent, c.var.viewer.csrfToken)) return next();
    const where = { path: c.req.path, personId: c.var.viewer.person.id };
    ctx.log.warn(where, "web request refused: missing or wrong CSRF token");
    return c.html(renderMessagePage(t("nl", "web.refused.title"), t("nl", "web.csrf_refused"), false), 403);
  };
}
