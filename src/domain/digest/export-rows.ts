// Rows for the regional monitor's export: cases and obligations with their pseudonymous reference and
// structured values only (no personal details, no free text). Times in the region's zone, ISO 8601.
import { required } from "../required.ts";
import { DateTime } from "luxon";
import { hasDeadline } from "../flow/no-deadline.ts";
import type { OutcomeKpi } from "./digest-types.ts";

export const CASE_COLUMNS = [
  "reference",
  "flow",
  "municipality",
  "status",
  "current_step",
  "level",
  "outcome",
  "outcome_kpi",
  "reported_at",
  "closed_at",
  "days_to_close",
  "obligations_open",
  "obligations_overdue",
] as const;
export const OBLIGATION_COLUMNS = [
  "reference",
  "flow",
  "municipality",
  "step",
  "party",
  "organisation",
  "status",
  "started_at",
  "due_at",
  "done_at",
  "ladder_level",
  "overdue",
  "done_in_time",
] as const;

export type CaseRow = Record<(typeof CASE_COLUMNS)[number], string | number>;
export type ObligationRow = Record<(typeof OBLIGATION_COLUMNS)[number], string | number>;

export interface ExportCase {
  id: string;
  reference: string;
  flowId: string;
  municipalityId: string;
  status: string;
  currentStepId: string | null;
  level: number;
  outcome: string | null;
  reportedAt: Date;
  closedAt: Date | null;
}
export interface ExportObligation {
  /** True while another step pauses its case's clocks (not overdue then). */
  paused?: boolean;
  caseId: string;
  stepId: string;
  partyId: string;
  organisationId: string;
  status: string;
  startedAt: Date;
  dueAt: Date;
  doneAt: Date | null;
  ladderLevel: number;
}

export interface ExportInput {
  now: Date;
  zone: string;
  cases: ExportCase[];
  obligations: ExportObligation[];
  outcomeKpis: Record<string, Record<string, OutcomeKpi>>;
  /** flowId → outcome → what the export shows instead of the code (a coarse code the flow keeps to some parties). */
  outcomeShown?: Record<string, Record<string, string>>;
}

const iso = (d: Date | null, zone: string) =>
  d ? (DateTime.fromJSDate(d, { zone }).toISO({ suppressMilliseconds: true }) ?? "") : "";
const isNotice = (stepId: string) => stepId.startsWith("notice:");

export function exportRows({ now, zone, cases, obligations, outcomeKpis, outcomeShown }: ExportInput): {
  cases: CaseRow[];
  obligations: ObligationRow[];
} {
  const byId = new Map(cases.map((c) => [c.id, c]));
  const owed = obligations.filter((o) => !isNotice(o.stepId) && byId.has(o.caseId));
  const overdue = (o: ExportObligation) => o.status === "open" && o.dueAt < now && !o.paused;
  const perCase = new Map<string, ExportObligation[]>();
  for (const o of owed) perCase.set(o.caseId, [...(perCase.get(o.caseId) ?? []), o]);
  const caseRows = cases.map((c): CaseRow => {
    const own = perCase.get(c.id) ?? [];
    return {
      reference: c.reference,
      flow: c.flowId,
      municipality: c.municipalityId,
      status: c.status,
      current_step: c.currentStepId ?? "",
      level: c.level,
      outcome: (c.outcome && outcomeShown?.[c.flowId]?.[c.outcome]) || (c.outcome ?? ""),
      outcome_kpi: (c.outcome && outcomeKpis[c.flowId]?.[c.outcome]) || "",
      reported_at: iso(c.reportedAt, zone),
      closed_at: iso(c.closedAt, zone),
      days_to_close: c.closedAt
        ? Math.round(((c.closedAt.getTime() - c.reportedAt.getTime()) / 86_400_000) * 10) / 10
        : "",
      obligations_open: own.filter((o) => o.status === "open").length,
      obligations_overdue: own.filter(overdue).length,
    };
  });
  const obligationRows = owed.map((o): ObligationRow => {
    const c = required(byId.get(o.caseId), "the case of an obligation");
    return {
      reference: c.reference,
      flow: c.flowId,
      municipality: c.municipalityId,
      step: o.stepId,
      party: o.partyId,
      organisation: o.organisationId,
      status: o.status,
      started_at: iso(o.startedAt, zone),
      due_at: hasDeadline(o.dueAt) ? iso(o.dueAt, zone) : "",
      done_at: iso(o.doneAt, zone),
      ladder_level: o.ladderLevel,
      overdue: overdue(o) ? "yes" : "no",
      done_in_time: o.doneAt ? (o.doneAt <= o.dueAt ? "yes" : "no") : "",
    };
  });
  return { cases: caseRows, obligations: obligationRows };
}
