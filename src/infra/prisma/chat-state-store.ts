// Platform bookkeeping: where each case card lives (to update it in place) and how to reach people and channels.
import type { ChatStateStore, Platform } from "../../app/ports.ts";
import type { Db } from "./client.ts";

export function createChatStateStore(db: Db): ChatStateStore {
  return {
    async messageRef(caseId, platform, channelKey) {
      const row = await db.chatMessageRef.findUnique({ where: { caseId_platform_channelKey: { caseId, platform, channelKey } } });
      return row ? { ...row, platform: row.platform as Platform } : null;
    },
    async saveMessageRef(ref) {
      const key = { caseId: ref.caseId, platform: ref.platform, channelKey: ref.channelKey };
      await db.chatMessageRef.upsert({ where: { caseId_platform_channelKey: key }, create: ref, update: { externalId: ref.externalId, threadId: ref.threadId } });
    },
    async conversation(platform, key) {
      const row = await db.conversationRef.findUnique({ where: { platform_key: { platform, key } } });
      return row ? { platform: row.platform as Platform, key: row.key, conversationId: row.conversationId, serviceUrl: row.serviceUrl, data: JSON.parse(row.data) as Record<string, unknown> } : null;
    },
    async saveConversation(ref, at) {
      const data = { conversationId: ref.conversationId, serviceUrl: ref.serviceUrl, data: JSON.stringify(ref.data), updatedAt: at };
      await db.conversationRef.upsert({ where: { platform_key: { platform: ref.platform, key: ref.key } }, create: { platform: ref.platform, key: ref.key, ...data }, update: data });
    },
  };
}
