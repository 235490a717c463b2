// The outbox's way into Slack: the case card in the mapped channel (posted once, then chat.update),
// timeline replies in its thread, DMs through conversations.open, and coordinator channel posts.
import type { ChatPort } from "../../app/chat-port.ts";
import type { AppContext } from "../../app/context.ts";
import { reportUnreachable } from "../../app/report-unreachable.ts";
import { t } from "../../i18n/messages.ts";
import { renderCardBlocks, renderMessageBlocks } from "./render-card-slack.ts";
import { clip, LIMITS } from "./block-kit.ts";
import { slackDirectCards } from "./slack-direct-cards.ts";
import { sendToGuest } from "./slack-guests.ts";
import { deliveryCall, toDeliveryError } from "./slack-errors.ts";
import type { SlackClient } from "./slack-identity.ts";
import type { SlackRouting } from "./slack-routing.ts";

const more = (n: number) => t("nl", "slack.more", { count: n });

export function createSlackPort(ctx: AppContext, routing: SlackRouting, channels: Record<string, string>): ChatPort {
  const channelId = (name: string) => {
    const id = channels[name];
    if (!id) throw new Error(`no Slack channel mapped for ${name} (SLACK_CHANNELS)`);
    return id;
  };
  type PostArgs = { channel: string; text: string; blocks?: unknown[]; thread_ts?: string };
  const post = async (args: PostArgs, to?: SlackClient) => {
    const client = to ?? (await routing.channelClient());
    const result = await deliveryCall("chat.postMessage", () =>
      client.chat.postMessage({ ...args, text: clip(args.text, LIMITS.messageText) } as Parameters<
        SlackClient["chat"]["postMessage"]
      >[0]),
    );
    return result.ts as string;
  };

  const directCards = slackDirectCards(ctx, routing, more);

  async function directChannel(client: SlackClient, slackUserId: string, identity: string): Promise<string> {
    const key = `dm:${identity}`;
    const saved = await ctx.store.chat.conversation("slack", key);
    if (saved) return saved.conversationId;
    const opened = await deliveryCall("conversations.open", () => client.conversations.open({ users: slackUserId }));
    const id = opened.channel?.id;
    if (!id) throw new Error("slack conversations.open returned no channel");
    await ctx.store.chat.saveConversation(
      { platform: "slack", key, conversationId: id, serviceUrl: null, data: {} },
      ctx.clock.now(),
    );
    return id;
  }

  return {
    platform: "slack",
    async upsertCaseCard({ caseId, channel, text, card }) {
      const id = channelId(channel);
      const blocks = renderCardBlocks(card, caseId, more);
      const ref = await ctx.store.chat.messageRef(caseId, "slack", id);
      if (ref) {
        try {
          const client = await routing.channelClient();
          await deliveryCall("chat.update", () =>
            client.chat.update({
              channel: id,
              ts: ref.externalId,
              text: clip(text, LIMITS.messageText),
              blocks,
            }),
          );
          return;
        } catch (error) {
          // The card was deleted in Slack: post it again rather than lose it.
          if (!(error instanceof Error && error.message.endsWith("message_not_found"))) throw error;
          ctx.log.warn({ caseId, channel: id }, "case card was gone from Slack; posting it again");
        }
      }
      const ts = await post({ channel: id, text, blocks });
      await ctx.store.chat.saveMessageRef({
        caseId,
        platform: "slack",
        channelKey: id,
        externalId: ts,
        threadId: null,
      });
    },
    async postInThread({ caseId, channel, text }) {
      const id = channelId(channel);
      const ref = await ctx.store.chat.messageRef(caseId, "slack", id);
      // Without its card a reply has no thread yet; failing makes the outbox try again after the card is posted.
      if (!ref) throw new Error(`case card for ${caseId} is not in Slack channel ${id} yet`);
      await post({ channel: id, thread_ts: ref.externalId, text });
    },
    async sendDirect({ personId, text, card, caseId }) {
      let target: Awaited<ReturnType<SlackRouting["personTarget"]>>;
      try {
        target = await routing.personTarget(personId);
      } catch (error) {
        throw toDeliveryError("users.lookupByEmail", error);
      }
      // Slack is this person's one place, but no installed workspace knows them: the card and coordinators say so.
      if (!target) return reportUnreachable({ ctx, personId, platform: "slack", ...(caseId ? { caseId } : {}) });
      const channel = await directChannel(target.client, target.userId, target.identity);
      const ts = await post({ channel, text, blocks: renderMessageBlocks(text, card, caseId, more) }, target.client);
      if (card && caseId)
        await directCards.remember({ caseId, personId, channel, ts, text, card, client: target.client });
    },
    refreshDirectCards: (input) => directCards.refresh(input),
    sendExternal: sendToGuest(ctx, routing),
    async postToChannel({ channel, text, card }) {
      await post({ channel: channelId(channel), text, blocks: renderMessageBlocks(text, card, undefined, more) });
    },
  };
}
