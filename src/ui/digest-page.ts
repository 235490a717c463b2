// The console's digest page: the weekly digest per municipality with its 8-week trend chart, and the
// export buttons for the regional monitor. Server-rendered HTML, no external requests.
import type { DigestReport } from "../domain/digest/digest-types.ts";
import { t, type Locale } from "../i18n/messages.ts";
import { municipalityLines } from "./digest-card.ts";
import { escapeXml, renderTrendChart } from "./digest-chart-svg.ts";
import { formatDay, lastDayOf } from "./digest-format.ts";

const STYLE = `body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem;color:#222}
section{border-top:1px solid #ddd;padding:1rem 0;display:flex;gap:1.5rem;flex-wrap:wrap}
ul{margin:0;padding-left:1.2rem;flex:1 1 24rem}li{margin:.2rem 0}form{display:flex;gap:.5rem;align-items:end;flex-wrap:wrap}
label{display:flex;flex-direction:column;font-size:.9rem}`;

/** `header` replaces the console's back link (the coordinator's page puts its navigation and sign-out there). */
export interface DigestPageChrome { header: string }

export function renderDigestPage(
  report: DigestReport, exportRange: { from: string; to: string }, locale: Locale = "nl", chrome?: DigestPageChrome,
): string {
  const h = escapeXml;
  const chartLabels = { title: t(locale, "digest.chart.title"), open: t(locale, "digest.chart.open"), overdue: t(locale, "digest.chart.overdue"), week: t(locale, "digest.chart.week") };
  const sections = report.municipalities.map((m) => `<h2>${h(m.name)}</h2><section>
<ul>${municipalityLines(report, m, locale).map((line) => `<li>${h(line)}</li>`).join("")}</ul>
<figure>${renderTrendChart(m.trend, { ...chartLabels, title: `${chartLabels.title}: ${m.name}` })}</figure></section>`).join("\n");
  const exportForm = (path: string, label: string, table?: string) => `<form method="get" action="${path}">
<label>${h(t(locale, "digest.export.from"))}<input type="date" name="from" value="${h(exportRange.from)}"></label>
<label>${h(t(locale, "digest.export.to"))}<input type="date" name="to" value="${h(exportRange.to)}"></label>
${table ? `<input type="hidden" name="table" value="${table}">` : ""}<button type="submit">${h(label)}</button></form>`;
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${h(t(locale, "digest.page.title"))}</title><style>${STYLE}</style></head><body>
${chrome ? chrome.header : `<p><a href="/">${h(t(locale, "digest.page.back"))}</a></p>`}
<h1>${h(t(locale, "digest.title", { region: report.regionName, week: report.week.number }))}</h1>
<p>${h(t(locale, "digest.subtitle", { from: formatDay(report.week.start, report.zone, locale), to: formatDay(lastDayOf(report.week.end, report.zone), report.zone, locale, true) }))}</p>
<p>${h(t(locale, "digest.chart.title"))}</p>
${sections}
<h2>${h(t(locale, "digest.export.title"))}</h2>
${exportForm("/api/export.csv", t(locale, "digest.export.cases_csv"), "cases")}
${exportForm("/api/export.csv", t(locale, "digest.export.obligations_csv"), "obligations")}
${exportForm("/api/export.xlsx", t(locale, "digest.export.xlsx"))}
</body></html>`;
}
