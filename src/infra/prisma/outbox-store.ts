// The outbox: messages written with the change that caused them, delivered per platform with retries. Each
// delivery is claimed with a lease (a conditional update) before it is sent, so instances never both send it.
import { hostname } from "node:os";
import { randomBytes, randomUUID } from "node:crypto";
import type { OutboxPayload, OutboxStore, Platform, StoreTx } from "../../app/ports.ts";
import type { Db, DbTx } from "./client.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { type BatchSql, batchSql, type DirectSqlite } from "./batch-sql.ts";
import { type JsonColumns, jsonRows, sqlTimestamp } from "./json-rows.ts";
import { peoplePlatforms } from "./reach-store.ts";

/** How long a claim holds: a crashed instance's deliveries are sent by another after this (wall clock). */
export const LEASE_MS = 60_000;

const MESSAGE_COLUMNS: JsonColumns = [
  ["createdAt", "timestamp"],
  ["kind", "text"],
  ["caseId", "text"],
  ["payload", "text"],
];
const DELIVERY_COLUMNS: JsonColumns = [
  ["id", "text"],
  ["outboxId", "integer"],
  ["platform", "text"],
  ["nextAttemptAt", "timestamp"],
];

/** Grows with every insert in this process (shared by the stores of all clients: at worst one flush too many). */
let queuedMark = 0;

/** Two statements for any number of messages, each with one bound parameter (json-rows.ts), in the order given. */
async function insertMessages(
  sql: BatchSql,
  payloads: readonly OutboxPayload[],
  at: Date,
  platforms: readonly Platform[],
) {
  queuedMark += 1;
  const { dialect } = sql;
  const createdAt = sqlTimestamp(at);
  const rows = payloads.map((payload) => {
    const caseId = "caseId" in payload ? (payload.caseId ?? null) : null;
    return { createdAt, kind: payload.kind, caseId, payload: JSON.stringify(payload) };
  });
  const messages = await sql.query<{ id: number | bigint }>(Prisma.sql`
    WITH ${jsonRows(dialect, "m", MESSAGE_COLUMNS, rows)}
    INSERT INTO "OutboxMessage" ("createdAt", "kind", "caseId", "payload")
    SELECT m."createdAt", m."kind", m."caseId", m."payload" FROM m ORDER BY m."ord"
    RETURNING "id"`);
  const deliveries = messages.flatMap(({ id }) =>
    platforms.map((platform) => ({ id: randomUUID(), outboxId: Number(id), platform, nextAttemptAt: createdAt })),
  );
  if (deliveries.length === 0) return;
  await sql.execute(Prisma.sql`
    WITH ${jsonRows(dialect, "d", DELIVERY_COLUMNS, deliveries)}
    INSERT INTO "OutboxDelivery" ("id", "outboxId", "platform", "status", "attempts", "nextAttemptAt")
    SELECT d."id", d."outboxId", d."platform", 'pending', 0, d."nextAttemptAt" FROM d`);
}

export function outboxWrites(
  db: DbTx,
  direct?: DirectSqlite,
): Pick<StoreTx, "enqueue" | "enqueueMany" | "peoplePlaces"> {
  const sql = batchSql(db, direct);
  const enqueueMany: StoreTx["enqueueMany"] = async (payloads, at, running, known) => {
    // A person's message goes to their one place only (looked up once for all); channel posts go everywhere.
    const people = payloads.flatMap((p) => (p.kind === "person.dm" && !known?.has(p.personId) ? [p.personId] : []));
    const read = await peoplePlatforms(db, people, running);
    const groups = new Map<string, { platforms: readonly Platform[]; payloads: OutboxPayload[] }>();
    for (const payload of payloads) {
      const { personId } = payload.kind === "person.dm" ? payload : { personId: undefined };
      const platforms = personId === undefined ? running : (known?.get(personId) ?? read.get(personId) ?? []);
      if (!platforms.length) continue;
      const group = groups.get(platforms.join(",")) ?? { platforms, payloads: [] };
      group.payloads.push(payload);
      groups.set(platforms.join(","), group);
    }
    for (const group of groups.values()) await insertMessages(sql, group.payloads, at, group.platforms);
  };
  return {
    enqueueMany,
    enqueue: (payload, at, platforms) => enqueueMany([payload], at, platforms),
    peoplePlaces: (personIds, running) => peoplePlatforms(db, personIds, running),
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
    queuedMark: async () => queuedMark,
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
