// Slash commands (every flow's command, e.g. /overlast, and /schakel mijn|status|help) and the message
// shortcut "Melden als overlast", which opens the report modal without copying the message.
import type { App } from "@slack/bolt";
import type { AppContext } from "../../app/context.ts";
import { linkCodeIn } from "../../app/interactions/link-command.ts";
import { runCommand } from "../../app/interactions/run-command.ts";
import { redeemLinkCode } from "../../app/link-code.ts";
import { actingPerson } from "./acting-person.ts";
import type { ReplayGuard } from "./replay-guard.ts";
import { showResult } from "./show-result.ts";
import type { ReplyTarget } from "./slack-replies.ts";
import { workspaceOf } from "./slack-actor.ts";
import { identityId } from "./slack-workspace.ts";

export const REPORT_FROM_MESSAGE = "report_from_message";
/** The flow the message shortcut reports into. */
const SHORTCUT_FLOW = "overlast";

async function runAndShow(
  ctx: AppContext,
  client: App["client"],
  target: ReplyTarget,
  command: string,
  text: string,
  triggerId: string,
): Promise<void> {
  // A one-time code links this account to the person it was issued for, before anyone knows who is asking.
  const code = await linkCodeIn(ctx, command, text);
  if (code) {
    const externalId = identityId(target.workspace?.scope ?? null, target.user);
    const result = await redeemLinkCode({ ctx, platform: "slack", externalId, code });
    return showResult({ ctx, client, result, target, triggerId, locale: "nl" });
  }
  const acting = await actingPerson(ctx, client, target);
  if (!acting) return;
  const result = await runCommand({ ctx, actor: acting.actor, command, text });
  await showResult({ ctx, client, result, target, triggerId, locale: acting.locale });
}

export function registerCommands(app: App, ctx: AppContext, guard: ReplayGuard): void {
  const commands = [...new Set([...ctx.flows.all().map((f) => f.flow.command), "/schakel"])];
  for (const name of commands) {
    app.command(name, async ({ command, ack, client, context }) => {
      await ack();
      const target = {
        user: command.user_id,
        channel: command.channel_id,
        responseUrl: command.response_url,
        ...workspaceOf(context),
      };
      // A replayed command (Slack's retry carries the same trigger) opens nothing and changes nothing twice.
      await guard(`slack:command:${command.trigger_id}`, () =>
        runAndShow(ctx, client, target, command.command, command.text ?? "", command.trigger_id),
      );
    });
  }
  const shortcutId = { type: "message_action", callback_id: REPORT_FROM_MESSAGE } as const;
  app.shortcut(shortcutId, async ({ shortcut, ack, client, context }) => {
    await ack();
    const flow = ctx.flows.current(SHORTCUT_FLOW);
    if (!flow) return void ctx.log.error({ flow: SHORTCUT_FLOW }, "message shortcut has no flow to report into");
    // Only where it came from is kept; the message text stays in Slack unless the reporter pastes it.
    const target = {
      user: shortcut.user.id,
      channel: shortcut.channel.id,
      responseUrl: shortcut.response_url,
      ...workspaceOf(context),
    };
    await runAndShow(ctx, client, target, flow.flow.command, "", shortcut.trigger_id);
  });
}
