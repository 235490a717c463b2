// The console as a chat platform: the outbox delivers cards, thread replies and DMs into its history.
import type { ChatPort } from "../../app/chat-port.ts";
import type { Clock } from "../../app/ports.ts";
import { dmChannelId, type ConsoleMessageStore } from "./console-messages.ts";

export function createConsolePort(messages: ConsoleMessageStore, clock: Clock): ChatPort {
  return {
    platform: "local",
    async upsertCaseCard({ caseId, channel, card }) {
      const existing = await messages.caseCard(channel, caseId);
      if (existing) await messages.updateCaseCards(caseId, card);
      else {
        await messages.add({ channelId: channel, text: "", card, caseId, threadOf: null, createdAt: clock.now() });
        await messages.updateCaseCards(caseId, card);
      }
    },
    async postInThread({ caseId, channel, text }) {
      const parent = await messages.caseCard(channel, caseId);
      // Without its card a reply has no place yet; failing here makes the outbox retry it later.
      if (!parent) throw new Error(`case card for ${caseId} is not in ${channel} yet`);
      await messages.add({ channelId: channel, text, card: null, caseId, threadOf: parent.id, createdAt: clock.now() });
    },
    async sendDirect({ personId, text, card, caseId }) {
      await messages.add({
        channelId: dmChannelId(personId),
        text,
        card: card ?? null,
        caseId: caseId ?? null,
        threadOf: null,
        createdAt: clock.now(),
      });
    },
    async postToChannel({ channel, text, card }) {
      await messages.add({
        channelId: channel,
        text,
        card: card ?? null,
        caseId: null,
        threadOf: null,
        createdAt: clock.now(),
      });
    },
  };
}
