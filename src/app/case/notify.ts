// Queues the chat messages a change causes, in the same transaction as the change (the outbox). A thread notice
// the flow's channel may not hear (dates, second-chance status, a private flow) goes to the parties' contacts instead.
import { channelMayHear } from "../../domain/flow/channel-card.ts";
import type { AppContext } from "../context.ts";
import { routingsOf } from "./case-routing.ts";
import type { CaseRecord, Notice, StoreTx } from "../ports.ts";

export interface Notifier {
  card(): Promise<void>;
  /** The case card's thread; what the channel may not hear goes to the parties' contacts by direct message. */
  thread(notice: Notice): Promise<void>;
  /** The thread only if the channel may hear it: for a use-case that tells the parties itself. */
  threadIfHeard(notice: Notice): Promise<void>;
  person(personId: string, notice: Notice): Promise<void>;
  coordinators(notice: Notice): Promise<void>;
}

export function notifierFor(ctx: AppContext, tx: StoreTx, c: CaseRecord, at: Date): Notifier {
  const enqueue = (payload: Parameters<StoreTx["enqueue"]>[0]) => tx.enqueue(payload, at, ctx.platforms);
  return {
    card: () => enqueue({ kind: "case.card", caseId: c.id }),
    async thread(notice) {
      const flow = await ctx.flows.forCase(c);
      if (channelMayHear(flow.channelCard, notice.key)) return enqueue({ kind: "case.thread", caseId: c.id, notice });
      const contacts = new Set((await routingsOf(tx, c)).map((r) => r.primaryPersonId));
      for (const personId of contacts) await enqueue({ kind: "person.dm", personId, caseId: c.id, notice });
    },
    async threadIfHeard(notice) {
      const flow = await ctx.flows.forCase(c);
      if (channelMayHear(flow.channelCard, notice.key)) await enqueue({ kind: "case.thread", caseId: c.id, notice });
    },
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
