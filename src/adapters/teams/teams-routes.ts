// Connects the Teams SDK's activity routes to Schakel's handlers; a handler that fails answers politely and
// logs, so Teams never shows a bare error and nothing half-done is repeated.
import type { App } from "@microsoft/teams.apps";
import type { AppContext } from "../../app/context.ts";
import { t } from "../../i18n/messages.ts";
import { attachment } from "./adaptive-card.ts";
import { handleCardAction } from "./handle-card-action.ts";
import { handleInstall } from "./handle-install.ts";
import { handleMessage, type Reply } from "./handle-message.ts";
import type { Inbox } from "../../app/interactions/inbox.ts";
import { acceptMessage } from "./teams-inbox.ts";
import { registerMessageExtensionRoutes } from "./teams-extension-routes.ts";
import { messageResponse } from "./invoke-responses.ts";
import type { IncomingActivity } from "./teams-activity.ts";
import type { TeamsConfig } from "./teams-config.ts";
import type { MemberLookup } from "./teams-identity.ts";
import { admitActivity, type RequestAuth } from "./request-trust.ts";

export type TurnContext = {
  activity: unknown;
  api: App["api"];
  send: (activity: never) => Promise<unknown>;
  schakelAuth?: RequestAuth;
};

export const lookupFor =
  (turn: TurnContext): MemberLookup =>
  (conversationId, userId) =>
    turn.api.conversations.getMemberById(conversationId, userId);

async function reply(turn: TurnContext, message: Reply | null): Promise<void> {
  if (!message) return;
  await turn.send({
    type: "message",
    ...(message.text ? { text: message.text } : {}),
    ...(message.card ? { attachments: [attachment(message.card)] } : {}),
  } as never);
}

/** The admission verdict for a turn; refusals are logged here, with the reason but without message content. */
export function admit(ctx: AppContext, config: TeamsConfig, turn: TurnContext) {
  const activity = turn.activity as IncomingActivity;
  const verdict = admitActivity(config, activity, turn.schakelAuth);
  if (!verdict.ok) {
    const tenant = activity.channelData?.tenant?.id ?? activity.conversation?.tenantId;
    ctx.log.warn({ reason: verdict.reason, tenant, activityType: activity.type }, "refused a Teams activity");
  }
  return verdict;
}

/** With an inbox, messages are acked first and answered from it (teams-inbox.ts); `deliver` sends what a report
 * queued before its form is answered, so the reporter is told when the channel card could not be posted. */
export function registerTeamsRoutes(
  app: App,
  ctx: AppContext,
  config: TeamsConfig,
  inbox?: Inbox,
  deliver?: () => Promise<void>,
): void {
  const failed = (error: unknown, activity: IncomingActivity) =>
    ctx.log.error({ err: error, activityType: activity.type, name: activity.name }, "Teams handler failed");

  app.on("message", async (turn) => {
    const activity = turn.activity as unknown as IncomingActivity;
    const verdict = admit(ctx, config, turn as unknown as TurnContext);
    if (!verdict.ok) {
      if (!verdict.mayReply) return;
      await reply(turn as unknown as TurnContext, { text: t("nl", "teams.wrong_tenant") }).catch(() => undefined);
      return;
    }
    if (inbox) return acceptMessage(ctx, inbox, activity);
    try {
      await reply(
        turn as unknown as TurnContext,
        await handleMessage(ctx, config, activity, lookupFor(turn as unknown as TurnContext)),
      );
    } catch (error) {
      failed(error, activity);
      await reply(turn as unknown as TurnContext, { text: t("nl", "error.internal") }).catch(() => undefined);
    }
  });

  app.on("card.action", async (turn) => {
    const activity = turn.activity as unknown as IncomingActivity;
    // An invoke is answered in the HTTP response, never through serviceUrl, so a refusal can always say why.
    const admitted = admit(ctx, config, turn as unknown as TurnContext).ok;
    if (!admitted) return messageResponse(t("nl", "teams.wrong_tenant")) as never;
    try {
      const lookup = lookupFor(turn as unknown as TurnContext);
      return (await handleCardAction(ctx, config, activity, lookup, deliver)) as never;
    } catch (error) {
      failed(error, activity);
      return messageResponse(t("nl", "error.internal")) as never;
    }
  });

  const install = async (turn: unknown) => {
    const activity = (turn as TurnContext).activity as IncomingActivity;
    if (!admit(ctx, config, turn as TurnContext).ok) return;
    try {
      await reply(turn as TurnContext, await handleInstall(ctx, config, activity, lookupFor(turn as TurnContext)));
    } catch (error) {
      failed(error, activity);
    }
  };
  app.on("conversationUpdate", install);
  app.on("installationUpdate", install);
  registerMessageExtensionRoutes(app, ctx, config);
}
