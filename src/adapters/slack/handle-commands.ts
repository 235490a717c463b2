// Slash commands (every flow's command, e.g. /overlast, and /schakel mijn|status|help) and the message
// shortcut "Melden als overlast", which opens the report modal without copying the message. Ack first: each is
// recorded in the inbox (its trigger id is the idempotency key), acked, and run after the ack.
import type { App } from "@slack/bolt";
import type { AppContext } from "../../app/context.ts";
import type { Inbox } from "../../app/interactions/inbox.ts";
import type { SlackItem } from "./slack-inbox.ts";
import { storedTarget } from "./slack-inbox.ts";
import { workspaceOf } from "./slack-actor.ts";

export const REPORT_FROM_MESSAGE = "report_from_message";
/** The flow the message shortcut reports into. */
const SHORTCUT_FLOW = "overlast";

/** Records an interaction, acks, and queues the work; a repeat (Slack's retry, a replay) is acked and dropped. */
export async function recordThenAck(
  ctx: AppContext,
  inbox: Inbox,
  key: string,
  item: SlackItem,
  ack: () => Promise<void>,
): Promise<void> {
  const ticket = await inbox.admit(async () => {
    const recorded = await inbox.accept("slack", key, item);
    await ack();
    return recorded;
  });
  if (ticket) ticket.process();
  else ctx.log.info({ key }, "ignored a repeated Slack request");
}

export function registerCommands(app: App, ctx: AppContext, inbox: Inbox): void {
  const commands = [...new Set([...ctx.flows.all().map((f) => f.flow.command), "/schakel"])];
  for (const name of commands) {
    app.command(name, async ({ command, ack, context }) => {
      const target = {
        user: command.user_id,
        channel: command.channel_id,
        responseUrl: command.response_url,
        ...workspaceOf(context),
      };
      const item: SlackItem = {
        type: "command",
        command: command.command,
        text: command.text ?? "",
        triggerId: command.trigger_id,
        target: storedTarget(target),
      };
      await recordThenAck(ctx, inbox, `slack:command:${command.trigger_id}`, item, () => ack());
    });
  }
  const shortcutId = { type: "message_action", callback_id: REPORT_FROM_MESSAGE } as const;
  app.shortcut(shortcutId, async ({ shortcut, ack, context }) => {
    const flow = ctx.flows.current(SHORTCUT_FLOW);
    if (!flow) {
      await ack();
      return void ctx.log.error({ flow: SHORTCUT_FLOW }, "message shortcut has no flow to report into");
    }
    // Only where it came from is kept; the message text stays in Slack unless the reporter pastes it.
    const target = {
      user: shortcut.user.id,
      channel: shortcut.channel.id,
      responseUrl: shortcut.response_url,
      ...workspaceOf(context),
    };
    const item: SlackItem = {
      type: "command",
      command: flow.flow.command,
      text: "",
      triggerId: shortcut.trigger_id,
      target: storedTarget(target),
    };
    await recordThenAck(ctx, inbox, `slack:shortcut:${shortcut.trigger_id}`, item, () => ack());
  });
}
