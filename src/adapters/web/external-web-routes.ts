// The external participant's sign-in on the production web page: the one-time invitation code opens a session in
// the WebSession table (its own cookie) scoped to one case and role; the use-cases decide what they see and do.
import { Hono, type Context, type MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppContext } from "../../app/context.ts";
import { completeStepAsExternal } from "../../app/external/complete-external-step.ts";
import { redeemExternalInvite } from "../../app/external/external-sign-in.ts";
import { recordCaseEventAsExternal } from "../../app/external/record-external-event.ts";
import { refuseOtherCase, viewExternalCase } from "../../app/external/view-external-case.ts";
import { failureResult } from "../../app/interactions/result.ts";
import { parseExternalActorId } from "../../domain/case/external-access.ts";
import { t } from "../../i18n/messages.ts";
import { renderMessagePage } from "../../ui/coordinator-layout.ts";
import { renderExternalCase, renderExternalSignIn } from "../../ui/external-web-page.ts";
import { sameToken } from "./require-session.ts";
import { COOKIE_OPTIONS, type WebSessionStore } from "./web-sessions.ts";

/** The external's cookie: never the coordinator's, and a coordinator's session in it is refused (see `external`). */
export const EXTERNAL_WEB_COOKIE = "schakel-extern";

type ExtEnv = { Variables: { actorId: string; csrfToken: string } };
const formOf = async (c: Context) => (await c.req.parseBody().catch(() => ({}))) as Record<string, unknown>;
const text = (value: unknown) => (typeof value === "string" ? value : "");

export function createExternalWebRoutes(o: { ctx: AppContext; sessions: WebSessionStore; sessionHours: number }) {
  const { ctx, sessions } = o;
  const app = new Hono<ExtEnv>();
  const zone = ctx.calendar.zone;
  // Every refusal of the use-cases (access ended, another case, a step not of the role) is a 403 page in Dutch.
  const refuse = (c: Context, error: unknown) => {
    const result = failureResult(error, "nl", ctx.log, { path: c.req.path });
    const field = result.kind === "field_errors" ? Object.values(result.errors)[0] : undefined;
    if (field) return c.html(renderMessagePage(t("nl", "web.refused.title"), field, false), 422);
    if (result.kind !== "error" || result.code === "internal") {
      return c.html(renderMessagePage(t("nl", "web.title"), t("nl", "error.internal"), false), 500);
    }
    return c.html(renderMessagePage(t("nl", "web.refused.title"), result.error, false), 403);
  };
  app.get("/extern", (c) => c.html(renderExternalSignIn()));
  app.post("/extern", async (c) => {
    try {
      const code = text((await formOf(c)).code).slice(0, 40);
      const signedIn = await redeemExternalInvite({ ctx, code, platform: "local" });
      const previous = getCookie(c, EXTERNAL_WEB_COOKIE, "host");
      if (previous) await sessions.revoke(previous);
      const now = ctx.clock.now();
      const until = new Date(now.getTime() + o.sessionHours * 3_600_000);
      const { token } = await sessions.create(signedIn.actorId, now, until);
      setCookie(c, EXTERNAL_WEB_COOKIE, token, { ...COOKIE_OPTIONS, maxAge: Math.round(o.sessionHours * 3600) });
      return c.redirect("/extern/zaak", 303);
    } catch (error) {
      const result = failureResult(error, "nl", ctx.log, { path: c.req.path });
      const sentence = result.kind === "error" ? result.error : t("nl", "error.internal");
      return c.html(renderExternalSignIn(sentence), 422);
    }
  });
  app.use("/extern/*", requireExternalSession(ctx, sessions));
  app.get("/extern/zaak", async (c) => {
    try {
      const view = await viewExternalCase({ ctx, actorId: c.var.actorId, platform: "local" });
      return c.html(renderExternalCase(view, c.var.csrfToken, zone));
    } catch (error) {
      return refuse(c, error);
    }
  });
  app.get("/extern/zaken/:reference", async (c) => {
    try {
      const view = await viewExternalCase({ ctx, actorId: c.var.actorId, platform: "local" });
      if (view.reference === c.req.param("reference").toUpperCase()) return c.redirect("/extern/zaak", 302);
      return refuse(c, await refuseOtherCase({ ctx, actorId: c.var.actorId, platform: "local", ...c.req.param() }));
    } catch (error) {
      return refuse(c, error);
    }
  });
  app.post("/extern/stappen/:stepId/afronden", async (c) => {
    const note = text((await formOf(c)).note).slice(0, 4000);
    try {
      const actor = { personId: c.var.actorId, platform: "local" as const };
      const done = await completeStepAsExternal({
        ctx,
        actor,
        stepId: c.req.param("stepId"),
        ...(note ? { note } : {}),
      });
      const view = await viewExternalCase({ ctx, actorId: c.var.actorId, platform: "local" });
      return c.html(renderExternalCase(view, c.var.csrfToken, zone, t("nl", "done.step_completed", done)));
    } catch (error) {
      return refuse(c, error);
    }
  });
  app.post("/extern/gebeurtenissen", async (c) => {
    const form = await formOf(c);
    try {
      const actor = { personId: c.var.actorId, platform: "local" as const };
      const event = text(form.event).slice(0, 100);
      const done = await recordCaseEventAsExternal({ ctx, actor, event, reason: text(form.reason).slice(0, 2000) });
      const view = await viewExternalCase({ ctx, actorId: c.var.actorId, platform: "local" });
      return c.html(renderExternalCase(view, c.var.csrfToken, zone, t("nl", "done.external_event", done)));
    } catch (error) {
      return refuse(c, error);
    }
  });
  app.post("/extern/afmelden", async (c) => {
    const token = getCookie(c, EXTERNAL_WEB_COOKIE, "host");
    if (token) await sessions.revoke(token);
    deleteCookie(c, EXTERNAL_WEB_COOKIE, COOKIE_OPTIONS);
    return c.html(renderExternalSignIn(t("nl", "web.signed_out")));
  });
  return app;
}

/** A live session of an external actor (a coordinator's session in this cookie is refused); unsafe methods also
 *  need its CSRF token in the `_csrf` field. */
function requireExternalSession(ctx: AppContext, sessions: WebSessionStore): MiddlewareHandler<ExtEnv> {
  return async (c, next) => {
    const token = getCookie(c, EXTERNAL_WEB_COOKIE, "host");
    const session = token ? await sessions.find(token, ctx.clock.now()) : null;
    if (!session || !parseExternalActorId(session.personId)) {
      return c.html(renderExternalSignIn(t("nl", "error.external_session_required")), 401);
    }
    if (!["GET", "HEAD"].includes(c.req.method)) {
      const sent = c.req.header("x-csrf-token") ?? text((await formOf(c))._csrf);
      if (!sameToken(sent, session.csrfToken)) {
        ctx.log.warn({ path: c.req.path }, "external web request refused: missing or wrong CSRF token");
        return c.html(renderMessagePage(t("nl", "web.refused.title"), t("nl", "web.csrf_refused"), false), 403);
      }
    }
    c.set("actorId", session.personId);
    c.set("csrfToken", session.csrfToken);
    await next();
  };
}

/** Everywhere else on the web page, a browser with only an external's cookie is refused in Dutch. */
export function refuseExternalElsewhere(ctx: AppContext, coordinatorCookie: string): MiddlewareHandler {
  return async (c, next) => {
    if (!getCookie(c, EXTERNAL_WEB_COOKIE, "host") || getCookie(c, coordinatorCookie, "host")) return next();
    ctx.log.warn({ path: c.req.path }, "external participant refused outside their case on the web page");
    const sentence = t("nl", "error.external_lists_refused");
    if (c.req.path.startsWith("/api/")) return c.json({ ok: false, error: sentence }, 403);
    return c.html(renderMessagePage(t("nl", "web.refused.title"), sentence, false), 403);
  };
}
