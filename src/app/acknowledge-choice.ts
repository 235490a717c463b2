// What a press on Bevestigen confirms: the open obligations of the person's own parties, or, for a coordinator who
// is no contact, the parties to choose between first. Shared by the use-case and by adapters that ask before acking.
import type { ActorStanding } from "../domain/case/authorization.ts";
import { standingOfActor } from "./case/case-routing.ts";
import { organisationName } from "./case/notify.ts";
import type { AppContext } from "./context.ts";
import type { CaseRecord, ObligationRecord, StoreTx } from "./ports.ts";

export interface AcknowledgeSelection {
  standing: ActorStanding;
  /** The open obligations this press confirms. */
  mine: ObligationRecord[];
  /** Open obligations the person could confirm only as a coordinator, by choosing the party. */
  coordinatorChoices: ObligationRecord[];
}

export async function selectAcknowledgement(
  ctx: AppContext,
  tx: StoreTx,
  c: CaseRecord,
  personId: string,
  partyId?: string,
): Promise<AcknowledgeSelection> {
  const flow = await ctx.flows.forCase(c);
  const step = flow.steps.find((s) => s.id === c.currentStepId);
  const open =
    step?.owner === "all" && step.kind === "task"
      ? (await tx.obligations(c.id)).filter((o) => o.stepId === step.id && o.status === "open")
      : [];
  const { standing } = await standingOfActor(tx, c, personId);
  const mine = open.filter((o) => (partyId ? o.partyId === partyId : standing.asContact.includes(o.partyId)));
  const coordinatorChoices = open.filter((o) => standing.asCoordinator.includes(o.partyId));
  return { standing, mine, coordinatorChoices };
}

export const partyChoices = (tx: StoreTx, obligations: ObligationRecord[]) =>
  Promise.all(
    obligations.map(async (o) => ({ partyId: o.partyId, organisation: await organisationName(tx, o.organisationId) })),
  );

export interface NeedsPartyChoiceOptions {
  ctx: AppContext;
  caseId: string;
  personId: string;
}

/** Read only: whether pressing Bevestigen would ask this person which party they confirm for (a form, not a change). */
export async function needsPartyChoice({ ctx, caseId, personId }: NeedsPartyChoiceOptions): Promise<boolean> {
  const c = await ctx.store.read.case(caseId);
  if (c?.status !== "open") return false;
  const selected = await selectAcknowledgement(ctx, ctx.store.read, c, personId);
  return selected.mine.length === 0 && selected.coordinatorChoices.length > 0;
}
