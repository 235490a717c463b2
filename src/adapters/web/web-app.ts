// The production web surface: a coordinator's page behind OpenID Connect sign-in, with security headers,
// CSRF checks and no-store caching. The demo console's act-as API and clock are not part of it at all.
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { csrf } from "hono/csrf";
import { secureHeaders } from "hono/secure-headers";
import type { AppContext } from "../../app/context.ts";
import type { WebAuthConfig } from "../../config/web-auth-config.ts";
import { t } from "../../i18n/messages.ts";
import { renderMessagePage, renderNav } from "../../ui/coordinator-layout.ts";
import { createDigestRoutes } from "../local/digest-routes.ts";
import type { ExportFiles } from "../../app/export-files.ts";
import { createCoordinatorRoutes, navOf } from "./coordinator-routes.ts";
import { createExternalWebRoutes, refuseExternalElsewhere } from "./external-web-routes.ts";
import { createOidcSignIn, type OidcSignIn } from "./oidc-sign-in.ts";
import { requireCsrfToken, requireSession } from "./require-session.ts";
import { createSignInRoutes, createSignOutRoute } from "./sign-in-routes.ts";
import type { Viewer } from "./coordinator-scope.ts";
import type { WebEnv } from "./web-env.ts";
import { SESSION_COOKIE, type WebSessionStore } from "./web-sessions.ts";

export interface CoordinatorWebOptions {
  ctx: AppContext;
  auth: WebAuthConfig;
  sessions: WebSessionStore;
  signIn?: OidcSignIn;
  /** The CSV and XLSX writers of the digest page's downloads. */
  exportFiles: ExportFiles;
}

export function createCoordinatorWebApp(options: CoordinatorWebOptions): Hono<WebEnv> {
  const { ctx, auth, sessions, exportFiles, signIn = createOidcSignIn(auth) } = options;
  const app = new Hono<WebEnv>();
  app.use(
    "*",
    secureHeaders({
      // No scripts at all; the pages' own <style> blocks and inline SVG chart need nothing else.
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
      referrerPolicy: "same-origin",
    }),
  );
  app.use("*", async (c, next) => {
    await next();
    c.header("cache-control", "no-store");
  });
  // Form posts must come from our own origin (Origin / Sec-Fetch-Site); the session's token is checked too.
  app.use("*", csrf({ origin: new URL(auth.publicUrl).origin }));
  app.route("/", createSignInRoutes({ ctx, auth, sessions, signIn }));
  // External participants: their own sign-in and case; a browser with only their cookie gets nothing else.
  app.route("/", createExternalWebRoutes({ ctx, sessions, sessionHours: auth.sessionHours }));
  app.use("*", refuseExternalElsewhere(ctx, SESSION_COOKIE));
  app.use("*", requireSession(ctx, sessions));
  app.use("*", requireCsrfToken(ctx));
  app.route("/", createSignOutRoute(sessions, ctx));
  app.route(
    "/",
    createDigestRoutes(ctx, {
      files: exportFiles,
      regionsOf: (c) => (c.get("viewer") as Viewer).regionIds,
      chromeOf: (c) => ({ header: renderNav(navOf(c.get("viewer") as Viewer, c.req.query("region"))) }),
    }),
  );
  app.route("/", createCoordinatorRoutes(ctx));
  app.notFound((c) => c.html(renderMessagePage(t("nl", "web.not_found"), t("nl", "web.not_found"), false), 404));
  app.onError((error, c) => {
    // hono/csrf refuses a cross-origin form post with a bare 403; say it in Dutch, like the token check does.
    if (error instanceof HTTPException && error.status === 403) {
      const where = { path: c.req.path, origin: c.req.header("origin") ?? null };
      ctx.log.warn(where, "web request refused: cross-origin form post");
      return c.html(renderMessagePage(t("nl", "web.refused.title"), t("nl", "web.csrf_refused"), false), 403);
    }
    if (error instanceof HTTPException) return error.getResponse();
    ctx.log.error({ err: error, path: c.req.path }, "web request failed");
    return c.html(renderMessagePage(t("nl", "web.title"), t("nl", "error.internal"), false), 500);
  });
  return app;
}
