// Ack first: an adapter records each interaction here (one insert, its idempotency key unique) before it acks,
// and the work runs after the ack, one item at a time, so acks never queue behind earlier clicks' work. An item
// whose process died before finishing it is picked up again after its lease (at start and every few seconds).
import type { AppContext } from "../context.ts";
import type { Platform } from "../ports.ts";
import { createAckPriority } from "./ack-priority.ts";
import { cooperativeContext } from "./cooperative-context.ts";

/** Does the work of one recorded interaction and tells the person the outcome (a failure too) on the platform. */
export type InboxHandler = (payload: unknown) => Promise<void>;

export interface InboxTicket {
  /** Queues the work; call it after the ack. */
  process(): void;
}

export interface Inbox {
  handle(platform: Platform, handler: InboxHandler): void;
  /** Runs an adapter's before-the-ack work (checks and the insert); queued items wait for it to finish. */
  admit<T>(work: () => Promise<T>): Promise<T>;
  /** Records an interaction before its ack; null when its key was recorded before (a repeat or a replay). */
  accept(platform: Platform, key: string, payload: unknown): Promise<InboxTicket | null>;
  /** Whether an interaction with this key was recorded before (a repeat), without recording anything. */
  recorded(key: string): Promise<boolean>;
  /** Holds queued work until the returned function is called (tests: to see what a person gets before the work). */
  hold(): () => void;
  /** Processes items a dead process left unfinished (their lease ran out); how many. */
  resume(): Promise<number>;
  /** Resolves once every queued item is done (tests, and a clean shutdown). */
  idle(): Promise<void>;
  /** The context handlers and deliveries run with: its store lets waiting requests in before each call. */
  readonly workContext: AppContext;
}

export interface InboxOptions {
  ctx: AppContext;
  /** Delivers what the work queued (card updates, DMs) at once. */
  flush: () => Promise<void>;
  /** How long a recorded item belongs to the process that recorded it, before another may take it over. */
  leaseMs?: number;
}

/**
 * Each item starts on a later turn of the event loop. With SQLite the work never waits on I/O (its promises resolve
 * at once), so without this the queue ran item after item while requests that had arrived meanwhile (and answers
 * already decided) waited for all of them.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** How long the work runs before it lets requests in (checked before each store call). */
const SLICE_MS = 2;

export function createInbox({ ctx, flush, leaseMs = 30_000 }: InboxOptions): Inbox {
  const handlers = new Map<Platform, InboxHandler>();
  let queue = Promise.resolve();
  const leaseFrom = (wall: Date) => new Date(wall.getTime() + leaseMs);
  // Acks go first: the next item, and each step of the work, waits while requests are on their way to their ack.
  const { admit, acksDone } = createAckPriority();

  // Before a store call of the work, once it has held the event loop for a moment: one turn of the event loop
  // (requests that arrived are read), and while one of them is before its ack, wait for it.
  let turnAt = 0;
  const stepAside = async () => {
    if (performance.now() - turnAt < SLICE_MS) return;
    await nextTurn();
    await acksDone();
    turnAt = performance.now();
  };

  async function run(platform: Platform, id: number, payload: unknown): Promise<void> {
    const handler = handlers.get(platform);
    if (!handler) return void ctx.log.error({ platform, inboxId: id }, "no inbox handler for the platform");
    const queued = await ctx.store.outbox.queuedMark();
    try {
      await handler(payload);
    } catch (error) {
      // The handler tells the person itself; reaching here means even that failed. Never run it twice.
      ctx.log.error({ err: error, platform, inboxId: id }, "inbox item failed after its ack");
    }
    await ctx.store.inbox.markDone(id, new Date());
    // Work that queued nothing (a form that opened, a status) costs no delivery round; the timer flushes anyway.
    if ((await ctx.store.outbox.queuedMark()) === queued) return;
    void flush().catch((error: unknown) => ctx.log.error({ err: error }, "delivery after an interaction failed"));
  }

  let holds = 0;
  const onRelease: (() => void)[] = [];
  const released = () => (holds === 0 ? Promise.resolve() : new Promise<void>((resolve) => onRelease.push(resolve)));

  const enqueue = (platform: Platform, id: number, payload: unknown) => {
    queue = queue
      .then(acksDone)
      .then(released)
      .then(nextTurn)
      .then(() =>
        run(platform, id, payload).catch((error: unknown) =>
          ctx.log.error({ err: error, platform, inboxId: id }, "could not finish an inbox item"),
        ),
      );
  };

  return {
    workContext: cooperativeContext(ctx, stepAside),
    handle: (platform, handler) => void handlers.set(platform, handler),
    admit,
    async accept(platform, key, payload) {
      const wall = new Date();
      const sealed = ctx.sealer.seal(payload);
      const id = await ctx.store.inbox.add({ key, platform, payload: sealed }, wall, leaseFrom(wall));
      if (id === null) return null;
      return { process: () => enqueue(platform, id, payload) };
    },
    recorded: (key) => ctx.store.inbox.seen(key),
    hold() {
      holds += 1;
      let done = false;
      return () => {
        if (done) return;
        done = true;
        holds -= 1;
        if (holds === 0) for (const wake of onRelease.splice(0)) wake();
      };
    },
    async resume() {
      let count = 0;
      for (const platform of handlers.keys()) {
        const wall = new Date();
        for (const item of await ctx.store.inbox.claimStale(platform, wall, leaseFrom(wall), 100)) {
          ctx.log.warn({ platform, inboxId: item.id }, "processing an interaction a stopped process left unfinished");
          enqueue(platform, item.id, ctx.sealer.open(item.payload));
          count += 1;
        }
      }
      return count;
    },
    idle: async () => {
      let seen: Promise<void> | null = null;
      while (seen !== queue) {
        seen = queue;
        await seen;
      }
    },
  };
}
