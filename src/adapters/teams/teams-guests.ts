// Teams guests as external participants: a B2B guest of the tenant (or a member Schakel does not know) sends
// "extern <code>" in their personal chat with Schakel; from then on that chat shows their one case card, its
// buttons act only on their role's steps, and everything else they send or press goes to the guest use-cases.
import type { AppContext } from "../../app/context.ts";
import { externalChatCard } from "../../app/external/external-chat-card.ts";
import { inviteCodeIn, redeemExternalInvite } from "../../app/external/external-sign-in.ts";
import { runGuestAction, runGuestCommand } from "../../app/external/guest-interactions.ts";
import { failureResult, type InteractionResult } from "../../app/interactions/result.ts";
import { t } from "../../i18n/messages.ts";
import type { Card } from "../../ui/card.ts";
import { claimOnce } from "./acting-person.ts";
import { CARD_REFRESH_VERB } from "./adaptive-card.ts";
import type { Reply } from "./handle-message.ts";
import { cardResponse, messageResponse, type ActionResponse } from "./invoke-responses.ts";
import { renderCaseCardTeams, renderInfoCardTeams } from "./render-card-teams.ts";
import { commandText, executeAction, isPersonal, tenantOf, type IncomingActivity } from "./teams-activity.ts";
import type { TeamsConfig } from "./teams-config.ts";
import type { Connector } from "./teams-connector.ts";
import { personOfActivity, type MemberLookup } from "./teams-identity.ts";

const externalKey = (actorId: string) => `external:${actorId}`;
const guestKey = (activity: IncomingActivity) =>
  `guest:${tenantOf(activity)?.toLowerCase() ?? ""}:${activity.from.aadObjectId ?? ""}`;

async function actorsOf(ctx: AppContext, activity: IncomingActivity): Promise<string[]> {
  if (!activity.from.aadObjectId) return [];
  const saved = await ctx.store.chat.conversation("teams", guestKey(activity));
  return Array.isArray(saved?.data.actors) ? saved.data.actors.filter((a) => typeof a === "string") : [];
}

/** A B2B guest: the member list's role, or the "#EXT#" a guest's user principal name carries. */
async function isGuest(ctx: AppContext, activity: IncomingActivity, lookup: MemberLookup): Promise<boolean> {
  try {
    const member = await lookup(activity.conversation.id, activity.from.id);
    return member.userRole === "guest" || Boolean(member.userPrincipalName?.includes("#EXT#"));
  } catch (error) {
    ctx.log.warn({ err: error }, "could not read whether a Teams user is a guest; treated as a member");
    return false;
  }
}

async function remember(ctx: AppContext, activity: IncomingActivity, actorId: string): Promise<void> {
  const at = ctx.clock.now();
  const where = { conversationId: activity.conversation.id, serviceUrl: activity.serviceUrl };
  const actors = [...(await actorsOf(ctx, activity)), actorId];
  await ctx.store.chat.saveConversation({ platform: "teams", key: guestKey(activity), ...where, data: { actors } }, at);
  await ctx.store.chat.saveConversation({ platform: "teams", key: externalKey(actorId), ...where, data: {} }, at);
}

/** "extern <code>" from an allowed tenant: only in the personal chat; a roster person is refused (code untouched). */
export async function redeemAsGuest(
  ctx: AppContext,
  config: TeamsConfig,
  activity: IncomingActivity,
  lookup: MemberLookup,
): Promise<Reply | null> {
  const code = inviteCodeIn(commandText(activity.text).replace(/^schakel\s+/i, ""));
  const tenant = tenantOf(activity)?.toLowerCase();
  if (!code || !activity.from.aadObjectId || !tenant || !config.allowedTenants.includes(tenant)) return null;
  if (!isPersonal(activity)) return { text: t("nl", "guest.teams_personal_only") };
  if (await personOfActivity(ctx, activity, lookup)) {
    ctx.log.warn({ tenant }, "a roster person tried to redeem an external invitation on Teams; refused");
    return { text: t("nl", "error.guest_is_roster") };
  }
  try {
    const guest = await isGuest(ctx, activity, lookup);
    const signedIn = await redeemExternalInvite({ ctx, code, platform: "teams", account: { guest } });
    await remember(ctx, activity, signedIn.actorId);
    ctx.log.info({ reference: signedIn.reference, guest }, "Teams account redeemed an external invitation");
    const own = await externalChatCard(ctx, ctx.store.read, signedIn.actorId);
    const text = t("nl", "guest.welcome", signedIn);
    return { text, ...(own ? { card: renderCaseCardTeams(own.card, own.caseId) } : {}) };
  } catch (error) {
    const result = failureResult(error, "nl", ctx.log, { platform: "teams", command: "extern" });
    return { text: result.kind === "error" ? result.error : t("nl", "error.internal") };
  }
}

const textOf = (result: InteractionResult): string =>
  result.kind === "done"
    ? result.text
    : result.kind === "error"
      ? result.error
      : result.kind === "field_errors"
        ? Object.values(result.errors).join(" ")
        : result.kind === "message"
          ? result.message.text
          : "";

/** A message from a guest; null when this Teams account holds no participation (an unlinked user). */
export async function guestMessage(ctx: AppContext, activity: IncomingActivity): Promise<Reply | null> {
  const actorIds = await actorsOf(ctx, activity);
  if (actorIds.length === 0) return null;
  // Nothing about their case is said where others read along.
  if (!isPersonal(activity)) return { text: t("nl", "guest.help") };
  const result = await runGuestCommand({ ctx, actorIds, platform: "teams", text: commandText(activity.text) });
  const card = result.kind === "message" ? result.message.card : undefined;
  return { text: textOf(result), ...(card ? { card: renderInfoCardTeams(card) } : {}) };
}

/** A guest's button press (or its card's refresh); null when this Teams account holds no participation. */
export async function guestCardAction(ctx: AppContext, activity: IncomingActivity): Promise<ActionResponse | null> {
  const actorIds = await actorsOf(ctx, activity);
  const action = executeAction(activity);
  if (actorIds.length === 0 || !action) return null;
  const caseId = typeof action.data.caseId === "string" ? action.data.caseId : "";
  if (action.verb === CARD_REFRESH_VERB) {
    const own = actorIds.find((a) => a.startsWith(`external:${caseId}:`));
    const card = own ? await externalChatCard(ctx, ctx.store.read, own) : null;
    return card
      ? cardResponse(renderCaseCardTeams(card.card, card.caseId))
      : messageResponse(t("nl", "error.external_access_ended"));
  }
  if (activity.id && !(await claimOnce(ctx, `teams:activity:${activity.id}`)))
    return messageResponse(t("nl", "teams.already_handled"));
  const result = await runGuestAction({ ctx, actorIds, platform: "teams", actionId: action.verb, caseId });
  // Teams opens forms as dialogs only for roster buttons: a guest types the event in the chat instead.
  if (result.kind === "form") {
    const options = result.form.fields.find((f) => f.id === "event")?.options ?? [];
    const events = options.map((o) => `‘${o.label}’ (${o.value})`).join(", ");
    return messageResponse(t("nl", "guest.event_by_text", { events }));
  }
  return messageResponse(textOf(result));
}

/** The outbox's message to a participant's Teams account; nothing when they have none there. */
export function sendToTeamsGuest(ctx: AppContext, connector: Connector) {
  return async (input: { actorId: string; caseId: string; text: string; card?: Card }): Promise<void> => {
    const saved = await ctx.store.chat.conversation("teams", externalKey(input.actorId));
    if (!saved?.serviceUrl) return;
    const target = { conversationId: saved.conversationId, serviceUrl: saved.serviceUrl };
    const card = input.card ? { card: renderCaseCardTeams(input.card, input.caseId) } : {};
    await connector.create(target, { text: input.text, ...card });
  };
}
