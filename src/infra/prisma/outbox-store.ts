// The outbox: messages written with the change that caused them, delivered per platform with retries.
import type { OutboxPayload, OutboxStore, Platform, StoreTx } from "../../app/ports.ts";
import type { Db, DbTx } from "./client.ts";

export function outboxWrites(db: DbTx): Pick<StoreTx, "enqueue"> {
  return {
    async enqueue(payload, at, platforms) {
      await db.outboxMessage.create({
        data: {
          createdAt: at, kind: payload.kind, caseId: "caseId" in payload ? payload.caseId ?? null : null, payload: JSON.stringify(payload),
          deliveries: { create: platforms.map((platform) => ({ platform, status: "pending", nextAttemptAt: at })) },
        },
      });
    },
  };
}

export function outboxStore(db: Db): OutboxStore {
  return {
    async pendingDeliveries(platform: Platform, now: Date, limit: number) {
      const rows = await db.outboxDelivery.findMany({
        where: { platform, status: "pending", nextAttemptAt: { lte: now } },
        include: { message: true },
        orderBy: { outboxId: "asc" },
        take: limit,
      });
      return rows.map((r) => ({ deliveryId: r.id, attempts: r.attempts, outboxId: String(r.outboxId), createdAt: r.message.createdAt, payload: JSON.parse(r.message.payload) as OutboxPayload }));
    },
    async markDelivered(deliveryId) {
      await db.outboxDelivery.update({ where: { id: deliveryId }, data: { status: "delivered", attempts: { increment: 1 }, lastError: null } });
    },
    async markFailed(deliveryId, error, nextAttemptAt) {
      await db.outboxDelivery.update({ where: { id: deliveryId }, data: { attempts: { increment: 1 }, lastError: error.slice(0, 1000), nextAttemptAt } });
    },
  };
}
