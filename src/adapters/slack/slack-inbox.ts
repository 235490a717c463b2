// Ack first on Slack: what a command, button, shortcut or modal submission records in the inbox before its ack,
// and the work after it, answered where Slack expects it (a modal, response_url, ephemeral message or DM).
import type { AppContext } from "../../app/context.ts";
import { confirmReport } from "../../app/interactions/card-waiting.ts";
import type { InboxHandler } from "../../app/interactions/inbox.ts";
import { linkCodeIn } from "../../app/interactions/link-command.ts";
import type { InteractionResult } from "../../app/interactions/result.ts";
import { runAction } from "../../app/interactions/run-action.ts";
import { runCommand } from "../../app/interactions/run-command.ts";
import { submitForm } from "../../app/interactions/submit-form.ts";
import { redeemLinkCode } from "../../app/link-code.ts";
import { t } from "../../i18n/messages.ts";
import { parseCaseActionValue } from "../../ui/form-instance.ts";
import { actingPerson, type Acting } from "./acting-person.ts";
import { showResult } from "./show-result.ts";
import { redeemedAsGuest, servedAsGuest } from "./slack-guests.ts";
import type { SlackClient } from "./slack-identity.ts";
import { tellPrivately, type ReplyTarget } from "./slack-replies.ts";
import { identityId, placeOf, type SlackPlace, type Workspaces } from "./slack-workspace.ts";

/** A reply target without its Web API client (which holds a token and is rebuilt from the user's place). */
export interface StoredTarget {
  user: string;
  channel?: string;
  responseUrl?: string;
  enterpriseId?: string;
  teamId?: string;
  /** Items recorded before Grid orgs and workspaces were told apart: the org, else the workspace. */
  scope?: string;
  home?: string;
}

export type SlackItem =
  | { type: "command"; command: string; text: string; triggerId: string; target: StoredTarget }
  | { type: "action"; actionId: string; value: string; triggerId: string; target: StoredTarget }
  | { type: "view"; formId: string; values: Record<string, unknown>; triggerId?: string; target: StoredTarget };

export function storedTarget(target: ReplyTarget): StoredTarget {
  const { user, channel, responseUrl, workspace } = target;
  return {
    user,
    ...(channel ? { channel } : {}),
    ...(responseUrl ? { responseUrl } : {}),
    ...(workspace?.place.enterpriseId ? { enterpriseId: workspace.place.enterpriseId } : {}),
    ...(workspace?.place.teamId ? { teamId: workspace.place.teamId } : {}),
    ...(workspace ? { home: workspace.home } : {}),
  };
}

function storedPlace({ enterpriseId, teamId, scope }: StoredTarget): SlackPlace | null {
  if (enterpriseId || teamId) return placeOf({ enterpriseId, teamId });
  if (!scope) return null;
  return scope.startsWith("E") ? placeOf({ enterpriseId: scope }) : placeOf({ teamId: scope });
}

export interface SlackClients {
  /** The single workspace's client (its bot token), or Bolt's token-less client with OAuth installs. */
  home: SlackClient;
  workspaces: Workspaces | null;
  /** Delivers what the work queued, so a report's confirmation can tell whether its card was posted. */
  flush: () => Promise<void>;
}

async function restore(
  clients: SlackClients,
  stored: StoredTarget,
): Promise<{ client: SlackClient; target: ReplyTarget }> {
  const { user, channel, responseUrl, home } = stored;
  const base = { user, ...(channel ? { channel } : {}), ...(responseUrl ? { responseUrl } : {}) };
  const place = storedPlace(stored);
  const client = place && home && clients.workspaces ? await clients.workspaces.clientFor(place) : null;
  if (!client || !place || !home) return { client: clients.home, target: base };
  return { client, target: { ...base, workspace: { place, home, client } } };
}

function work(ctx: AppContext, acting: Acting, item: SlackItem): Promise<InteractionResult> {
  const actor = acting.actor;
  switch (item.type) {
    case "command":
      return runCommand({ ctx, actor, command: item.command, text: item.text });
    case "action":
      return runAction({ ctx, actor, actionId: item.actionId, ...parseCaseActionValue(item.value) });
    case "view":
      return submitForm({ ctx, actor, formId: item.formId, values: item.values });
  }
}

/** A one-time code links this account to the person it was issued for, before anyone knows who is asking. */
async function redeemed(
  ctx: AppContext,
  client: SlackClient,
  target: ReplyTarget,
  item: { command: string; text: string; triggerId: string },
) {
  const code = await linkCodeIn(ctx, item.command, item.text);
  if (!code) return false;
  const place = target.workspace?.place;
  const externalId = identityId(place ?? null, target.user);
  const result = await redeemLinkCode({ ctx, platform: "slack", externalId, code, ...(place ? { place } : {}) });
  await showResult({ ctx, client, result, target, triggerId: item.triggerId, locale: "nl" });
  return true;
}

/** Runs one recorded Slack interaction; a failure is told to the person privately, in their language. */
export function slackInboxHandler(ctx: AppContext, clients: SlackClients): InboxHandler {
  return async (payload) => {
    const item = payload as SlackItem;
    const { client, target } = await restore(clients, item.target);
    if (item.type === "command" && (await redeemed(ctx, client, target, item))) return;
    if (item.type === "command" && (await redeemedAsGuest(ctx, client, target, item))) return;
    const acting = await actingPerson(ctx, client, target, () => servedAsGuest(ctx, client, target, item));
    if (!acting) return;
    try {
      let result = await work(ctx, acting, item);
      if (item.type === "view" && result.kind === "done" && result.caseRef) {
        await clients.flush();
        result = await confirmReport({ ctx, result, platform: "slack", locale: acting.locale });
      }
      const triggerId = item.triggerId ? { triggerId: item.triggerId } : {};
      await showResult({ ctx, client, result, target, ...triggerId, locale: acting.locale });
    } catch (error) {
      ctx.log.error({ err: error, type: item.type }, "Slack interaction failed after its ack");
      await tellPrivately(ctx, client, target, `:warning: ${t(acting.locale, "error.internal")}`);
    }
  };
}
