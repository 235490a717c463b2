// Acks go before work: the work after an ack waits while any request is on its way to its ack, and for a few
// milliseconds after the last one (the next usually follows at once), but never long, so a steady stream of
// requests cannot starve the work.

/** The longest the work waits for acks at a time. */
const ACK_PRIORITY_MS = 250;
/** How long the adapters must have been quiet before the work goes on. */
const QUIET_MS = 5;

export interface AckPriority {
  /** Runs a request's before-the-ack part (checks, the insert, the answer); the work waits for it. */
  admit<T>(work: () => Promise<T>): Promise<T>;
  /** Resolves when no request is before its ack and none was for QUIET_MS, or after ACK_PRIORITY_MS. */
  acksDone(): Promise<void>;
}

export function createAckPriority(): AckPriority {
  let admitting = 0;
  let lastAnswered = Number.NEGATIVE_INFINITY;
  let waiting: (() => void)[] = [];
  const quietFor = () => (admitting > 0 ? 0 : performance.now() - lastAnswered);
  // One wait: until a request's ack, until the quiet period is over, or until the deadline.
  const pause = (until: number) =>
    new Promise<void>((resolve) => {
      const quietLeft = admitting > 0 ? Number.POSITIVE_INFINITY : QUIET_MS - quietFor();
      const timer = setTimeout(resolve, Math.max(1, Math.min(quietLeft, until - performance.now())));
      waiting.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  return {
    async admit(work) {
      admitting += 1;
      try {
        return await work();
      } finally {
        admitting -= 1;
        if (admitting === 0) {
          lastAnswered = performance.now();
          const woken = waiting;
          waiting = [];
          for (const wake of woken) wake();
        }
      }
    },
    async acksDone() {
      const until = performance.now() + ACK_PRIORITY_MS;
      while (quietFor() < QUIET_MS && performance.now() < until) await pause(until);
    },
  };
}
