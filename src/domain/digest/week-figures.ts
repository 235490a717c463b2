// The weekly counts and KPIs of one municipality for one week: new, closed, escalations, acknowledgement
// times, the share acknowledged within the deadline, time to close, evictions prevented versus executed.
import { required } from "../required.ts";
import type { DigestCase, DigestEvent, DigestObligation, OutcomeKpi, WeekFigures } from "./digest-types.ts";
import { median, percentage, toHours } from "./stats.ts";
import type { Week } from "./week.ts";

const within = (at: Date | null, week: Week) => at !== null && at >= week.start && at < week.end;

/** A ladder rung at the coordinator's level or higher, or a manual opschaling. */
export const isEscalation = (e: DigestEvent) =>
  (e.type === "obligation.reminded" && (e.level ?? 0) >= 3) || e.type === "case.escalated";

export interface WeekFigureInput {
  week: Week;
  cases: readonly DigestCase[];
  casesById: ReadonlyMap<string, DigestCase>;
  obligationsByCase: ReadonlyMap<string, DigestObligation[]>;
  events: readonly DigestEvent[];
  outcomeKpis: Record<string, Record<string, OutcomeKpi>>;
}

export function weekFigures({
  week,
  cases,
  casesById,
  obligationsByCase,
  events,
  outcomeKpis,
}: WeekFigureInput): WeekFigures {
  const closed = cases.filter((c) => within(c.closedAt, week));
  const kpiOf = (c: DigestCase) => (c.outcome ? outcomeKpis[c.flowId]?.[c.outcome] : undefined);
  const acks = events.filter(
    (e) => e.type === "obligation.acknowledged" && within(e.at, week) && casesById.has(e.caseId),
  );
  const waits = new Map<string, number[]>();
  let inTime = 0;
  for (const ack of acks) {
    const c = required(casesById.get(ack.caseId), "the case of an acknowledgement");
    const party = ack.partyId ?? "unknown";
    waits.set(party, [...(waits.get(party) ?? []), ack.at.getTime() - c.reportedAt.getTime()]);
    const obligation = (obligationsByCase.get(ack.caseId) ?? []).find(
      (o) => o.caseId === ack.caseId && o.partyId === ack.partyId && o.stepId === ack.stepId && o.doneAt !== null,
    );
    if (obligation?.doneAt && obligation.doneAt <= obligation.dueAt) inTime++;
  }
  const medianHoursToAcknowledge: Record<string, number | null> = {};
  for (const [party, list] of [...waits].sort(([a], [b]) => a.localeCompare(b))) {
    const m = median(list);
    medianHoursToAcknowledge[party] = m === null ? null : toHours(m);
  }
  const closeTimes = closed.map(
    (c) => required(c.closedAt, "the closing time of a closed case").getTime() - c.reportedAt.getTime(),
  );
  const closeMedian = median(closeTimes);
  return {
    newCases: cases.filter((c) => within(c.reportedAt, week)).length,
    closedCases: closed.length,
    escalations: events.filter((e) => isEscalation(e) && within(e.at, week) && casesById.has(e.caseId)).length,
    medianHoursToAcknowledge,
    acknowledged: acks.length,
    acknowledgedInTime: inTime,
    shareInTime: percentage(inTime, acks.length),
    medianHoursToClose: closeMedian === null ? null : toHours(closeMedian),
    prevented: closed.filter((c) => kpiOf(c) === "prevented").length,
    evicted: closed.filter((c) => kpiOf(c) === "evicted").length,
  };
}
