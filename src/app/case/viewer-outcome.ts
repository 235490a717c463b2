// The case summary as one person reads it: the closing outcome in full when the flow shows it to a party they
// are a contact of (`fullFor`), else the coarse code the summary already holds (the safe default everywhere).
import type { CaseSummary } from "../../ui/view-models/case-summary.ts";
import type { AppContext } from "../context.ts";
import type { CaseRecord, StoreTx } from "../ports.ts";
import { standingOfActor } from "./case-routing.ts";
import { outcomeValueLabel } from "./outcome-label.ts";

export async function summaryForViewer(
  ctx: AppContext,
  tx: StoreTx,
  c: CaseRecord,
  summary: CaseSummary,
  personId: string,
): Promise<CaseSummary> {
  if (!c.outcome) return summary;
  const { standing } = await standingOfActor(tx, c, personId);
  const outcome = outcomeValueLabel((await ctx.flows.forCase(c)).outcomes, c.outcome, standing.asContact);
  return { ...summary, outcome };
}
