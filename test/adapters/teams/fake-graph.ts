// A local fake of the Microsoft Graph endpoints Schakel uses to install its personal app for a user: install
// (201, or 409 when already installed), list the user's installations, and the installation's chat; and Activity
// feed notifications (204, recorded). Users it is told to refuse get 403, as without the admin-granted permission;
// `failFeed` makes every feed notification fail with 500.
import type { IncomingMessage, ServerResponse } from "node:http";
import { LocalHttpFake } from "../../support/local-http-fake.ts";

export const CATALOG_APP_ID = "3f2e1d0c-9b8a-4776-8554-433221100ffe";

export class FakeGraph extends LocalHttpFake {
  /** Every request ("POST /v1.0/users/..."), with the Authorization header it carried. */
  readonly requests: { line: string; authorization: string | undefined; body: unknown }[] = [];
  readonly installed = new Set<string>();
  readonly refused = new Set<string>();
  /** Activity feed notifications that were accepted, per user (Entra object id or UPN). */
  readonly feed: { user: string; body: Record<string, unknown> }[] = [];
  failFeed = false;

  chatOf = (user: string) => `19:graph-${user.split("@")[0]}@unq.gbl.spaces`;

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : null;
    const url = decodeURIComponent(req.url ?? "");
    this.requests.push({ line: `${req.method} ${url}`, authorization: req.headers.authorization, body });
    const reply = (status: number, json: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(json));
    };
    const feed = /^\/v1\.0\/users\/([^/]+)\/teamwork\/sendActivityNotification$/.exec(url);
    if (feed?.[1] && req.method === "POST") {
      if (this.refused.has(feed[1])) return reply(403, { error: { code: "Forbidden", message: "Missing role" } });
      if (this.failFeed) return reply(500, { error: { code: "InternalServerError", message: "try later" } });
      this.feed.push({ user: feed[1], body });
      res.writeHead(204).end();
      return;
    }
    const match = /^\/v1\.0\/users\/([^/]+)\/teamwork\/installedApps(?:\/([^/?]+)\/chat)?(\?.*)?$/.exec(url);
    if (!match?.[1]) return reply(404, { error: { code: "NotFound", message: "no such endpoint" } });
    const user = match[1];
    if (this.refused.has(user)) return reply(403, { error: { code: "Forbidden", message: "Missing role" } });
    if (req.method === "POST") {
      if (this.installed.has(user)) return reply(409, { error: { code: "Conflict", message: "already installed" } });
      this.installed.add(user);
      return reply(201, {});
    }
    if (!this.installed.has(user)) return reply(404, { error: { code: "NotFound", message: "not installed" } });
    if (match[2]) return reply(200, { id: this.chatOf(user) });
    return reply(200, { value: [{ id: `inst-${user}`, teamsApp: { id: CATALOG_APP_ID } }] });
  }
}
