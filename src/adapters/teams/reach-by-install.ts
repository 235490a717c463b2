// A roster person without a personal chat with the bot gets one: the app is installed for them through Graph
// (their linked Entra id, else their roster e-mail as UPN) and the chat is remembered like one they opened.
import type { AppContext } from "../../app/context.ts";
import type { GraphInstaller } from "./graph-install.ts";
import type { TeamsConfig } from "./teams-config.ts";
import type { Target } from "./teams-conversations.ts";

export async function reachByInstall(
  ctx: AppContext,
  config: TeamsConfig,
  installer: GraphInstaller,
  personId: string,
): Promise<Target | null> {
  const linked = (await ctx.store.read.identitiesOf(personId, "teams"))[0];
  const user = linked ?? (await ctx.store.read.person(personId))?.email;
  if (!user) return null;
  try {
    const conversationId = await installer.personalChat(user);
    const service = await ctx.store.chat.conversation("teams", "service");
    const serviceUrl = service?.serviceUrl ?? config.serviceUrl;
    const saved = { platform: "teams" as const, key: `person:${personId}`, conversationId, serviceUrl };
    await ctx.store.chat.saveConversation({ ...saved, data: { installedBy: "graph" } }, ctx.clock.now());
    ctx.log.info({ personId }, "installed the Teams app for a person through Graph");
    return { conversationId, serviceUrl };
  } catch (error) {
    // No permission, another tenant, no such user: the channel @mention still reaches them.
    ctx.log.warn(
      { personId, err: error },
      "could not install the Teams app through Graph; reaching them in the channel",
    );
    return null;
  }
}
