// A local fake of the Bot Framework connector (the serviceUrl Teams gives the bot): records every activity the
// bot sends or updates per conversation, answers member look-ups, and can be told to fail (429 or 500).
import type { Parsed } from "../../support/parsed.ts";
import { must } from "../../support/must.ts";
import type { IncomingMessage, ServerResponse } from "node:http";
import { LocalHttpFake } from "../../support/local-http-fake.ts";

export interface SentActivity {
  op: "create" | "update";
  conversationId: string;
  id: string;
  activity: Record<string, Parsed>;
  seq: number;
}
export interface Member {
  id: string;
  name: string;
  aadObjectId: string;
  email: string;
  userPrincipalName: string;
}
type Failure = { status: 429; retryAfter: number } | { status: 500 } | { status: 404 };

export class FakeConnector extends LocalHttpFake {
  readonly sent: SentActivity[] = [];
  /** The current state of every activity: the last create or update per id. */
  readonly current = new Map<string, SentActivity>();
  /** Every request that reached this connector ("GET /v3/..."), look-ups included. */
  readonly requests: string[] = [];
  /** Channels whose members the connector will not show: 403 the bot is not in the team, 404 no such channel. */
  readonly channelProblems = new Map<string, 403 | 404 | 500>();
  /** Conversations the bot may not post in (403: not in the team), until the test deletes the entry. */
  readonly refusedConversations = new Map<string, 403 | 404>();
  private readonly failures: { op: SentActivity["op"]; failure: Failure }[] = [];
  private counter = 0;

  constructor(private readonly members: Member[]) {
    super();
  }

  failNext(op: SentActivity["op"], times: number, failure: Failure): void {
    for (let i = 0; i < times; i++) this.failures.push({ op, failure });
  }

  /** Current activities of one conversation (a channel's thread replies have ";messageid=" in their id). */
  inConversation(conversationId: string): SentActivity[] {
    return [...this.current.values()]
      .filter((s) => s.conversationId === conversationId)
      .sort((a, b) => Number(a.id.slice(2)) - Number(b.id.slice(2)));
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
    const url = decodeURIComponent(req.url ?? "");
    this.requests.push(`${req.method} ${url}`);
    const reply = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(json));
    };
    const member = /^\/v3\/conversations\/(.+)\/members\/([^/]+)$/.exec(url);
    if (req.method === "GET" && member) {
      const found = this.members.find((m) => m.id === member[2] || m.aadObjectId === member[2]);
      return found ? reply(200, found) : reply(404, { error: { code: "MemberNotFoundInConversation" } });
    }
    const paged = /^\/v3\/conversations\/(.+)\/pagedMembers(?:\?.*)?$/.exec(url);
    if (req.method === "GET" && paged) {
      const problem = this.channelProblems.get(must(paged[1], "the conversation id"));
      return problem ? reply(problem, { error: { code: "Failure" } }) : reply(200, { members: this.members });
    }
    const activity = /^\/v3\/conversations\/(.+)\/activities(?:\/([^/]+))?$/.exec(url);
    if (!activity || (req.method !== "POST" && req.method !== "PUT"))
      return reply(404, { error: { code: "NotFound" } });
    const op = req.method === "POST" ? "create" : "update";
    const failureIndex = this.failures.findIndex((f) => f.op === op);
    if (failureIndex >= 0) {
      const { failure } = must(this.failures.splice(failureIndex, 1)[0], "this.failures.splice(failureIndex, 1)[0]");
      return reply(
        failure.status,
        { error: { code: "Failure" } },
        failure.status === 429 ? { "retry-after": String(failure.retryAfter) } : {},
      );
    }
    const conversationId = must(activity[1], "activity[1]");
    const refused = this.refusedConversations.get(conversationId);
    if (refused)
      return reply(refused, { error: { code: refused === 403 ? "BotNotInConversationRoster" : "NotFound" } });
    const id = op === "create" ? `1:${++this.counter}` : must(activity[2], "activity[2]");
    if (op === "update" && !this.current.has(id)) return reply(404, { error: { code: "ActivityNotFound" } });
    const record: SentActivity = { op, conversationId, id, activity: body, seq: this.sent.length };
    this.sent.push(record);
    this.current.set(id, record);
    reply(op === "create" ? 201 : 200, { id });
  }
}
