// A local fake of the Slack Web API (and of response_url): records every call, keeps channel messages so
// chat.update changes them, and can be told to fail a method (429 + Retry-After, or 500).
import type { Parsed } from "../../support/parsed.ts";
import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { LocalHttpFake } from "../../support/local-http-fake.ts";

/** The bearer token is the bot token the call was made with (which workspace's install). */
export interface RecordedCall {
  method: string;
  body: Record<string, Parsed>;
  seq: number;
  token?: string;
}
/**
 * A workspace that can install Schakel: OAuth `code` → its bot token; its own users (id → e-mail). With `orgWide`
 * the install is an Enterprise Grid org-wide one (no team; its token serves every workspace of `enterpriseId`).
 */
export interface FakeWorkspace {
  teamId: string;
  enterpriseId?: string;
  orgWide?: boolean;
  code: string;
  botToken: string;
  users: Record<string, string>;
}
export interface StoredMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: Parsed[];
  thread_ts?: string;
}
type Failure = { status: 429; retryAfter: number } | { status: 500 } | { error: string };

const parseValue = (v: string) => (/^[[{]/.test(v) ? JSON.parse(v) : v);

export class FakeSlackApi extends LocalHttpFake {
  readonly calls: RecordedCall[] = [];
  readonly messages: StoredMessage[] = [];
  /** Channels the bot cannot post in, as conversations.info tells (every other channel: a member). */
  readonly channelProblems = new Map<string, "not_in_channel" | "channel_not_found">();
  readonly views = new Map<string, Parsed>();
  /** Guests of the workspace, as users.info marks them (single-channel: ultra restricted; multi-channel: restricted). */
  readonly guests = new Map<string, "single" | "multi">();
  private readonly failures = new Map<string, Failure[]>();
  private readonly events = new EventEmitter();
  private counter = 0;

  /** @param users Slack user id → e-mail address (users.info / users.lookupByEmail). */
  constructor(
    private readonly users: Record<string, string>,
    private readonly workspaces: FakeWorkspace[] = [],
  ) {
    super();
  }

  private usersFor(token: string | undefined): Record<string, string> {
    return this.workspaces.find((w) => w.botToken === token)?.users ?? this.users;
  }

  get apiUrl() {
    return `${this.url}/api/`;
  }
  responseUrl(id: string) {
    return `${this.url}/response/${id}`;
  }

  /** A user who joins the workspace later (a guest invited for one case), with their e-mail address. */
  addUser(id: string, email: string, guest?: "single" | "multi"): void {
    this.users[id] = email;
    if (guest) this.guests.set(id, guest);
  }

  failNext(method: string, times: number, failure: Failure): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...Array.from({ length: times }, () => failure)]);
  }
  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves with the first call (from `since` on) that matches; rejects after `ms` with what was seen. */
  waitFor(match: (c: RecordedCall) => boolean, since = 0, ms = 5000): Promise<RecordedCall> {
    const found = this.calls.slice(since).find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.events.off("call", listener);
        reject(
          new Error(
            `no matching Slack call within ${ms} ms; calls since ${since}: ${this.calls
              .slice(since)
              .map((c) => c.method)
              .join(", ")}`,
          ),
        );
      }, ms);
      const listener = (c: RecordedCall) => {
        if (!match(c)) return;
        clearTimeout(timer);
        this.events.off("call", listener);
        resolve(c);
      };
      this.events.on("call", listener);
    });
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const isResponseUrl = path.startsWith("/response/");
    const method = isResponseUrl ? "response_url" : path.replace(/^\/api\//, "");
    const body: Record<string, Parsed> =
      isResponseUrl || (req.headers["content-type"] ?? "").includes("json")
        ? JSON.parse(raw || "{}")
        : Object.fromEntries([...new URLSearchParams(raw)].map(([k, v]) => [k, parseValue(v)]));
    if (isResponseUrl) body.response_id = path.slice("/response/".length);
    const failure = this.failures.get(method)?.shift();
    const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ""))?.[1] ?? body.token;
    const call: RecordedCall = { method, body, seq: this.calls.length, ...(bearer ? { token: bearer } : {}) };
    this.calls.push(call);
    if (failure && "status" in failure) {
      res.writeHead(failure.status, failure.status === 429 ? { "retry-after": String(failure.retryAfter) } : {});
      res.end();
    } else {
      const answer = failure ? { ok: false, error: failure.error } : this.answer(method, body, call.token);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(answer));
    }
    this.events.emit("call", call);
  }

  private oauthAccess(code: string): Record<string, unknown> {
    const w = this.workspaces.find((x) => x.code === code);
    if (!w) return { ok: false, error: "invalid_code" };
    return {
      ok: true,
      access_token: w.botToken,
      token_type: "bot",
      scope: "commands,chat:write,im:write,users:read,users:read.email",
      bot_user_id: "UBOT",
      app_id: "AAPP",
      team: w.orgWide ? null : { id: w.teamId, name: w.teamId },
      enterprise: w.enterpriseId ? { id: w.enterpriseId, name: w.enterpriseId } : null,
      is_enterprise_install: Boolean(w.orgWide),
      authed_user: { id: "UINSTALLER" },
    };
  }

  private answer(method: string, body: Record<string, Parsed>, token?: string): Record<string, unknown> {
    const ts = () => `1700000000.${String(++this.counter).padStart(6, "0")}`;
    const users = this.usersFor(token);
    switch (method) {
      case "oauth.v2.access":
        return this.oauthAccess(String(body.code));
      case "auth.test":
        return {
          ok: true,
          user_id: "UBOT",
          bot_id: "BBOT",
          team_id: this.workspaces.find((w) => w.botToken === token)?.teamId ?? "TTEAM",
          user: "schakel",
        };
      case "chat.postMessage": {
        const message = {
          channel: body.channel,
          ts: ts(),
          text: body.text ?? "",
          blocks: body.blocks ?? [],
          ...(body.thread_ts ? { thread_ts: body.thread_ts } : {}),
        };
        this.messages.push(message);
        return { ok: true, channel: body.channel, ts: message.ts };
      }
      case "chat.update": {
        const message = this.messages.find((m) => m.channel === body.channel && m.ts === body.ts);
        if (!message) return { ok: false, error: "message_not_found" };
        Object.assign(message, { text: body.text ?? message.text, blocks: body.blocks ?? message.blocks });
        return { ok: true, channel: body.channel, ts: body.ts };
      }
      case "chat.postEphemeral":
        return { ok: true, message_ts: ts() };
      case "views.open":
      case "views.update":
      case "views.publish": {
        const id = `V${++this.counter}`;
        body.view.id = id;
        this.views.set(id, body.view);
        return { ok: true, view: { ...body.view, id } };
      }
      case "conversations.info": {
        const problem = this.channelProblems.get(body.channel);
        if (problem === "channel_not_found") return { ok: false, error: problem };
        return { ok: true, channel: { id: body.channel, is_member: problem !== "not_in_channel", is_archived: false } };
      }
      case "conversations.open":
        return { ok: true, channel: { id: `D${String(body.users).slice(1)}` } };
      case "users.info": {
        const email = users[body.user];
        // Grid users carry their org, as Slack's users.info does (enterprise_user).
        const org = this.workspaces.find((w) => w.botToken === token)?.enterpriseId;
        const grid = org ? { enterprise_user: { id: body.user, enterprise_id: org } } : {};
        const guest = this.guests.get(body.user);
        const flags = guest ? { is_restricted: guest === "multi", is_ultra_restricted: guest === "single" } : {};
        return email
          ? { ok: true, user: { id: body.user, profile: { email }, ...grid, ...flags } }
          : { ok: false, error: "user_not_found" };
      }
      case "users.lookupByEmail": {
        const id = Object.entries(users).find(([, e]) => e === body.email)?.[0];
        return id ? { ok: true, user: { id } } : { ok: false, error: "users_not_found" };
      }
      case "response_url":
        return { ok: true };
      default:
        return { ok: false, error: "unknown_method" };
    }
  }
}
