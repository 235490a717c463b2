// Platform bookkeeping: where each case card lives (to update it in place) and how to reach people and channels.
import type { ChatStateStore, InstallationRecord, Platform } from "../../app/ports.ts";
import type { Db } from "./client.ts";

type InstallationRow = Omit<InstallationRecord, "platform"> & { platform: string };
const installationOf = (row: InstallationRow): InstallationRecord => ({
  platform: row.platform as Platform,
  key: row.key,
  teamId: row.teamId,
  enterpriseId: row.enterpriseId,
  sealed: row.sealed,
});

export function createChatStateStore(db: Db): ChatStateStore {
  return {
    async messageRef(caseId, platform, channelKey) {
      const row = await db.chatMessageRef.findUnique({
        where: { caseId_platform_channelKey: { caseId, platform, channelKey } },
      });
      return row ? { ...row, platform: row.platform as Platform } : null;
    },
    async saveMessageRef(ref) {
      const key = { caseId: ref.caseId, platform: ref.platform, channelKey: ref.channelKey };
      await db.chatMessageRef.upsert({
        where: { caseId_platform_channelKey: key },
        create: ref,
        update: { externalId: ref.externalId, threadId: ref.threadId, personId: ref.personId, lead: ref.lead },
      });
    },
    async directRefs(caseId, platform) {
      const rows = await db.chatMessageRef.findMany({ where: { caseId, platform, personId: { not: null } } });
      return rows.map((row) => ({ ...row, platform: row.platform as Platform }));
    },
    async conversation(platform, key) {
      const row = await db.conversationRef.findUnique({ where: { platform_key: { platform, key } } });
      return row
        ? {
            platform: row.platform as Platform,
            key: row.key,
            conversationId: row.conversationId,
            serviceUrl: row.serviceUrl,
            data: JSON.parse(row.data) as Record<string, unknown>,
          }
        : null;
    },
    async saveConversation(ref, at) {
      const data = {
        conversationId: ref.conversationId,
        serviceUrl: ref.serviceUrl,
        data: JSON.stringify(ref.data),
        updatedAt: at,
      };
      await db.conversationRef.upsert({
        where: { platform_key: { platform: ref.platform, key: ref.key } },
        create: { platform: ref.platform, key: ref.key, ...data },
        update: data,
      });
    },
    async installation(platform, key) {
      const row = await db.platformInstallation.findUnique({ where: { platform_key: { platform, key } } });
      return row ? installationOf(row) : null;
    },
    async installations(platform) {
      const rows = await db.platformInstallation.findMany({ where: { platform }, orderBy: { installedAt: "asc" } });
      return rows.map(installationOf);
    },
    async saveInstallation(record, at) {
      const data = { teamId: record.teamId, enterpriseId: record.enterpriseId, sealed: record.sealed, updatedAt: at };
      await db.platformInstallation.upsert({
        where: { platform_key: { platform: record.platform, key: record.key } },
        create: { platform: record.platform, key: record.key, ...data, installedAt: at },
        update: data,
      });
    },
    async deleteInstallation(platform, key) {
      await db.platformInstallation.deleteMany({ where: { platform, key } });
    },
  };
}
