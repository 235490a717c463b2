// The external participant's console: sign in with the one-time invitation code, then see and act on one case
// only. The session is the web page's server-side session (cookie token, CSRF token), keyed to the external id.
import { timingSafeEqual } from "node:crypto";
import { Hono, type Context } from "hono";
import { getCookie, setCookie, deleteCookie } from "hono/cookie";
import { z } from "zod";
import type { AppContext } from "../../app/context.ts";
import { completeStepAsExternal } from "../../app/external/complete-external-step.ts";
import { redeemExternalInvite } from "../../app/external/external-sign-in.ts";
import { recordCaseEventAsExternal } from "../../app/external/record-external-event.ts";
import { refuseOtherCase, viewExternalCase } from "../../app/external/view-external-case.ts";
import { failureResult } from "../../app/interactions/result.ts";
import { t } from "../../i18n/messages.ts";
import type { WebSessionStore } from "../../app/web-session-port.ts";
import { STATUS } from "./console-status.ts";

export const EXTERNAL_COOKIE = "schakel-extern";
const SESSION_MS = 8 * 60 * 60 * 1000;
const COOKIE = { path: "/", httpOnly: true, sameSite: "Strict" } as const;

type Env = { Variables: { actorId: string; csrfToken: string } };

const sameToken = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export function createExternalRoutes(o: { ctx: AppContext; sessions: WebSessionStore; flush: () => Promise<void> }) {
  const { ctx, sessions } = o;
  const api = new Hono<Env>();
  const refuse = (c: Context, error: unknown) => {
    const result = failureResult(error, "nl", ctx.log, { path: c.req.path });
    // A missing reason or an over-long text: the field's sentence, as the console's forms show it.
    if (result.kind === "field_errors") {
      const first = Object.values(result.errors)[0] ?? t("nl", "error.internal");
      return c.json({ ok: false, error: first, errors: result.errors }, 422);
    }
    if (result.kind !== "error") return c.json({ ok: false, error: t("nl", "error.internal") }, 500);
    return c.json({ ok: false, error: result.error }, STATUS[result.code]);
  };
  api.post("/aanmelden", async (c) => {
    const body = z.object({ code: z.string().max(40) }).safeParse(await c.req.json().catch(() => undefined));
    try {
      const signedIn = await redeemExternalInvite({ ctx, code: body.success ? body.data.code : "", platform: "local" });
      const now = ctx.clock.now();
      const { token, session } = await sessions.create(signedIn.actorId, now, new Date(now.getTime() + SESSION_MS));
      setCookie(c, EXTERNAL_COOKIE, token, { ...COOKIE, expires: session.expiresAt });
      return c.json({ ok: true, reference: signedIn.reference, role: signedIn.role, csrfToken: session.csrfToken });
    } catch (error) {
      return refuse(c, error);
    }
  });
  // Everything else needs the session; an unsafe method also its CSRF token.
  api.use("*", async (c, next) => {
    const token = getCookie(c, EXTERNAL_COOKIE);
    const session = token ? await sessions.find(token, ctx.clock.now()) : null;
    if (!session) return c.json({ ok: false, error: t("nl", "error.external_session_required") }, 401);
    const sent = c.req.header("x-csrf-token") ?? "";
    if (c.req.method !== "GET" && !sameToken(sent, session.csrfToken)) {
      ctx.log.warn({ path: c.req.path }, "external request refused: missing or wrong CSRF token");
      return c.json({ ok: false, error: t("nl", "web.csrf_refused") }, 403);
    }
    c.set("actorId", session.personId);
    c.set("csrfToken", session.csrfToken);
    await next();
  });
  const actor = (c: Context<Env>) => ({ actorId: c.var.actorId, platform: "local" as const });
  api.get("/zaak", async (c) => {
    try {
      return c.json({ ok: true, case: await viewExternalCase({ ctx, ...actor(c) }) });
    } catch (error) {
      return refuse(c, error);
    }
  });
  api.get("/zaken/:reference", async (c) => {
    try {
      const view = await viewExternalCase({ ctx, ...actor(c) });
      if (view.reference === c.req.param("reference").toUpperCase()) return c.json({ ok: true, case: view });
      return refuse(c, await refuseOtherCase({ ctx, ...actor(c), reference: c.req.param("reference") }));
    } catch (error) {
      return refuse(c, error);
    }
  });
  api.post("/stappen/:stepId/afronden", async (c) => {
    const body = z.object({ note: z.string().max(4000).optional() }).safeParse(await c.req.json().catch(() => ({})));
    const note = body.success ? body.data.note : undefined;
    try {
      const personId = c.var.actorId;
      const done = await completeStepAsExternal({
        ctx,
        actor: { personId, platform: "local" },
        stepId: c.req.param("stepId"),
        ...(note ? { note } : {}),
      });
      await o.flush();
      return c.json({ ok: true, message: { text: t("nl", "done.step_completed", done) } });
    } catch (error) {
      return refuse(c, error);
    }
  });
  api.post("/gebeurtenissen", async (c) => {
    const body = z
      .object({ event: z.string().max(100), reason: z.string().max(2000) })
      .partial()
      .safeParse(await c.req.json().catch(() => ({})));
    const input = body.success ? body.data : {};
    try {
      const actor = { personId: c.var.actorId, platform: "local" as const };
      const done = await recordCaseEventAsExternal({ ctx, actor, event: input.event, reason: input.reason });
      await o.flush();
      return c.json({ ok: true, message: { text: t("nl", "done.external_event", done) } });
    } catch (error) {
      return refuse(c, error);
    }
  });
  api.post("/afmelden", async (c) => {
    const token = getCookie(c, EXTERNAL_COOKIE);
    if (token) await sessions.revoke(token);
    deleteCookie(c, EXTERNAL_COOKIE, COOKIE);
    return c.json({ ok: true });
  });
  return api;
}
