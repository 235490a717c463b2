// Copies of case cards in people's Slack DMs: remembered when sent, updated in place when the case changes
// (each with that person's own buttons), and an older copy loses its buttons when a newer one arrives.
import { DeliveryError, type ChatPort } from "../../app/chat-port.ts";
import type { AppContext } from "../../app/context.ts";
import type { MessageRef } from "../../app/ports.ts";
import type { Card } from "../../ui/card.ts";
import { clip, LIMITS } from "./block-kit.ts";
import { renderMessageBlocks } from "./render-card-slack.ts";
import { deliveryCall } from "./slack-errors.ts";
import type { SlackClient } from "./slack-identity.ts";
import type { SlackRouting } from "./slack-routing.ts";

export interface SentDirectCard {
  caseId: string;
  personId: string;
  channel: string;
  ts: string;
  text: string;
  card: Card;
  client: SlackClient;
}

export function slackDirectCards(ctx: AppContext, routing: SlackRouting, more: (n: number) => string) {
  async function update(client: SlackClient, ref: MessageRef, card: Card): Promise<void> {
    const text = ref.lead ?? "";
    try {
      await deliveryCall("chat.update", () =>
        client.chat.update({
          channel: ref.channelKey,
          ts: ref.externalId,
          text: clip(text, LIMITS.messageText),
          blocks: renderMessageBlocks(text, card, ref.caseId, more),
        } as Parameters<SlackClient["chat"]["update"]>[0]),
      );
    } catch (error) {
      // Waiting can help (rate limit, Slack down): the outbox retries. A deleted DM cannot be fixed: log it.
      if (error instanceof DeliveryError && error.retryable) throw error;
      ctx.log.warn({ caseId: ref.caseId, personId: ref.personId, err: error }, "could not update a Slack DM card");
    }
  }

  return {
    async remember(sent: SentDirectCard): Promise<void> {
      const previous = await ctx.store.chat.messageRef(sent.caseId, "slack", sent.channel);
      // Only the newest copy in a DM keeps buttons; the older one shows the same state without them.
      if (previous && previous.externalId !== sent.ts)
        await update(sent.client, previous, { ...sent.card, actions: [] });
      await ctx.store.chat.saveMessageRef({
        caseId: sent.caseId,
        platform: "slack",
        channelKey: sent.channel,
        externalId: sent.ts,
        threadId: null,
        personId: sent.personId,
        lead: sent.text,
      });
    },
    refresh: (async ({ caseId, cardFor }) => {
      for (const ref of await ctx.store.chat.directRefs(caseId, "slack")) {
        if (!ref.personId) continue;
        const card = await cardFor(ref.personId);
        const target = card ? await routing.personTarget(ref.personId) : null;
        if (card && target) await update(target.client, ref, card);
      }
    }) satisfies NonNullable<ChatPort["refreshDirectCards"]>,
  };
}
