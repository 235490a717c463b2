// The console's chat history in the database, so it survives a restart of `npm start`.
import type { ConsoleMessage, ConsoleMessageStore } from "../../app/console-message-port.ts";
import type { Card } from "../../ui/card.ts";
import type { Db } from "./client.ts";

type Row = {
  id: string;
  channelId: string;
  text: string;
  card: string | null;
  caseId: string | null;
  threadOf: string | null;
  createdAt: Date;
};
const toMessage = (row: Row): ConsoleMessage => ({ ...row, card: row.card ? (JSON.parse(row.card) as Card) : null });

export function createConsoleMessageStore(db: Db): ConsoleMessageStore {
  return {
    async add(m) {
      const row = await db.$transaction(async (tx) => {
        const last = await tx.consoleMessage.findFirst({
          where: { channelId: m.channelId },
          orderBy: { seq: "desc" },
          select: { seq: true },
        });
        return tx.consoleMessage.create({
          data: {
            ...m,
            card: m.card ? JSON.stringify(m.card) : null,
            seq: (last?.seq ?? 0) + 1,
            updatedAt: m.createdAt,
          },
        });
      });
      return toMessage(row);
    },
    async caseCard(channelId, caseId) {
      const row = await db.consoleMessage.findFirst({
        where: { channelId, caseId, threadOf: null, NOT: { card: null } },
        orderBy: { seq: "asc" },
      });
      return row ? toMessage(row) : null;
    },
    async updateCaseCards(caseId, card) {
      const result = await db.consoleMessage.updateMany({
        where: { caseId, NOT: { card: null } },
        data: { card: JSON.stringify(card), updatedAt: new Date() },
      });
      return result.count;
    },
    list: async (channelId) =>
      (await db.consoleMessage.findMany({ where: { channelId }, orderBy: { seq: "asc" } })).map(toMessage),
    get: async (id) => {
      const row = await db.consoleMessage.findUnique({ where: { id } });
      return row ? toMessage(row) : null;
    },
  };
}
