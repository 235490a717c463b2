// The weekly digest as a neutral card: one field per municipality, posted to the coordinators' channel
// on every platform and returned by `/schakel overzicht`. References and figures only.
import type { DigestReport, MunicipalityDigest } from "../domain/digest/digest-types.ts";
import { t, type Locale } from "../i18n/messages.ts";
import type { Card } from "./card.ts";
import {
  diff,
  formatChange,
  formatDay,
  formatDuration,
  lastDayOf,
  organisationLabel,
  partyLabel,
  shortList,
  stepLabel,
} from "./digest-format.ts";

export function municipalityLines(report: DigestReport, m: MunicipalityDigest, locale: Locale): string[] {
  const now = m.thisWeek;
  const before = m.previousWeek;
  const change = (a: number | null, b: number | null) => formatChange(diff(a, b));
  const escalations = m.escalations.map((e) =>
    e.kind === "manual"
      ? t(locale, "digest.escalation.manual", { reference: e.reference })
      : t(locale, "digest.escalation.ladder", { reference: e.reference, level: e.level ?? "" }),
  );
  const acks = Object.entries(now.medianHoursToAcknowledge).map(
    ([party, hours]) => `${partyLabel(report, party)} ${formatDuration(hours, locale)}`,
  );
  return [
    t(locale, "digest.counts", {
      new: now.newCases,
      newChange: change(now.newCases, before.newCases),
      closed: now.closedCases,
      closedChange: change(now.closedCases, before.closedCases),
      open: m.openCases,
    }),
    t(locale, "digest.open_by_step", {
      list: shortList(
        m.openByStep.map((s) => `${stepLabel(report, s.flowId, s.stepId, locale)} ${s.count}`),
        locale,
        6,
      ),
    }),
    t(locale, "digest.overdue", {
      list: shortList(
        m.overdue.map((o) =>
          t(locale, "digest.overdue_item", {
            party: partyLabel(report, o.partyId),
            organisation: organisationLabel(report, o.organisationId),
            count: o.count,
            references: o.references.join(", "),
          }),
        ),
        locale,
        4,
      ),
    }),
    t(locale, "digest.escalations", {
      count: now.escalations,
      change: change(now.escalations, before.escalations),
      list: escalations.length ? `: ${shortList(escalations, locale)}` : "",
    }),
    t(locale, "digest.coming_up", {
      list: shortList(
        m.comingUp.map((c) =>
          t(locale, "digest.coming_up_item", {
            date: formatDay(c.at, report.zone, locale),
            label:
              c.kind === "date"
                ? (report.labels.dates[c.flowId]?.[c.key] ?? c.key)
                : stepLabel(report, c.flowId, c.key, locale),
            reference: c.reference,
          }),
        ),
        locale,
        6,
      ),
    }),
    t(locale, "digest.kpi_ack", {
      share: now.shareInTime === null ? "–" : `${now.shareInTime}%`,
      change: change(now.shareInTime, before.shareInTime),
      list: acks.length ? acks.join(", ") : t(locale, "digest.none"),
    }),
    t(locale, "digest.kpi_close", {
      duration: formatDuration(now.medianHoursToClose, locale),
      prevented: now.prevented,
      preventedChange: change(now.prevented, before.prevented),
      evicted: now.evicted,
      evictedChange: change(now.evicted, before.evicted),
    }),
  ];
}

/** One line per KPI a flow declares: "Tweede kans · Slagingspercentage: 67% (2 van 3)". */
export function flowKpiLines(report: DigestReport, locale: Locale): string[] {
  return (report.flowKpis ?? []).map((k) => {
    const value =
      k.kind === "count"
        ? String(k.value)
        : k.value === null
          ? "–"
          : t(locale, "digest.flow_kpi_rate", {
              percent: k.value,
              numerator: k.numerator,
              denominator: k.denominator ?? 0,
            });
    return t(locale, "digest.flow_kpi_line", {
      flow: report.labels.flows[k.flowId] ?? k.flowId,
      label: k.label,
      value,
    });
  });
}

export function renderDigestCard(report: DigestReport, locale: Locale = "nl"): Card {
  const kpis = flowKpiLines(report, locale);
  return {
    title: t(locale, "digest.title", { region: report.regionName, week: report.week.number }),
    subtitle: t(locale, "digest.subtitle", {
      from: formatDay(report.week.start, report.zone, locale),
      to: formatDay(lastDayOf(report.week.end, report.zone), report.zone, locale, true),
    }),
    fields: [
      ...report.municipalities.map((m) => ({ label: m.name, value: municipalityLines(report, m, locale).join("\n") })),
      ...(kpis.length ? [{ label: t(locale, "digest.flow_kpis"), value: kpis.join("\n") }] : []),
    ],
    actions: [],
    ...(report.link ? { footer: t(locale, "digest.link", { link: report.link }) } : {}),
  };
}
