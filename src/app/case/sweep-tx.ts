// The sweep's view of a transaction: directory data (roster, organisations, municipalities, coordinators,
// absences) read once per sweep, and the rungs' messages and timeline events written once per batch.
import type { AbsenceRecord, CaseEventInput, OutboxPayload, Platform, StoreTx } from "../ports.ts";

const CACHED = [
  "person",
  "organisation",
  "municipality",
  "region",
  "rosterEntry",
  "rosterForMunicipality",
  "regionCoordinators",
] as const satisfies readonly (keyof StoreTx)[];

/** What one sweep remembers between its batches. */
export interface SweepCache {
  now: Date;
  /** Absences not over at `now`, read once when something is due. */
  absences: readonly AbsenceRecord[];
  reads: Map<string, Promise<unknown>>;
  /** Where each person's messages go, per set of running platforms: read once per person per sweep. */
  places: Map<string, Map<string, readonly Platform[]>>;
}

export const createSweepCache = (now: Date, absences: readonly AbsenceRecord[]): SweepCache => ({
  now,
  absences,
  reads: new Map(),
  places: new Map(),
});

/** The places of the people these messages go to, from the sweep's cache; those not in it yet are read (one read). */
async function placesFor(
  tx: StoreTx,
  cache: SweepCache,
  payloads: readonly OutboxPayload[],
  running: readonly Platform[],
) {
  const key = running.join(",");
  const places = cache.places.get(key) ?? new Map<string, readonly Platform[]>();
  cache.places.set(key, places);
  const missing = new Set(
    payloads.flatMap((p) => (p.kind === "person.dm" && !places.has(p.personId) ? [p.personId] : [])),
  );
  if (missing.size)
    for (const [personId, found] of await tx.peoplePlaces([...missing], running)) places.set(personId, found);
  return places;
}

function cachedReads(tx: StoreTx, cache: SweepCache): Pick<StoreTx, (typeof CACHED)[number]> {
  const memo = <K extends (typeof CACHED)[number]>(name: K): StoreTx[K] => {
    const read = tx[name] as (...args: string[]) => Promise<unknown>;
    const cached = (...args: string[]) => {
      const key = `${name}\u0000${args.join("\u0000")}`;
      let hit = cache.reads.get(key);
      if (!hit) {
        hit = read(...args);
        cache.reads.set(key, hit);
        hit.catch(() => cache.reads.delete(key)); // a failed read is tried again, not remembered
      }
      return hit;
    };
    return cached as StoreTx[K];
  };
  return Object.fromEntries(CACHED.map((name) => [name, memo(name)])) as Pick<StoreTx, (typeof CACHED)[number]>;
}

export interface SweepTx {
  tx: StoreTx;
  /** Writes what the batch queued: its messages, then its timeline events (three statements in all). */
  flush(): Promise<void>;
}

type Queued = { at: Date; platforms: readonly Platform[] };

/** A transaction whose directory reads come from the sweep's cache and whose writes wait for `flush`. */
export function sweepTx(tx: StoreTx, cache: SweepCache): SweepTx {
  const messages = new Map<string, Queued & { payloads: OutboxPayload[] }>();
  const events: CaseEventInput[] = [];
  const absencesOf: StoreTx["absencesOf"] = async (personIds, at) =>
    at.getTime() === cache.now.getTime()
      ? cache.absences.filter((a) => personIds.includes(a.personId))
      : tx.absencesOf(personIds, at);
  const enqueue: StoreTx["enqueue"] = async (payload, at, platforms) => {
    const key = `${at.getTime()}:${platforms.join(",")}`;
    const group = messages.get(key) ?? { at, platforms, payloads: [] };
    group.payloads.push(payload);
    messages.set(key, group);
  };
  return {
    tx: {
      ...tx,
      ...cachedReads(tx, cache),
      absencesOf,
      enqueue,
      appendEvent: async (event) => void events.push(event),
    },
    async flush() {
      for (const { payloads, at, platforms } of messages.values())
        await tx.enqueueMany(payloads, at, platforms, await placesFor(tx, cache, payloads, platforms));
      await tx.appendEvents(events);
      messages.clear();
      events.length = 0;
    },
  };
}
