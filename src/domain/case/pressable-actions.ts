// Which of a case card's buttons one person can use: the same rules the use-cases enforce, decided up front
// so a per-person copy of the card (a console DM, the console page) never offers a button that will refuse.
import { isInvolved, mayActFor, type ActorStanding } from "./authorization.ts";

export interface CaseActionFacts {
  status: "open" | "closed";
  /** Open obligations: the party, whether its step is the current one, the step's kind and owner. */
  open: { partyId: string; current: boolean; kind: string; everyParty: boolean }[];
  /** Parties that may set or lift each flag, for the flags that are unset and set. */
  flagSettersUnset: string[][];
  flagSettersSet: string[][];
  datesEnteredBy: string[];
  /** Parties that may start each optional step not yet running. */
  optInBy: string[][];
  /** Parties that may record each of the flow's case events. */
  eventRecorders?: string[][];
  /** Parties that may record the outcome of each running branch that has outcomes. */
  branchOutcomeBy?: string[][];
}

/** Action ids this person may press now; a card keeps only these (order and labels stay the card's). */
export function pressableActions(facts: CaseActionFacts, standing: ActorStanding): Set<string> {
  const may = (party: string) => mayActFor(standing, party);
  const any = (parties: readonly string[]) => parties.some(may);
  const ids = new Set<string>();
  if (standing.asContact.length > 0) ids.add("case.details");
  if (!isInvolved(standing)) return ids;
  if (facts.status === "closed") return ids.add("case.reopen");
  for (const id of ["case.add_note", "case.escalate", "case.deescalate", "case.close"]) ids.add(id);
  for (const o of facts.open) {
    if (o.everyParty && o.kind === "task") {
      // Only the party's own contact confirms receipt; a coordinator may confirm on a party's behalf.
      if (o.current && may(o.partyId)) ids.add("case.acknowledge");
      if (!o.current && standing.asContact.includes(o.partyId)) ids.add("case.complete_step");
      continue;
    }
    if (!may(o.partyId)) continue;
    const byKind: Record<string, string> = {
      decision: "case.advise",
      conditions: "case.record_conditions",
      evaluation: "case.evaluate",
    };
    ids.add(o.current ? (byKind[o.kind] ?? "case.complete_step") : "case.complete_step");
    if (o.kind === "evaluation") ids.add("case.extend_trial");
  }
  if (facts.flagSettersUnset.some(any)) ids.add("case.set_flag");
  if (facts.flagSettersSet.some(any)) ids.add("case.lift_flag");
  if (any(facts.datesEnteredBy)) ids.add("case.enter_dates");
  if (facts.optInBy.some(any)) ids.add("case.opt_in");
  if ((facts.eventRecorders ?? []).some(any)) ids.add("case.record_event");
  if ((facts.branchOutcomeBy ?? []).some(any)) ids.add("case.branch_outcome");
  return ids;
}
