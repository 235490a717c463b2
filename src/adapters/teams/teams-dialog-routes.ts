// Dialog invokes (task/fetch and task/submit) from card buttons on the Teams SDK's routes, admitted like every other
// activity; a refusal or failure closes the dialog with a sentence, never a bare error.
import type { AppContext } from "../../app/context.ts";
import { t } from "../../i18n/messages.ts";
import type { TaskResponse } from "./dialog-card.ts";
import { openDialog, type SubmitDialogOptions, submitDialog } from "./handle-dialog.ts";
import { incomingActivity, type IncomingActivity } from "./teams-activity.ts";
import type { TeamsApp } from "./teams-app.ts";
import type { TeamsConfig } from "./teams-config.ts";
import type { MemberLookup } from "./teams-identity.ts";
import { admit, lookupFor, type TurnContext } from "./teams-routes.ts";

type Handler = typeof openDialog;

const closing = (text: string): TaskResponse => ({ task: { type: "message", value: text } });

/** With an inbox a submit is acked first (the dialog closes at once); without, `deliver` sends what a report queued
 * before the dialog closes, so the reporter's sentence can say where it is. */
export function registerDialogRoutes(
  app: TeamsApp,
  ctx: AppContext,
  config: TeamsConfig,
  o: SubmitDialogOptions,
): void {
  const answer = async (context: TurnContext, handler: Handler): Promise<TaskResponse> => {
    const activity: IncomingActivity = incomingActivity(context.activity);
    if (!admit(ctx, config, context).ok) return closing(t("nl", "teams.wrong_tenant"));
    try {
      const lookup: MemberLookup = lookupFor(context);
      return await handler(ctx, config, activity, lookup);
    } catch (error) {
      ctx.log.error({ err: error, activityType: activity.type, name: activity.name }, "Teams dialog failed");
      return closing(t("nl", "error.internal"));
    }
  };
  app.on("dialog.open", (turn) => answer(turn, openDialog));
  const submit: Handler = (c, cfg, activity, lookup) => submitDialog(c, cfg, activity, lookup, o);
  // Until its answer a submit counts as admitting: queued inbox work waits, so the answer is not held up.
  app.on("dialog.submit", (turn) => (o.inbox ? o.inbox.admit(() => answer(turn, submit)) : answer(turn, submit)));
}
