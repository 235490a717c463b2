// Makes a Slack request count once: Slack's retries, replays and doubled deliveries of the same payload get
// the first answer (in this process) or nothing (after a restart), never a second case or acknowledgement.
import type { AppContext } from "../../app/context.ts";

export interface Guarded<T> {
  fresh: boolean;
  result: T | null;
}
export type ReplayGuard = <T>(key: string, work: () => Promise<T>) => Promise<Guarded<T>>;

const NOT_CLAIMED = Symbol("not claimed");

export function createReplayGuard(ctx: AppContext, remember = 1000): ReplayGuard {
  const recent = new Map<string, Promise<unknown>>();
  return async <T>(key: string, work: () => Promise<T>): Promise<Guarded<T>> => {
    const earlier = recent.get(key);
    if (earlier) {
      ctx.log.info({ key }, "ignored a repeated Slack request");
      const value = await earlier;
      return { fresh: false, result: value === NOT_CLAIMED ? null : (value as T) };
    }
    const running = (async () => {
      const claimed = await ctx.store
        .transaction((tx) => tx.claimRequest(key, ctx.clock.now()))
        .catch((error: unknown) => {
          ctx.log.warn({ key, err: String(error) }, "could not claim a Slack request key; treating it as a repeat");
          return false;
        });
      return claimed ? work() : NOT_CLAIMED;
    })();
    recent.set(key, running);
    if (recent.size > remember) {
      const oldest = recent.keys().next().value;
      if (oldest !== undefined) recent.delete(oldest);
    }
    const value = await running;
    if (value === NOT_CLAIMED) ctx.log.info({ key }, "ignored a Slack request that was handled before");
    return value === NOT_CLAIMED ? { fresh: false, result: null } : { fresh: true, result: value as T };
  };
}
