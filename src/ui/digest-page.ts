// The console's digest page: the weekly digest per municipality with its 8-week trend chart, and the
// export buttons for the regional monitor. Server-rendered HTML, no external requests.
import type { DigestReport } from "../domain/digest/digest-types.ts";
import { t, type Locale } from "../i18n/messages.ts";
import { municipalityLines } from "./digest-card.ts";
import { escapeXml, renderTrendChart } from "./digest-chart-svg.ts";
import { formatDay, lastDayOf } from "./digest-format.ts";

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;color:#1f2933;line-height:1.45;background:#f5f6f8}
main{max-width:60rem;margin:0 auto;padding:1.25rem;background:#fff;min-height:100vh;box-sizing:border-box}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin:1.5rem 0 .25rem}a{color:#0f766e}
section{border-top:1px solid #d9dee4;padding:1rem 0;display:flex;gap:1.5rem;flex-wrap:wrap}
ul{margin:0;padding-left:1.2rem;flex:1 1 18rem}li{margin:.2rem 0}figure{margin:0;flex:1 1 18rem;min-width:0}
svg{max-width:100%;height:auto}form{display:flex;gap:.75rem;align-items:end;flex-wrap:wrap}
label{display:flex;flex-direction:column;font-size:.9rem;font-weight:600}
input,button{font:inherit;padding:.35rem .6rem;border:1px solid #b6c2cc;border-radius:6px;background:#fff}
button{font-weight:600;cursor:pointer;background:#0f766e;border-color:#0f766e;color:#fff}
:focus-visible{outline:3px solid #0f766e;outline-offset:2px}
.error{color:#9b1c1c;background:#fdecec;border:1px solid #f3b4b4;border-radius:6px;padding:.5rem .75rem}
input[aria-invalid="true"]{border-color:#9b1c1c}`;

/** `header` replaces the console's back link (the coordinator's page puts its navigation and sign-out there). */
export interface DigestPageChrome {
  header: string;
}
/** The export form as submitted, with the Dutch sentence that says what is wrong with it. */
export interface ExportRange {
  from: string;
  to: string;
  error?: string;
}

/** One period and three downloads: each button sends the same dates to its own export. */
function exportForm(range: ExportRange, locale: Locale): string {
  const h = escapeXml;
  const button = (path: string, label: string, table?: string) =>
    `<button type="submit" formaction="${path}"${table ? ` name="table" value="${table}"` : ""}>${h(label)}</button>`;
  // No `required`: the browser's own bubble would speak the browser's language; the page answers in Dutch.
  const invalid = range.error ? ' aria-invalid="true" aria-describedby="export-error"' : "";
  const date = (name: "from" | "to") =>
    `<label>${h(t(locale, `digest.export.${name}`))}<input type="date" name="${name}" value="${h(range[name])}"${invalid}></label>`;
  const error = range.error ? `<p id="export-error" class="error" role="alert">${h(range.error)}</p>` : "";
  return `${error}<form method="get" action="/api/export.csv">
${date("from")}
${date("to")}
${button("/api/export.csv", t(locale, "digest.export.cases_csv"), "cases")}
${button("/api/export.csv", t(locale, "digest.export.obligations_csv"), "obligations")}
${button("/api/export.xlsx", t(locale, "digest.export.xlsx"))}</form>`;
}

export function renderDigestPage(
  report: DigestReport,
  exportRange: ExportRange,
  locale: Locale = "nl",
  chrome?: DigestPageChrome,
): string {
  const h = escapeXml;
  const chartLabels = {
    title: t(locale, "digest.chart.title"),
    open: t(locale, "digest.chart.open"),
    overdue: t(locale, "digest.chart.overdue"),
    week: t(locale, "digest.chart.week"),
  };
  const sections = report.municipalities
    .map(
      (m) => `<h2>${h(m.name)}</h2><section>
<ul>${municipalityLines(report, m, locale)
        .map((line) => `<li>${h(line)}</li>`)
        .join("")}</ul>
<figure>${renderTrendChart(m.trend, { ...chartLabels, title: `${chartLabels.title}: ${m.name}` })}</figure></section>`,
    )
    .join("\n");
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${h(t(locale, "digest.page.title"))}</title><style>${STYLE}</style></head><body>
${chrome ? chrome.header : ""}<main>
${chrome ? "" : `<p><a href="/">${h(t(locale, "digest.page.back"))}</a></p>`}
<h1>${h(t(locale, "digest.title", { region: report.regionName, week: report.week.number }))}</h1>
<p>${h(t(locale, "digest.subtitle", { from: formatDay(report.week.start, report.zone, locale), to: formatDay(lastDayOf(report.week.end, report.zone), report.zone, locale, true) }))}</p>
<p>${h(t(locale, "digest.chart.title"))}</p>
${sections}
<h2>${h(t(locale, "digest.export.title"))}</h2>
${exportForm(exportRange, locale)}
</main></body></html>`;
}
