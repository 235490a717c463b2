// With OAuth installs: every request is acted on with the acting user's own workspace, which must have
// installed Schakel; a user of a workspace that has not gets a clear Dutch answer and nothing happens.
import type { AnyMiddlewareArgs, App, Context, Middleware } from "@slack/bolt";
import type { AppContext } from "../../app/context.ts";
import { t } from "../../i18n/messages.ts";
import type { SlackClient } from "./slack-identity.ts";
import type { ReplyTarget } from "./slack-replies.ts";
import { placeOf, type SlackPlace, type Workspaces } from "./slack-workspace.ts";

const CONTEXT_KEY = "schakelWorkspace";
/** Bolt does not export ExtendedErrorHandlerArgs; its last `error` overload takes that handler. */
type ExtendedErrorArgs = Parameters<Parameters<App["error"]>[0]>[0];
/** The fields of a signed Slack body (command, interaction or event envelope) that name the acting user. */
interface Body {
  user_id?: string;
  user?: { id?: string; team_id?: string } | null;
  event?: { type?: string; user?: unknown } | null;
  team_id?: string;
  team?: { id?: string; enterprise_id?: string } | null;
  enterprise_id?: string;
  enterprise?: { id?: string } | null;
  response_url?: string;
}

/** The acting user's id, workspace and Grid org, read from a body Slack signed (commands, interactions, events). */
function userOf(body: Body): { userId: string; place: SlackPlace; responseUrl?: string } | null {
  const userId = body.user_id ?? body.user?.id ?? body.event?.user;
  if (typeof userId !== "string") return null;
  const teamId = body.user?.team_id ?? body.team_id ?? body.team?.id;
  const enterpriseId = body.enterprise_id ?? body.enterprise?.id ?? body.team?.enterprise_id;
  return {
    userId,
    place: placeOf({ teamId, enterpriseId }),
    ...(body.response_url ? { responseUrl: body.response_url } : {}),
  };
}

async function tellNotInstalled(ctx: AppContext, responseUrl: string | undefined): Promise<void> {
  if (!responseUrl) return;
  const text = `:warning: ${t("nl", "slack.workspace_not_installed")}`;
  const body = JSON.stringify({ response_type: "ephemeral", text });
  await fetch(responseUrl, { method: "POST", headers: { "content-type": "application/json" }, body }).catch(
    (error: unknown) =>
      ctx.log.warn({ err: String(error) }, "could not tell a Slack user their workspace has no install"),
  );
}

/** Global middleware: finds the acting user's installed workspace, or answers and stops. */
export function workspaceMiddleware(
  ctx: AppContext,
  workspaces: Workspaces,
  home: string,
): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const user = userOf(args.body as Body);
    if (!user) return args.next();
    const client = await workspaces.clientFor(user.place);
    if (!client) {
      ctx.log.warn({ ...user.place }, "Slack user's workspace has not installed Schakel; nothing done");
      if ("ack" in args && typeof args.ack === "function") await (args.ack as () => Promise<void>)();
      return tellNotInstalled(ctx, user.responseUrl);
    }
    args.context[CONTEXT_KEY] = { place: user.place, home, client } satisfies NonNullable<ReplyTarget["workspace"]>;
    await args.next();
  };
}

/** The acting user's workspace for a reply target (empty in single-workspace mode). */
export function workspaceOf(context: Context): Pick<ReplyTarget, "workspace"> {
  const workspace = context[CONTEXT_KEY] as ReplyTarget["workspace"] | undefined;
  return workspace ? { workspace } : {};
}

/** Bolt could not authorize a request (its workspace has no install): answer in Dutch where Slack lets us. */
export function answerUnauthorized(app: App, ctx: AppContext): void {
  // With OAuth installs the App runs with extendedErrorHandler, so the handler gets the request body as well.
  app.error(async (args: ExtendedErrorArgs) => {
    const { error } = args;
    const body: Body | undefined = args.body;
    if (error.code === "slack_bolt_authorization_error") {
      const team = body?.team_id ?? body?.team?.id;
      const enterprise = body?.enterprise_id ?? body?.enterprise?.id;
      ctx.log.warn({ team, enterprise }, "Slack request from a workspace or org that has not installed Schakel");
      return tellNotInstalled(ctx, body?.response_url);
    }
    ctx.log.error({ err: error }, "Slack listener failed");
  });
}

export type { SlackClient };
