// Buttons on case cards (block_actions): the action id names the use-case, the button value the case.
import type { App, BlockButtonAction } from "@slack/bolt";
import type { AppContext } from "../../app/context.ts";
import { runAction } from "../../app/interactions/run-action.ts";
import { parseCaseActionValue } from "../../ui/form-instance.ts";
import { actingPerson } from "./acting-person.ts";
import type { ReplayGuard } from "./replay-guard.ts";
import { showResult } from "./show-result.ts";
import { workspaceOf } from "./slack-actor.ts";

export function registerActions(app: App, ctx: AppContext, guard: ReplayGuard): void {
  const caseButtons = { type: "block_actions", action_id: /^case\./ } as const;
  app.action<BlockButtonAction>(caseButtons, async ({ ack, body, action, client, context }) => {
    await ack();
    const target = {
      user: body.user.id,
      ...(body.channel?.id ? { channel: body.channel.id } : {}),
      ...(body.response_url ? { responseUrl: body.response_url } : {}),
      ...workspaceOf(context),
    };
    const acting = await actingPerson(ctx, client, target);
    if (!acting) return;
    // One payload counts once: a replayed click gets no second acknowledgement or timeline event.
    const { fresh, result } = await guard(`slack:action:${body.user.id}:${action.action_ts}:${action.action_id}`, () =>
      runAction({ ctx, actor: acting.actor, actionId: action.action_id, ...parseCaseActionValue(action.value ?? "") }),
    );
    if (!fresh || !result) return;
    await showResult({ ctx, client, result, target, triggerId: body.trigger_id, locale: acting.locale });
  });
}
