// The ack-first inbox on Prisma: the unique key recognises a repeated interaction; a lease (a conditional update)
// lets exactly one instance pick up an item whose process died before finishing it.
import type { InboxStore } from "../../app/ports.ts";
import type { Db } from "./client.ts";

const isDuplicate = (error: unknown) => (error as { code?: string }).code === "P2002";

export function inboxStore(db: Db): InboxStore {
  return {
    async add({ key, platform, payload }, at, leaseUntil) {
      try {
        const row = await db.inboxItem.create({ data: { key, platform, payload, createdAt: at, leaseUntil } });
        return row.id;
      } catch (error) {
        if (isDuplicate(error)) return null;
        throw error;
      }
    },
    async seen(key) {
      return (await db.inboxItem.findUnique({ where: { key }, select: { id: true } })) !== null;
    },
    async claimStale(platform, now, leaseUntil, limit) {
      const stale = { doneAt: null, platform, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] };
      const rows = await db.inboxItem.findMany({ where: stale, orderBy: { id: "asc" }, take: limit });
      const claimed: { id: number; payload: string }[] = [];
      for (const row of rows) {
        const { count } = await db.inboxItem.updateMany({ where: { id: row.id, ...stale }, data: { leaseUntil } });
        if (count === 1) claimed.push({ id: row.id, payload: row.payload });
      }
      return claimed;
    },
    async markDone(id, at) {
      await db.inboxItem.update({ where: { id }, data: { doneAt: at, payload: "", leaseUntil: null } });
    },
  };
}
