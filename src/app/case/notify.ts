// Queues the chat messages a change causes, in the same transaction as the change (the outbox).
import type { AppContext } from "../context.ts";
import type { CaseRecord, Notice, StoreTx } from "../ports.ts";

export interface Notifier {
  card(): Promise<void>;
  thread(notice: Notice): Promise<void>;
  person(personId: string, notice: Notice): Promise<void>;
  coordinators(notice: Notice): Promise<void>;
}

export function notifierFor(ctx: AppContext, tx: StoreTx, c: CaseRecord, at: Date): Notifier {
  const enqueue = (payload: Parameters<StoreTx["enqueue"]>[0]) => tx.enqueue(payload, at, ctx.platforms);
  return {
    card: () => enqueue({ kind: "case.card", caseId: c.id }),
    thread: (notice) => enqueue({ kind: "case.thread", caseId: c.id, notice }),
    person: (personId, notice) => enqueue({ kind: "person.dm", personId, caseId: c.id, notice }),
    async coordinators(notice) {
      const municipality = await tx.municipality(c.municipalityId);
      if (municipality)
        await enqueue({ kind: "coordinators.post", regionId: municipality.regionId, caseId: c.id, notice });
    },
  };
}

export async function organisationName(tx: StoreTx, organisationId: string): Promise<string> {
  return (await tx.organisation(organisationId))?.name ?? organisationId;
}

export async function municipalityName(tx: StoreTx, municipalityId: string): Promise<string> {
  return (await tx.municipality(municipalityId))?.name ?? municipalityId;
}
