// Slack guests as external participants: a single- or multi-channel guest (or a member Schakel does not know)
// redeems an invitation with `/schakel extern <code>`; from then on their DM with Schakel shows their one case and
// its buttons, and every interaction of theirs goes to the guest use-cases (one case, their role's steps only).
import type { AppContext } from "../../app/context.ts";
import { redeemExternalInvite, inviteCodeIn } from "../../app/external/external-sign-in.ts";
import { externalChatCard } from "../../app/external/external-chat-card.ts";
import { runGuestAction, runGuestCommand, submitGuestForm } from "../../app/external/guest-interactions.ts";
import { failureResult } from "../../app/interactions/result.ts";
import { t } from "../../i18n/messages.ts";
import type { Card } from "../../ui/card.ts";
import { parseCaseActionValue } from "../../ui/form-instance.ts";
import { clip, LIMITS } from "./block-kit.ts";
import { renderMessageBlocks } from "./render-card-slack.ts";
import { showResult } from "./show-result.ts";
import { personOfSlackUser, type SlackClient } from "./slack-identity.ts";
import type { SlackItem } from "./slack-inbox.ts";
import { tellPrivately, type ReplyTarget } from "./slack-replies.ts";
import type { SlackRouting } from "./slack-routing.ts";
import { identityId, placeOf } from "./slack-workspace.ts";

const more = (n: number) => t("nl", "slack.more", { count: n });
const guestKey = (identity: string) => `guest:${identity}`;
const externalKey = (actorId: string) => `external:${actorId}`;
const identityOf = (target: ReplyTarget) => identityId(target.workspace?.place ?? null, target.user);

/** Whether Slack marks the user as a guest (single-channel: ultra restricted; multi-channel: restricted). */
async function isGuest(ctx: AppContext, client: SlackClient, user: string): Promise<boolean> {
  try {
    const info = await client.users.info({ user });
    return Boolean(info.user?.is_restricted || info.user?.is_ultra_restricted);
  } catch (error) {
    ctx.log.warn({ err: error }, "could not read whether a Slack user is a guest; treated as a member");
    return false;
  }
}

async function postCard(client: SlackClient, channel: string, text: string, card: Card, caseId: string) {
  const blocks = renderMessageBlocks(text, card, caseId, more);
  await client.chat.postMessage({ channel, text: clip(text, LIMITS.messageText), blocks });
}

/** Remembers the account both ways: which participations it holds, and where each participant is reached. */
async function remember(ctx: AppContext, client: SlackClient, target: ReplyTarget, actorId: string): Promise<string> {
  const at = ctx.clock.now();
  const identity = identityOf(target);
  const saved = await ctx.store.chat.conversation("slack", guestKey(identity));
  const actors = Array.isArray(saved?.data.actors) ? saved.data.actors.filter((a) => typeof a === "string") : [];
  const opened = await client.conversations.open({ users: target.user });
  const dm = opened.channel?.id ?? target.user;
  const data = { actors: [...actors, actorId] };
  await ctx.store.chat.saveConversation(
    { platform: "slack", key: guestKey(identity), conversationId: dm, serviceUrl: null, data },
    at,
  );
  const place = target.workspace?.place;
  const where = { user: target.user, teamId: place?.teamId ?? null, enterpriseId: place?.enterpriseId ?? null };
  await ctx.store.chat.saveConversation(
    { platform: "slack", key: externalKey(actorId), conversationId: dm, serviceUrl: null, data: where },
    at,
  );
  return dm;
}

/** `/schakel extern <code>`: a roster person is refused (the code stays valid); anyone else becomes the participant. */
export async function redeemedAsGuest(
  ctx: AppContext,
  client: SlackClient,
  target: ReplyTarget,
  item: { command: string; text: string },
): Promise<boolean> {
  const code = item.command.trim().toLowerCase() === "/schakel" ? inviteCodeIn(item.text) : null;
  if (!code) return false;
  const workspace = target.workspace;
  const person = await personOfSlackUser(ctx, workspace?.client ?? client, target.user, workspace);
  if (person) {
    ctx.log.warn({ personId: person.id }, "a roster person tried to redeem an external invitation; refused");
    await tellPrivately(ctx, client, target, `:warning: ${t("nl", "error.guest_is_roster")}`);
    return true;
  }
  try {
    const guest = await isGuest(ctx, workspace?.client ?? client, target.user);
    const signedIn = await redeemExternalInvite({ ctx, code, platform: "slack", account: { guest } });
    const dm = await remember(ctx, client, target, signedIn.actorId);
    ctx.log.info({ reference: signedIn.reference, guest }, "Slack account redeemed an external invitation");
    const welcome = t("nl", "guest.welcome", signedIn);
    await tellPrivately(ctx, client, target, `:white_check_mark: ${welcome}`);
    const own = await externalChatCard(ctx, ctx.store.read, signedIn.actorId);
    if (own) await postCard(client, dm, welcome, own.card, own.caseId);
  } catch (error) {
    const result = failureResult(error, "nl", ctx.log, { platform: "slack", command: "extern" });
    await showResult({ ctx, client, result, target, locale: "nl" });
  }
  return true;
}

/** Whether this Slack user redeemed an external invitation (holds a participation). */
export async function holdsParticipation(ctx: AppContext, target: ReplyTarget): Promise<boolean> {
  return (await actorsOf(ctx, target)).length > 0;
}

async function actorsOf(ctx: AppContext, target: ReplyTarget): Promise<string[]> {
  const saved = await ctx.store.chat.conversation("slack", guestKey(identityOf(target)));
  return Array.isArray(saved?.data.actors) ? saved.data.actors.filter((a) => typeof a === "string") : [];
}

/** Serves a guest's interaction; false when this Slack user holds no participation (an unlinked user). */
export async function servedAsGuest(
  ctx: AppContext,
  client: SlackClient,
  target: ReplyTarget,
  item: SlackItem,
): Promise<boolean> {
  const actorIds = await actorsOf(ctx, target);
  if (actorIds.length === 0) return false;
  const guest = { ctx, actorIds, platform: "slack" as const };
  const result =
    item.type === "command"
      ? await runGuestCommand({ ...guest, text: item.text })
      : item.type === "action"
        ? await runGuestAction({ ...guest, actionId: item.actionId, ...parseCaseActionValue(item.value) })
        : await submitGuestForm({ ...guest, formId: item.formId, values: item.values });
  const triggerId = item.triggerId ? { triggerId: item.triggerId } : {};
  await showResult({ ctx, client, result, target, ...triggerId, locale: "nl" });
  return true;
}

/** The outbox's message to a participant's Slack account; nothing when they redeemed elsewhere (or not at all). */
export function sendToGuest(ctx: AppContext, routing: SlackRouting) {
  return async (input: { actorId: string; caseId: string; text: string; card?: Card }): Promise<void> => {
    const saved = await ctx.store.chat.conversation("slack", externalKey(input.actorId));
    if (!saved) return;
    const { teamId, enterpriseId } = saved.data as { teamId?: string | null; enterpriseId?: string | null };
    const client = await routing.placeClient(teamId || enterpriseId ? placeOf({ teamId, enterpriseId }) : null);
    if (!client) throw new Error("the Slack workspace of an external participant has no install");
    if (input.card) return postCard(client, saved.conversationId, input.text, input.card, input.caseId);
    await client.chat.postMessage({ channel: saved.conversationId, text: clip(input.text, LIMITS.messageText) });
  };
}
