// Conversation references: where the bot may post proactively. Saved when the bot is installed (in a team or
// a personal chat) or spoken to; read by the outbox port to reach region channels and people.
import { sharedChannelsOf } from "../../app/case/case-channel.ts";
import type { AppContext } from "../../app/context.ts";
import { channelConversationId, isPersonal, tenantOf, type IncomingActivity } from "./teams-activity.ts";
import type { TeamsConfig } from "./teams-config.ts";

export interface Target {
  conversationId: string;
  serviceUrl: string;
}

const SERVICE_KEY = "service";
const personKey = (personId: string) => `person:${personId}`;
const channelKey = (name: string) => `channel:${name}`;

/** The connector URL Teams last used for this tenant; proactive posts go there. */
export async function rememberServiceUrl(ctx: AppContext, activity: IncomingActivity): Promise<void> {
  const saved = await ctx.store.chat.conversation("teams", SERVICE_KEY);
  if (saved?.serviceUrl === activity.serviceUrl) return;
  await ctx.store.chat.saveConversation(
    {
      platform: "teams",
      key: SERVICE_KEY,
      conversationId: "",
      serviceUrl: activity.serviceUrl,
      data: { tenantId: tenantOf(activity) ?? null },
    },
    ctx.clock.now(),
  );
}

export async function rememberPersonalChat(
  ctx: AppContext,
  personId: string,
  activity: IncomingActivity,
): Promise<void> {
  if (!isPersonal(activity)) return;
  const saved = await ctx.store.chat.conversation("teams", personKey(personId));
  if (saved?.conversationId === activity.conversation.id && saved.serviceUrl === activity.serviceUrl) return;
  await ctx.store.chat.saveConversation(
    {
      platform: "teams",
      key: personKey(personId),
      conversationId: activity.conversation.id,
      serviceUrl: activity.serviceUrl,
      data: {
        userId: activity.from.id,
        aadObjectId: activity.from.aadObjectId ?? null,
        tenantId: tenantOf(activity) ?? null,
      },
    },
    ctx.clock.now(),
  );
  ctx.log.info({ personId }, "saved a Teams personal chat reference");
}

/**
 * The bot was added to a team: configured region channels of that team get its connector URL; with a single
 * region and no TEAMS_CHANNELS entry, the channel it was installed in becomes that region's channel.
 */
export async function rememberTeamChannel(
  ctx: AppContext,
  config: TeamsConfig,
  activity: IncomingActivity,
): Promise<string[]> {
  const installedIn =
    activity.channelData?.channel?.id ??
    activity.channelData?.team?.id ??
    channelConversationId(activity.conversation.id);
  const regions = await ctx.store.read.regions();
  const names = [...new Set(regions.flatMap((r) => [...sharedChannelsOf(r), r.coordinatorsChannel]))];
  const mapped: string[] = [];
  for (const name of names) {
    const configured = config.channels[name];
    const saved = await ctx.store.chat.conversation("teams", channelKey(name));
    const adopt = configured ? configured === installedIn : regions.length === 1 && !saved;
    if (!adopt) continue;
    await ctx.store.chat.saveConversation(
      {
        platform: "teams",
        key: channelKey(name),
        conversationId: installedIn,
        serviceUrl: activity.serviceUrl,
        data: { teamId: activity.channelData?.team?.id ?? null },
      },
      ctx.clock.now(),
    );
    mapped.push(name);
  }
  ctx.log.info({ teamId: activity.channelData?.team?.id, channels: mapped }, "Teams bot installed in a team");
  return mapped;
}

export async function channelTarget(ctx: AppContext, config: TeamsConfig, name: string): Promise<Target | null> {
  const saved = await ctx.store.chat.conversation("teams", channelKey(name));
  const configured = config.channels[name];
  if (saved && (!configured || saved.conversationId === configured))
    return { conversationId: saved.conversationId, serviceUrl: saved.serviceUrl ?? config.serviceUrl };
  if (!configured) return null;
  const service = await ctx.store.chat.conversation("teams", SERVICE_KEY);
  return { conversationId: configured, serviceUrl: service?.serviceUrl ?? config.serviceUrl };
}

export async function personalTarget(ctx: AppContext, personId: string): Promise<Target | null> {
  const saved = await ctx.store.chat.conversation("teams", personKey(personId));
  return saved?.serviceUrl ? { conversationId: saved.conversationId, serviceUrl: saved.serviceUrl } : null;
}
