// The outbox's way into Teams: the case card in the region channel (posted once, then updated in place by
// activity id), timeline replies in its thread, personal messages through saved personal chats, and
// coordinator channel posts. Failures throw, so the outbox retries them; the case itself is never lost.
import type { ChatPort } from "../../app/chat-port.ts";
import type { AppContext } from "../../app/context.ts";
import { renderCaseCardTeams, renderInfoCardTeams } from "./render-card-teams.ts";
import { reachedElsewhere, reachInChannel } from "./reach-in-channel.ts";
import { reachByInstall } from "./reach-by-install.ts";
import { refreshUserIds } from "./refresh-audience.ts";
import type { GraphInstaller } from "./graph-install.ts";
import type { ActivityFeed } from "./activity-feed.ts";
import { threadConversationId } from "./teams-activity.ts";
import { teamsDirectCards } from "./teams-direct-cards.ts";
import { sendToTeamsGuest } from "./teams-guests.ts";
import type { TeamsConfig } from "./teams-config.ts";
import { ConnectorError, type Connector } from "./teams-connector.ts";
import { channelTarget, personalTarget, type Target } from "./teams-conversations.ts";

export function createTeamsPort(
  ctx: AppContext,
  config: TeamsConfig,
  connector: Connector,
  installer: GraphInstaller | null = null,
  feed: ActivityFeed | null = null,
): ChatPort {
  const channel = async (name: string): Promise<Target> => {
    const target = await channelTarget(ctx, config, name);
    // Throwing keeps the message in the outbox until the bot is installed in the team or TEAMS_CHANNELS maps it.
    if (!target)
      throw new Error(`no Teams channel known for ${name} (install the app in the team or set TEAMS_CHANNELS)`);
    return target;
  };

  const directCards = teamsDirectCards(ctx, connector);

  return {
    platform: "teams",
    async upsertCaseCard({ caseId, channel: name, card }) {
      const target = await channel(name);
      const message = { card: renderCaseCardTeams(card, caseId, await refreshUserIds(ctx, caseId)) };
      const ref = await ctx.store.chat.messageRef(caseId, "teams", target.conversationId);
      if (ref) {
        try {
          await connector.update(target, ref.externalId, message);
          return;
        } catch (error) {
          // The card was deleted in Teams: post it again rather than lose it.
          if (!(error instanceof ConnectorError && error.status === 404)) throw error;
          ctx.log.warn({ caseId }, "case card was gone from Teams; posting it again");
        }
      }
      const activityId = await connector.create(target, message);
      await ctx.store.chat.saveMessageRef({
        caseId,
        platform: "teams",
        channelKey: target.conversationId,
        externalId: activityId,
        threadId: null,
      });
    },
    async postInThread({ caseId, channel: name, text }) {
      const target = await channel(name);
      const ref = await ctx.store.chat.messageRef(caseId, "teams", target.conversationId);
      // Without its card a reply has no thread yet; failing makes the outbox try again after the card is posted.
      if (!ref) throw new Error(`case card for ${caseId} is not in Teams channel ${name} yet`);
      await connector.create(
        { ...target, conversationId: threadConversationId(target.conversationId, ref.externalId) },
        { text },
      );
    },
    async sendDirect({ personId, text, card, caseId, alert }) {
      let target = await personalTarget(ctx, personId);
      if (!target) {
        // One person, one place: someone reached on another platform is not also named in the Teams channel.
        if (await reachedElsewhere(ctx, personId)) {
          return void ctx.log.info({ personId }, "person is reached on another platform; no Teams post");
        }
        target = installer ? await reachByInstall(ctx, config, installer, personId) : null;
        if (!target) return reachInChannel(ctx, config, connector, { personId, text, ...(caseId ? { caseId } : {}) });
      }
      const rendered = card ? (caseId ? renderCaseCardTeams(card, caseId) : renderInfoCardTeams(card)) : undefined;
      const activityId = await connector.create(target, { text, ...(rendered ? { card: rendered } : {}) });
      if (card && caseId) await directCards.remember({ caseId, personId, target, activityId, text, card });
      // After the message, never instead of it: the feed entry is a nudge, and its failure is only logged.
      if (alert && feed) await feed.notify(personId, alert);
    },
    refreshDirectCards: (input) => directCards.refresh(input),
    sendExternal: sendToTeamsGuest(ctx, connector),
    async postToChannel({ channel: name, text, card }) {
      await connector.create(await channel(name), { text, ...(card ? { card: renderInfoCardTeams(card) } : {}) });
    },
  };
}
