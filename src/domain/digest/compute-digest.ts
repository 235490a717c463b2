// The weekly digest's figures for a region, one section per municipality. Pure: every row and the
// moment it is computed for come in as arguments.
import { required } from "../required.ts";
import type { DigestCase, DigestInput, DigestObligation, MunicipalityDigest, WeekRef } from "./digest-types.ts";
import { comingUp, openByStep, overdueGroups } from "./snapshot.ts";
import { trend } from "./trend.ts";
import { DateTime } from "luxon";
import type { Week } from "./week.ts";
import { isEscalation, weekFigures } from "./week-figures.ts";

export const weekRef = (w: Week): WeekRef => ({
  start: w.start.toISOString(),
  end: w.end.toISOString(),
  year: w.year,
  number: w.number,
});

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}

/** "The next 14 days" includes the whole 14th day: a hearing that afternoon is listed on Monday morning. */
export function horizonEnd(now: Date, zone: string, days: number): Date {
  return DateTime.fromJSDate(now, { zone }).plus({ days }).endOf("day").toJSDate();
}

export function computeDigest(input: DigestInput): MunicipalityDigest[] {
  const casesByMunicipality = groupBy(input.cases, (c) => c.municipalityId);
  const obligationsByCase = groupBy(input.obligations, (o) => o.caseId);
  const until = horizonEnd(input.now, input.zone, input.horizonDays);
  return input.municipalities.map(({ id, name }) => {
    const cases: DigestCase[] = casesByMunicipality.get(id) ?? [];
    const casesById = new Map(cases.map((c) => [c.id, c]));
    const events = input.events.filter((e) => casesById.has(e.caseId));
    const open = cases.filter((c) => c.status === "open");
    const openObligations: DigestObligation[] = open.flatMap((c) =>
      (obligationsByCase.get(c.id) ?? []).filter((o) => o.status === "open"),
    );
    const figures = (week: Week) =>
      weekFigures({ week, cases, casesById, obligationsByCase, events, outcomeKpis: input.outcomeKpis });
    const escalations = events
      .filter((e) => isEscalation(e) && e.at >= input.week.start && e.at < input.week.end)
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map((e) => ({
        reference: required(casesById.get(e.caseId), "the case of a digest event").reference,
        at: e.at.toISOString(),
        kind: e.type === "case.escalated" ? ("manual" as const) : ("ladder" as const),
        level: e.level,
        detail: (e.type === "case.escalated" ? e.levelId : e.notify) ?? "",
      }));
    return {
      municipalityId: id,
      name,
      thisWeek: figures(input.week),
      previousWeek: figures(input.previousWeek),
      openCases: open.length,
      openByStep: openByStep(open),
      overdue: overdueGroups(openObligations, casesById, input.now),
      escalations,
      comingUp: comingUp(input.dates, openObligations, casesById, input.now, until),
      trend: trend(input.trendWeeks, cases, obligationsByCase, input.pausingSteps),
    };
  });
}
