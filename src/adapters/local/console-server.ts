// Serves the web console (static page + JSON API) on a local port.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener, serve, type ServerType } from "@hono/node-server";
import { Hono } from "hono";
import { t, templatesUnder } from "../../i18n/messages.ts";
import { createConsoleApi, type ConsoleApiOptions } from "./console-api.ts";
import { createDigestRoutes } from "./digest-routes.ts";
import type { ExportFiles } from "../../app/export-files.ts";
import { getCookie } from "hono/cookie";
import type { WebSessionStore } from "../../app/web-session-port.ts";
import { createExternalRoutes, EXTERNAL_COOKIE } from "./external-routes.ts";

const publicDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "public");
const ASSETS: Record<string, string> = Object.fromEntries(
  ["app.js", "api.js", "cards.js", "dom.js", "forms.js", "text.js", "styles.css", "extern.js"]
    .map((file) => [`/${file}`, file])
    .concat([
      ["/", "index.html"],
      ["/extern", "extern.html"],
    ]),
);
/** What an external participant's browser may load: their page, its script and look, and their API. */
const EXTERNAL_PATHS = ["/api/extern/", "/extern", "/dom.js", "/text.js", "/styles.css"];
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/** The page script's sentences (console.* in the catalogue) as JSON in the page, read by public/text.js; "<" is
 *  escaped so no sentence can end the script element. */
function withSentences(html: string, prefix = "console."): string {
  const json = JSON.stringify(templatesUnder("nl", prefix)).replace(/</g, "\\u003c");
  return html.replace("</head>", `  <script type="application/json" id="console-text">${json}</script>\n</head>`);
}

export interface ConsoleAppOptions extends ConsoleApiOptions {
  exportFiles: ExportFiles;
  /** Sessions of external participants (one case each); without it the console has no external sign-in. */
  externalSessions?: WebSessionStore;
}

export function createConsoleApp(options: ConsoleAppOptions): Hono {
  const app = new Hono();
  // The console's error boundary: a request that fails answers politely and is logged, never crashes the process.
  app.onError((error, c) => {
    options.ctx.log.error({ err: error, path: c.req.path, method: c.req.method }, "console request failed");
    return c.json({ ok: false, error: t("nl", "error.internal") }, 500);
  });
  const sessions = options.externalSessions;
  if (sessions) {
    // An external participant's browser sees their own case only: every list, channel and other case is refused.
    app.use("*", async (c, next) => {
      if (!getCookie(c, EXTERNAL_COOKIE) || EXTERNAL_PATHS.some((p) => c.req.path.startsWith(p))) return next();
      options.ctx.log.warn({ path: c.req.path }, "external participant refused outside their case");
      return c.json({ ok: false, error: t("nl", "error.external_lists_refused") }, 403);
    });
    app.route("/api/extern", createExternalRoutes({ ctx: options.ctx, sessions, flush: options.flush }));
  }
  app.route("/", createDigestRoutes(options.ctx, { files: options.exportFiles }));
  app.route("/api", createConsoleApi(options));
  for (const [route, file] of Object.entries(ASSETS)) {
    app.get(route, async (c) => {
      const content = await readFile(path.join(publicDir, file), "utf8");
      const body = file.endsWith(".html")
        ? withSentences(content, file === "extern.html" ? "extern.page." : undefined)
        : content;
      return c.body(body, 200, {
        "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "cache-control": "no-cache",
      });
    });
  }
  return app;
}

/** Serves on a new server, or on `existing` when given (already listening: tests that must know the URL first). */
export function listen(
  app: { fetch: Hono["fetch"] },
  port: number,
  host: string,
  existing?: Server,
): Promise<{ server: ServerType; port: number }> {
  if (existing) {
    existing.on("request", getRequestListener(app.fetch));
    return Promise.resolve({ server: existing, port: (existing.address() as AddressInfo).port });
  }
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => resolve({ server, port: info.port }));
  });
}
