// Ack first on Teams for messages to the bot ("melding overlast", "mijn taken", …): the activity is recorded in the
// inbox (its id is the idempotency key) and answered 200 at once; the reply is sent from the inbox afterwards.
import { randomUUID } from "node:crypto";
import type { App } from "@microsoft/teams.apps";
import type { AppContext } from "../../app/context.ts";
import type { Inbox, InboxHandler } from "../../app/interactions/inbox.ts";
import { t } from "../../i18n/messages.ts";
import { answerMessage, type Reply } from "./handle-message.ts";
import type { IncomingActivity } from "./teams-activity.ts";
import type { TeamsConfig } from "./teams-config.ts";
import type { Connector } from "./teams-connector.ts";
import type { MemberLookup } from "./teams-identity.ts";
import { type InvokeDeps, type TeamsInvokeItem, teamsInvokeHandler } from "./teams-invoke-inbox.ts";

export interface TeamsMessageItem {
  type: "message";
  activity: IncomingActivity;
}

/** Records a message activity before its ack; a redelivered activity (same id) is recognised and left alone. */
export async function acceptMessage(ctx: AppContext, inbox: Inbox, activity: IncomingActivity): Promise<void> {
  const key = `teams:activity:${activity.id ?? randomUUID()}`;
  // A plain copy: what runs now is exactly what a restart would run from the stored payload.
  const item: TeamsMessageItem = { type: "message", activity: JSON.parse(JSON.stringify(activity)) };
  const ticket = await inbox.admit(() => inbox.accept("teams", key, item));
  if (!ticket) return void ctx.log.info({ key }, "ignored a repeated Teams activity");
  ticket.process(); // the inbox starts it on a later turn of the event loop, after this ack is written
}

/** Runs one recorded message or invoke (teams-invoke-inbox.ts); a failure is told, never only logged. */
export function teamsInboxHandler(
  ctx: AppContext,
  config: TeamsConfig,
  app: Pick<App, "api">,
  invokes: Omit<InvokeDeps, "ctx">,
): InboxHandler {
  const message = messageHandler(ctx, config, app, invokes.connector);
  const invoke = teamsInvokeHandler({ ctx, ...invokes });
  return (payload) => {
    const item = payload as TeamsMessageItem | TeamsInvokeItem;
    return item.type === "invoke" ? invoke(item) : message(item);
  };
}

/** Runs one recorded message and replies in its conversation; a failure is said there too, never only logged. */
function messageHandler(ctx: AppContext, config: TeamsConfig, app: Pick<App, "api">, connector: Connector) {
  return async ({ activity }: TeamsMessageItem) => {
    const api = app.api.clone({ serviceUrl: activity.serviceUrl });
    const lookup: MemberLookup = (conversationId, userId) => api.conversations.getMemberById(conversationId, userId);
    let reply: Reply | null;
    try {
      reply = await answerMessage(ctx, config, activity, lookup);
    } catch (error) {
      ctx.log.error({ err: error, activityType: activity.type }, "Teams message failed after its ack");
      reply = { text: t("nl", "error.internal") };
    }
    if (!reply || (!reply.text && !reply.card)) return;
    const target = { serviceUrl: activity.serviceUrl, conversationId: activity.conversation.id };
    await connector.create(target, {
      ...(reply.text ? { text: reply.text } : {}),
      ...(reply.card ? { card: reply.card } : {}),
    });
  };
}
