// Buttons on case cards (block_actions): the action id names the use-case, the button value the case. Ack
// first: the click is recorded in the inbox (one payload counts once), acked, and run after the ack.
import type { App, BlockButtonAction } from "@slack/bolt";
import type { AppContext } from "../../app/context.ts";
import type { Inbox } from "../../app/interactions/inbox.ts";
import { recordThenAck } from "./handle-commands.ts";
import { workspaceOf } from "./slack-actor.ts";
import { storedTarget } from "./slack-inbox.ts";

export function registerActions(app: App, ctx: AppContext, inbox: Inbox): void {
  const caseButtons = { type: "block_actions", action_id: /^case\./ } as const;
  app.action<BlockButtonAction>(caseButtons, async ({ ack, body, action, context }) => {
    const target = {
      user: body.user.id,
      ...(body.channel?.id ? { channel: body.channel.id } : {}),
      ...(body.response_url ? { responseUrl: body.response_url } : {}),
      ...workspaceOf(context),
    };
    // A replayed click gets no second acknowledgement or timeline event.
    const key = `slack:action:${body.user.id}:${action.action_ts}:${action.action_id}`;
    const item = {
      type: "action" as const,
      actionId: action.action_id,
      value: action.value ?? "",
      triggerId: body.trigger_id,
      target: storedTarget(target),
    };
    await recordThenAck(ctx, inbox, key, item, () => ack());
  });
}
