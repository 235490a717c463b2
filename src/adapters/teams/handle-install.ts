// The bot was added to a team or a personal chat (conversationUpdate / installationUpdate): remember where it
// can post from now on, and greet a person who installed it personally.
import type { AppContext } from "../../app/context.ts";
import { t } from "../../i18n/messages.ts";
import { actingPerson } from "./acting-person.ts";
import { isPersonal, tenantOf, type IncomingActivity } from "./teams-activity.ts";
import type { TeamsConfig } from "./teams-config.ts";
import { rememberServiceUrl, rememberTeamChannel } from "./teams-conversations.ts";
import type { MemberLookup } from "./teams-identity.ts";
import type { Reply } from "./handle-message.ts";

function botWasAdded(activity: IncomingActivity): boolean {
  if (activity.type === "installationUpdate") return activity.action === "add" || activity.action === "add-upgrade";
  return (activity.membersAdded ?? []).some((m) => m.id === activity.recipient.id);
}

export async function handleInstall(
  ctx: AppContext,
  config: TeamsConfig,
  activity: IncomingActivity,
  lookup: MemberLookup,
): Promise<Reply | null> {
  if (!botWasAdded(activity)) return null;
  const tenant = tenantOf(activity)?.toLowerCase();
  if (!tenant || !config.allowedTenants.includes(tenant)) {
    ctx.log.warn({ tenant: tenantOf(activity) }, "ignored a Teams installation in another tenant");
    return null;
  }
  if (activity.channelData?.team?.id) {
    await rememberServiceUrl(ctx, activity);
    await rememberTeamChannel(ctx, config, activity);
    return null;
  }
  if (!isPersonal(activity)) return null;
  const acting = await actingPerson(ctx, config, activity, lookup);
  if (!acting.ok) return { text: acting.text };
  ctx.log.info({ personId: acting.person.id }, "Teams app installed in a personal chat");
  // Teams announces a personal install twice (conversationUpdate and installationUpdate); greet once.
  if (activity.type !== "installationUpdate") return null;
  return { text: t(acting.locale, "teams.welcome", { name: acting.person.name }) };
}
