// Connects the Teams SDK's activity routes to Schakel's handlers; a handler that fails answers politely and
// logs, so Teams never shows a bare error and nothing half-done is repeated.
import type { AppContext } from "../../app/context.ts";
import { t } from "../../i18n/messages.ts";
import { attachment } from "./adaptive-card.ts";
import { handleCardAction } from "./handle-card-action.ts";
import { handleInstall } from "./handle-install.ts";
import { handleMessage, type Reply } from "./handle-message.ts";
import type { Inbox } from "../../app/interactions/inbox.ts";
import { acceptMessage } from "./teams-inbox.ts";
import { registerMessageExtensionRoutes } from "./teams-extension-routes.ts";
import { messageResponse, sdkActionResponse } from "./invoke-responses.ts";
import { incomingActivity, type IncomingActivity } from "./teams-activity.ts";
import type { TeamsApp, TeamsTurn } from "./teams-app.ts";
import { registerDialogRoutes } from "./teams-dialog-routes.ts";
import { dialogAnswer } from "./dialog-buttons.ts";
import type { TeamsConfig } from "./teams-config.ts";
import type { MemberLookup } from "./teams-identity.ts";
import { admitActivity } from "./request-trust.ts";

export type TurnContext = Pick<TeamsTurn, "activity" | "api" | "send" | "schakelAuth">;

export const lookupFor =
  (turn: Pick<TurnContext, "api">): MemberLookup =>
  (conversationId, userId) =>
    turn.api.conversations.getMemberById(conversationId, userId);

async function reply(turn: Pick<TurnContext, "send">, message: Reply | null): Promise<void> {
  if (!message) return;
  await turn.send({
    type: "message",
    ...(message.text ? { text: message.text } : {}),
    ...(message.card ? { attachments: [attachment(message.card)] } : {}),
  });
}

/** The admission verdict for a turn; refusals are logged here, with the reason but without message content. */
export function admit(ctx: AppContext, config: TeamsConfig, turn: TurnContext) {
  const activity = incomingActivity(turn.activity);
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
  app: TeamsApp,
  ctx: AppContext,
  config: TeamsConfig,
  inbox?: Inbox,
  deliver?: () => Promise<void>,
): void {
  const failed = (error: unknown, activity: IncomingActivity) =>
    ctx.log.error({ err: error, activityType: activity.type, name: activity.name }, "Teams handler failed");

  app.on("message", async (turn) => {
    const activity = incomingActivity(turn.activity);
    const verdict = admit(ctx, config, turn);
    if (!verdict.ok) {
      if (!verdict.mayReply) return;
      await reply(turn, { text: t("nl", "teams.wrong_tenant") }).catch(() => undefined);
      return;
    }
    if (inbox) return acceptMessage(ctx, inbox, activity);
    try {
      await reply(turn, await handleMessage(ctx, config, activity, lookupFor(turn)));
    } catch (error) {
      failed(error, activity);
      await reply(turn, { text: t("nl", "error.internal") }).catch(() => undefined);
    }
  });

  app.on("card.action", async (turn) => {
    const activity = incomingActivity(turn.activity);
    // An invoke is answered in the HTTP response, never through serviceUrl, so a refusal can always say why.
    const admitted = admit(ctx, config, turn).ok;
    if (!admitted) return sdkActionResponse(messageResponse(t("nl", "teams.wrong_tenant")));
    try {
      const handle = () =>
        handleCardAction(ctx, config, activity, lookupFor(turn), {
          ...(deliver ? { deliver } : {}),
          ...(inbox ? { inbox } : {}),
        });
      // Until its answer the invoke counts as admitting: queued inbox work waits, so the answer is not held up.
      const answer = await (inbox ? inbox.admit(handle) : handle());
      return sdkActionResponse(dialogAnswer(config, answer));
    } catch (error) {
      failed(error, activity);
      return sdkActionResponse(messageResponse(t("nl", "error.internal")));
    }
  });

  const install = async (turn: TurnContext) => {
    const activity: IncomingActivity = incomingActivity(turn.activity);
    if (!admit(ctx, config, turn).ok) return;
    try {
      await reply(turn, await handleInstall(ctx, config, activity, lookupFor(turn)));
    } catch (error) {
      failed(error, activity);
    }
  };
  app.on("conversationUpdate", install);
  app.on("installationUpdate", install);
  registerMessageExtensionRoutes(app, ctx, config);
  registerDialogRoutes(app, ctx, config, { ...(deliver ? { deliver } : {}), ...(inbox ? { inbox } : {}) });
}
