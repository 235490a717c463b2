// The message extension's invokes (composeExtension/fetchTask and submitAction) on the Teams SDK's routes, admitted
// like every other activity; a refusal or failure closes the dialog with a sentence, never a bare error.
import type { AppContext } from "../../app/context.ts";
import { t } from "../../i18n/messages.ts";
import type { TaskResponse } from "./dialog-card.ts";
import { openReportFromMessage, submitReportFromMessage } from "./handle-message-extension.ts";
import { incomingActivity, type IncomingActivity } from "./teams-activity.ts";
import type { TeamsApp } from "./teams-app.ts";
import type { TeamsConfig } from "./teams-config.ts";
import type { MemberLookup } from "./teams-identity.ts";
import { admit, lookupFor, type TurnContext } from "./teams-routes.ts";

type Handler = (
  ctx: AppContext,
  config: TeamsConfig,
  activity: IncomingActivity,
  lookup: MemberLookup,
) => Promise<TaskResponse>;

const closing = (text: string): TaskResponse => ({ task: { type: "message", value: text } });

export function registerMessageExtensionRoutes(app: TeamsApp, ctx: AppContext, config: TeamsConfig): void {
  const answer = async (context: TurnContext, handler: Handler): Promise<TaskResponse> => {
    const activity: IncomingActivity = incomingActivity(context.activity);
    if (!admit(ctx, config, context).ok) return closing(t("nl", "teams.wrong_tenant"));
    try {
      return await handler(ctx, config, activity, lookupFor(context));
    } catch (error) {
      ctx.log.error({ err: error, activityType: activity.type, name: activity.name }, "Teams message action failed");
      return closing(t("nl", "error.internal"));
    }
  };
  app.on("message.ext.open", (turn) => answer(turn, openReportFromMessage));
  app.on("message.ext.submit", (turn) => answer(turn, submitReportFromMessage));
}
