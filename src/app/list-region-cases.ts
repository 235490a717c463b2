// Use-case: the coordinator's read-only case list for some municipalities: references and structured values
// only (flow, municipality, step, status, level, open deadlines per organisation), never personal data.
import type { AppContext } from "./context.ts";
import type { CaseListRow } from "../ui/view-models/case-list.ts";

export const CLOSED_CASES_DAYS = 30;
const LIMIT = 500;

export type { CaseListDeadline, CaseListRow } from "../ui/view-models/case-list.ts";

export interface ListRegionCasesOptions {
  ctx: AppContext;
  municipalityIds: string[];
}

export async function listRegionCases({ ctx, municipalityIds }: ListRegionCasesOptions): Promise<CaseListRow[]> {
  const read = ctx.store.read;
  const now = ctx.clock.now();
  const since = new Date(now.getTime() - CLOSED_CASES_DAYS * 24 * 3600_000);
  const { cases, obligations } = await read.casesForOverview(municipalityIds, since, LIMIT);
  const [municipalities, organisations] = [await read.municipalities(), await read.organisations()];
  const name = (list: { id: string; name: string }[], id: string) => list.find((x) => x.id === id)?.name ?? id;
  const rows: CaseListRow[] = [];
  for (const c of cases) {
    const flow = await ctx.flows.forCase(c);
    rows.push({
      reference: c.reference,
      flow: flow.title,
      municipality: name(municipalities, c.municipalityId),
      step: c.currentStepId ? (flow.steps.find((s) => s.id === c.currentStepId)?.label ?? c.currentStepId) : null,
      status: c.status,
      level: c.level,
      reportedAt: c.reportedAt.toISOString(),
      closedAt: c.closedAt?.toISOString() ?? null,
      deadlines: obligations
        .filter((o) => o.caseId === c.id)
        .map((o) => ({
          organisation: name(organisations, o.organisationId),
          dueAt: o.dueAt.toISOString(),
          overdue: o.dueAt < now,
        })),
    });
  }
  ctx.log.debug({ municipalities: municipalityIds.length, cases: rows.length }, "case list prepared");
  return rows;
}
