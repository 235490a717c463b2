// Copies of case cards in people's Teams personal chats: remembered when sent, updated in place by activity id
// when the case changes (each with that person's own buttons); an older copy loses its buttons for a newer one.
import { DeliveryError, type ChatPort } from "../../app/chat-port.ts";
import type { AppContext } from "../../app/context.ts";
import type { MessageRef } from "../../app/ports.ts";
import type { Card } from "../../ui/card.ts";
import { renderCaseCardTeams } from "./render-card-teams.ts";
import { ConnectorError, type Connector } from "./teams-connector.ts";
import { personalTarget, type Target } from "./teams-conversations.ts";

export interface SentTeamsCard {
  caseId: string;
  personId: string;
  target: Target;
  activityId: string;
  text: string;
  card: Card;
}

export function teamsDirectCards(ctx: AppContext, connector: Connector) {
  async function update(target: Target, ref: MessageRef, card: Card): Promise<void> {
    try {
      await connector.update(target, ref.externalId, {
        text: ref.lead ?? "",
        card: renderCaseCardTeams(card, ref.caseId),
      });
    } catch (error) {
      // A deleted message cannot be fixed (log it); anything waiting can help with goes back to the outbox.
      if (error instanceof ConnectorError && error.status === 404)
        return void ctx.log.warn({ caseId: ref.caseId, personId: ref.personId }, "Teams personal card was gone");
      if (error instanceof DeliveryError && !error.retryable)
        return void ctx.log.warn({ caseId: ref.caseId, err: error }, "could not update a Teams personal card");
      throw error;
    }
  }

  return {
    async remember(sent: SentTeamsCard): Promise<void> {
      const previous = await ctx.store.chat.messageRef(sent.caseId, "teams", sent.target.conversationId);
      if (previous && previous.externalId !== sent.activityId)
        await update(sent.target, previous, { ...sent.card, actions: [] });
      await ctx.store.chat.saveMessageRef({
        caseId: sent.caseId,
        platform: "teams",
        channelKey: sent.target.conversationId,
        externalId: sent.activityId,
        threadId: null,
        personId: sent.personId,
        lead: sent.text,
      });
    },
    refresh: (async ({ caseId, cardFor }) => {
      for (const ref of await ctx.store.chat.directRefs(caseId, "teams")) {
        if (!ref.personId) continue;
        const card = await cardFor(ref.personId);
        const target = card ? await personalTarget(ctx, ref.personId) : null;
        if (card && target?.conversationId === ref.channelKey) await update(target, ref, card);
      }
    }) satisfies NonNullable<ChatPort["refreshDirectCards"]>,
  };
}
