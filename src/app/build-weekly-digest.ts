// Use-case: the weekly digest of a region (one section per municipality), computed from the store.
// The weekly figures cover the last completed week (Monday to Sunday); open, overdue and coming up are as of now.
import { required } from "../domain/required.ts";
import { computeDigest, horizonEnd, weekRef } from "../domain/digest/compute-digest.ts";
import type { DigestLabels, DigestReport, OutcomeKpi } from "../domain/digest/digest-types.ts";
import { pausedObligations, pausingStepsOf } from "../domain/digest/paused.ts";
import { lastCompletedWeek, weekBefore, weeksUpTo } from "../domain/digest/week.ts";
import type { AppContext } from "./context.ts";
import { AppError } from "./errors.ts";
import { flowKpiValues } from "./case/flow-kpi-values.ts";
import { organisationTypeLabel } from "./case/organisation-type-label.ts";
import type { RegionRecord } from "./ports.ts";

export const DIGEST_EVENT_TYPES = ["obligation.acknowledged", "obligation.reminded", "case.escalated"];
export const TREND_WEEKS = 8;
export const HORIZON_DAYS = 14;

export interface BuildWeeklyDigestOptions {
  ctx: AppContext;
  regionId: string;
  at?: Date;
  link?: string | null;
}

type Named = { id: string; name: string };

function labelsOf(ctx: AppContext, organisations: Named[], regions: RegionRecord[]): DigestLabels {
  const labels: DigestLabels = {
    flows: {},
    steps: {},
    dates: {},
    parties: {},
    organisations: Object.fromEntries(organisations.map((o) => [o.id, o.name])),
  };
  for (const { flow } of ctx.flows.all()) {
    labels.flows[flow.id] = flow.title;
    labels.steps[flow.id] = Object.fromEntries(flow.steps.map((s) => [s.id, s.label]));
    labels.dates[flow.id] = Object.fromEntries(flow.dates.map((d) => [d.id, d.label]));
    // Flows name the same party differently ("Wmo-loket", "Gemeente"); the digest uses the organisation type.
    for (const party of flow.parties) {
      labels.parties[party.id] ??= organisationTypeLabel(party.organisationType, regions);
    }
  }
  return labels;
}

export async function buildWeeklyDigest({
  ctx,
  regionId,
  at,
  link = null,
}: BuildWeeklyDigestOptions): Promise<DigestReport> {
  const read = ctx.store.read;
  const region = await read.region(regionId);
  if (!region)
    throw new AppError("not_found", "digest.unknown_region", { region: regionId }, `unknown region ${regionId}`);
  const now = at ?? ctx.clock.now();
  const zone = ctx.calendar.zone;
  const week = lastCompletedWeek(now, zone);
  const previousWeek = weekBefore(week, zone);
  const trendWeeks = weeksUpTo(week, TREND_WEEKS, zone);
  const municipalities = (await read.municipalities()).filter((m) => m.regionId === regionId);
  const ids = municipalities.map((m) => m.id);
  const since = required(trendWeeks[0], "the first week of the trend").start;
  const flows = ctx.flows.all().map((l) => l.flow);
  const digestDateKeys = new Map(flows.map((f) => [f.id, new Set(f.dates.filter((d) => d.digest).map((d) => d.id))]));
  const outcomeKpis: Record<string, Record<string, OutcomeKpi>> = Object.fromEntries(
    flows.map((f) => [f.id, Object.fromEntries(f.outcomes.flatMap((o) => (o.kpi ? [[o.value, o.kpi]] : [])))]),
  );
  const cases = await read.digestCases(ids, since, now);
  const flowOfCase = new Map(cases.map((c) => [c.id, c.flowId]));
  const stored = await read.digestObligations(ids, since, now);
  const pausingSteps = pausingStepsOf(flows);
  const paused = pausedObligations(stored, pausingSteps, flowOfCase);
  const [obligations, events, dates] = [
    stored.map((o) => (paused.has(o) ? { ...o, paused: true } : o)),
    await read.digestEvents(ids, DIGEST_EVENT_TYPES, previousWeek.start, week.end),
    (await read.digestDates(ids, now, horizonEnd(now, zone, HORIZON_DAYS))).filter((d) =>
      digestDateKeys.get(flowOfCase.get(d.caseId) ?? "")?.has(d.key),
    ),
  ];
  const sections = computeDigest({
    now,
    zone,
    week,
    previousWeek,
    trendWeeks,
    municipalities,
    cases,
    obligations,
    events,
    dates,
    outcomeKpis,
    pausingSteps,
    horizonDays: HORIZON_DAYS,
  });
  const closedInWeek = cases.filter((c) => c.closedAt && c.closedAt >= week.start && c.closedAt < week.end);
  const flowKpis = await flowKpiValues({
    ctx,
    municipalityIds: ids,
    from: week.start,
    to: week.end,
    closed: closedInWeek,
    inUse: new Set(cases.map((c) => c.flowId)),
  });
  ctx.log.debug(
    { regionId, cases: cases.length, obligations: obligations.length, events: events.length },
    "weekly digest computed",
  );
  return {
    regionId,
    regionName: region.name,
    generatedAt: now.toISOString(),
    zone,
    week: weekRef(week),
    previousWeek: weekRef(previousWeek),
    municipalities: sections,
    labels: labelsOf(ctx, await read.organisations(), await read.regions()),
    link,
    ...(flowKpis.length ? { flowKpis } : {}),
  };
}
