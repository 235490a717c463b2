// One request's reads, each asked of the database once: a card refresh or a details view reads the same person,
// roster entry and case through several helpers (and a view log names each viewer as often as they looked).
import type { AppContext } from "./context.ts";
import type { StoreTx } from "./ports.ts";

/** Directory reads: the region's people and roster, which no interaction changes. */
const DIRECTORY = [
  "person",
  "organisation",
  "municipality",
  "region",
  "rosterEntry",
  "rosterForMunicipality",
  "rosterForPerson",
  "regionCoordinators",
  "coordinatorRegions",
  "personByIdentity",
  "identitiesOf",
] as const satisfies readonly (keyof StoreTx)[];

/** A case's own rows: remembered only by work that only reads (a card refresh), never across a write. */
const CASE = [
  "case",
  "parties",
  "obligations",
  "events",
  "caseFlags",
  "caseDates",
] as const satisfies readonly (keyof StoreTx)[];

type Read = (...args: unknown[]) => Promise<unknown>;

function memo(tx: StoreTx, names: readonly string[]): StoreTx {
  const cache = new Map<string, Promise<unknown>>();
  return new Proxy(tx, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof prop !== "string" || typeof value !== "function") return value;
      const read = (value as Read).bind(target);
      if (!names.includes(prop)) return read;
      return (...args: unknown[]) => {
        const key = `${prop}\u0000${JSON.stringify(args)}`;
        let hit = cache.get(key);
        if (!hit) {
          hit = read(...args);
          cache.set(key, hit);
          hit.catch(() => cache.delete(key)); // a failed read is tried again, not remembered
        }
        // Callers sort what they read in place: each gets its own copy of a list.
        return hit.then((rows) => (Array.isArray(rows) ? [...rows] : rows));
      };
    },
  });
}

/** The transaction with its directory reads remembered for as long as the caller keeps it (one request). */
export const directoryMemo = (tx: StoreTx): StoreTx => memo(tx, DIRECTORY);

/** The context of one read-only request: directory and case reads each asked once. */
export function readOnlyRequest(ctx: AppContext): AppContext {
  return { ...ctx, store: { ...ctx.store, read: memo(ctx.store.read, [...DIRECTORY, ...CASE]) } };
}
