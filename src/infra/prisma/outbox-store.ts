// The outbox: messages written with the change that caused them, delivered per platform with retries. Each
// delivery is claimed with a lease (a conditional update) before it is sent, so instances never both send it.
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { OutboxPayload, OutboxStore, Platform, StoreTx } from "../../app/ports.ts";
import type { Db, DbTx } from "./client.ts";
import { personPlatforms } from "./reach-store.ts";

/** How long a claim holds: a crashed instance's deliveries are sent by another after this (wall clock). */
export const LEASE_MS = 60_000;

export function outboxWrites(db: DbTx): Pick<StoreTx, "enqueue"> {
  return {
    async enqueue(payload, at, running) {
      // A person's message goes to their one place only; channel posts go to every platform.
      const platforms = payload.kind === "person.dm" ? await personPlatforms(db, payload.personId, running) : running;
      if (!platforms.length) return;
      await db.outboxMessage.create({
        data: {
          createdAt: at,
          kind: payload.kind,
          caseId: "caseId" in payload ? (payload.caseId ?? null) : null,
          payload: JSON.stringify(payload),
          deliveries: { create: platforms.map((platform) => ({ platform, status: "pending", nextAttemptAt: at })) },
        },
      });
    },
  };
}

type Row = { id: string; attempts: number; outboxId: number; message: { createdAt: Date; payload: string } };
const toPending = (r: Row) => ({
  deliveryId: r.id,
  attempts: r.attempts,
  outboxId: String(r.outboxId),
  createdAt: r.message.createdAt,
  payload: JSON.parse(r.message.payload) as OutboxPayload,
});
const unclaimed = (wall: Date) => ({ OR: [{ leaseUntil: null }, { leaseUntil: { lt: wall } }] });

export function outboxStore(db: Db): OutboxStore {
  const instance = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  const due = (platform: Platform, now: Date, limit: number) =>
    db.outboxDelivery.findMany({
      where: { platform, status: "pending", nextAttemptAt: { lte: now }, ...unclaimed(new Date()) },
      include: { message: true },
      orderBy: { outboxId: "asc" },
      take: limit,
    });
  return {
    pendingDeliveries: async (platform, now, limit) => (await due(platform, now, limit)).map(toPending),
    async claimDeliveries(platform, now, limit) {
      const claimed: Row[] = [];
      for (const row of await due(platform, now, limit)) {
        const wall = new Date();
        const { count } = await db.outboxDelivery.updateMany({
          where: { id: row.id, status: "pending", ...unclaimed(wall) },
          data: { leaseUntil: new Date(wall.getTime() + LEASE_MS), leasedBy: instance },
        });
        if (count === 1) claimed.push(row);
      }
      return claimed.map(toPending);
    },
    async markDelivered(deliveryId) {
      const data = { status: "delivered", attempts: { increment: 1 }, lastError: null, leaseUntil: null };
      await db.outboxDelivery.update({ where: { id: deliveryId }, data });
    },
    async markFailed(deliveryId, { error, code, nextAttemptAt, dead }) {
      await db.outboxDelivery.update({
        where: { id: deliveryId },
        data: {
          attempts: { increment: 1 },
          lastError: error.slice(0, 1000),
          errorCode: code,
          nextAttemptAt,
          leaseUntil: null,
          ...(dead ? { status: "dead" } : {}),
        },
      });
    },
    async deadLetters() {
      const rows = await db.outboxDelivery.findMany({
        where: { status: "dead" },
        include: { message: true },
        orderBy: { outboxId: "asc" },
      });
      return rows.map((r) => ({
        deliveryId: r.id,
        platform: r.platform as Platform,
        kind: r.message.kind,
        caseId: r.message.caseId,
        attempts: r.attempts,
        code: r.errorCode,
        error: r.lastError,
        createdAt: r.message.createdAt,
      }));
    },
    async retryDead(deliveryIds, now) {
      const where = { status: "dead", ...(deliveryIds === "all" ? {} : { id: { in: deliveryIds } }) };
      const data = { status: "pending", attempts: 0, nextAttemptAt: now, leaseUntil: null };
      const { count } = await db.outboxDelivery.updateMany({ where, data });
      return count;
    },
  };
}
