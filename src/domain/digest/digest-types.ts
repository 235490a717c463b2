// The digest's input rows (structured values only, never personal data) and its JSON-safe result.
import type { FlowKpiValue } from "./flow-kpis.ts";
import type { Week } from "./week.ts";

export interface DigestCase {
  id: string;
  reference: string;
  flowId: string;
  municipalityId: string;
  status: "open" | "closed";
  currentStepId: string | null;
  outcome: string | null;
  reportedAt: Date;
  closedAt: Date | null;
}
export interface DigestObligation {
  caseId: string;
  stepId: string;
  partyId: string;
  organisationId: string;
  status: "open" | "done" | "cancelled";
  startedAt: Date;
  dueAt: Date;
  doneAt: Date | null;
  /** True while another step pauses its case's clocks (never overdue then). */
  paused?: boolean;
}
/** Timeline events the digest counts: acknowledgements, ladder rungs and manual escalations. */
export interface DigestEvent {
  caseId: string;
  type: string;
  at: Date;
  partyId: string | null;
  level: number | null;
  levelId: string | null;
  stepId: string | null;
  notify: string | null;
  /** The flow's case event id of a "case_event.recorded" event. */
  event?: string | null;
}
export interface DigestDate {
  caseId: string;
  key: string;
  date: Date;
}

export type OutcomeKpi = "prevented" | "evicted" | "granted" | "rejected";

export interface DigestInput {
  now: Date;
  zone: string;
  week: Week;
  previousWeek: Week;
  /** The trend's weeks, oldest first; each point is measured at the week's end. */
  trendWeeks: Week[];
  municipalities: { id: string; name: string }[];
  cases: DigestCase[];
  obligations: DigestObligation[];
  events: DigestEvent[];
  /** Only dates the flow marks `digest: true`. */
  dates: DigestDate[];
  /** flowId → outcome → KPI, for outcomes that count. */
  outcomeKpis: Record<string, Record<string, OutcomeKpi>>;
  /** flowId → its pausesOthers step ids: the trend leaves work that stood still at a week's end out of overdue. */
  pausingSteps?: ReadonlyMap<string, ReadonlySet<string>>;
  /** How far ahead "coming up" looks (14 days). */
  horizonDays: number;
}

export interface WeekFigures {
  newCases: number;
  closedCases: number;
  escalations: number;
  /** Median hours from report to acknowledgement, per party id. */
  medianHoursToAcknowledge: Record<string, number | null>;
  acknowledged: number;
  acknowledgedInTime: number;
  /** Whole percentage, or null when nothing was acknowledged. */
  shareInTime: number | null;
  medianHoursToClose: number | null;
  prevented: number;
  evicted: number;
}

export interface OverdueGroup {
  partyId: string;
  organisationId: string;
  count: number;
  references: string[];
}
export interface EscalationItem {
  reference: string;
  at: string;
  kind: "ladder" | "manual";
  level: number | null;
  detail: string;
}
export interface ComingUpItem {
  reference: string;
  flowId: string;
  at: string;
  kind: "date" | "evaluation";
  key: string;
}
export interface TrendPoint {
  weekStart: string;
  weekNumber: number;
  open: number;
  overdue: number;
}

export interface MunicipalityDigest {
  municipalityId: string;
  name: string;
  thisWeek: WeekFigures;
  previousWeek: WeekFigures;
  openCases: number;
  openByStep: { flowId: string; stepId: string; count: number }[];
  overdue: OverdueGroup[];
  escalations: EscalationItem[];
  comingUp: ComingUpItem[];
  trend: TrendPoint[];
}

export interface WeekRef {
  start: string;
  end: string;
  year: number;
  number: number;
}

/** What the app adds for people: names of steps, parties, organisations and dates (no personal data). */
export interface DigestLabels {
  flows: Record<string, string>;
  steps: Record<string, Record<string, string>>;
  dates: Record<string, Record<string, string>>;
  parties: Record<string, string>;
  organisations: Record<string, string>;
}

export interface DigestReport {
  regionId: string;
  regionName: string;
  generatedAt: string;
  /** The region's time zone, for showing dates. */
  zone: string;
  week: WeekRef;
  previousWeek: WeekRef;
  municipalities: MunicipalityDigest[];
  labels: DigestLabels;
  /** Where the console's digest page with the chart lives. */
  link: string | null;
  /** The KPIs flows declare, region-wide, for the week (absent or empty when no flow declares any). */
  flowKpis?: FlowKpiValue[];
}
