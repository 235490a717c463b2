// The coordinator's pages: the regions they coordinate, a region's roster (who is contact, deputy and
// coordinator per organisation and municipality) and its read-only case list (references and structured values).
import { DateTime } from "luxon";
import type { CaseListRow } from "./view-models/case-list.ts";
import { t, type Locale } from "../i18n/messages.ts";
import { escapeXml as h } from "./digest-chart-svg.ts";
import { renderShell, type NavInfo } from "./coordinator-layout.ts";

export interface RegionLink {
  id: string;
  name: string;
}
export interface RosterRow {
  organisation: string;
  municipality: string;
  contact: string;
  deputy: string;
  coordinator: string;
}

const table = (headers: string[], rows: string[][], testId: string) => `<table data-testid="${testId}"><thead><tr>
${headers.map((x) => `<th>${h(x)}</th>`).join("")}</tr></thead><tbody>
${rows.map((r) => `<tr>${r.map((cell) => `<td>${cell}</td>`).join("")}</tr>`).join("\n")}</tbody></table>`;

export function renderHomePage(regions: RegionLink[], nav: NavInfo, locale: Locale = "nl"): string {
  const q = (r: RegionLink) => `?region=${encodeURIComponent(r.id)}`;
  const link = (r: RegionLink, page: "digest" | "roster" | "cases") =>
    `<a href="/${page}${q(r)}">${h(t(locale, `web.nav.${page}`))}</a>`;
  const items = regions.map(
    (r) => `<li><strong>${h(r.name)}</strong>: ${link(r, "digest")} · ${link(r, "roster")} · ${link(r, "cases")}</li>`,
  );
  const intro = t(locale, "web.home.intro", { regions: regions.map((r) => r.name).join(", ") });
  const body = `<h1>${h(t(locale, "web.title"))}</h1><p>${h(intro)}</p><ul>${items.join("")}</ul>`;
  return renderShell(t(locale, "web.title"), body, nav, locale);
}

export function renderRosterPage(
  region: RegionLink,
  rows: RosterRow[],
  coordinators: string[],
  nav: NavInfo,
  locale: Locale = "nl",
): string {
  const title = t(locale, "web.roster.title", { region: region.name });
  const columns = ["organisation", "municipality", "contact", "deputy", "coordinator"] as const;
  const headers = columns.map((k) => t(locale, `web.roster.${k}`));
  const body = rows.map((r) => [r.organisation, r.municipality, r.contact, r.deputy, r.coordinator].map(h));
  const none = t(locale, "digest.none");
  const names = t(locale, "web.roster.region_coordinators", { names: coordinators.join(", ") || none });
  return renderShell(title, `<h1>${h(title)}</h1><p>${h(names)}</p>${table(headers, body, "roster")}`, nav, locale);
}

export function renderCaseListPage(
  region: RegionLink,
  rows: CaseListRow[],
  closedDays: number,
  zone: string,
  nav: NavInfo,
  locale: Locale = "nl",
): string {
  const title = t(locale, "web.cases.title", { region: region.name });
  const day = (iso: string) => DateTime.fromISO(iso, { zone }).setLocale(locale).toFormat("d LLL yyyy");
  const deadlines = (row: CaseListRow) =>
    row.deadlines
      .map(
        (d) =>
          `${h(d.organisation)}: ${h(day(d.dueAt))}` +
          (d.overdue ? ` <span class="overdue">${h(t(locale, "web.cases.overdue"))}</span>` : ""),
      )
      .join("<br>");
  const headers = (
    [
      "web.cases.reference",
      "web.cases.flow",
      "web.roster.municipality",
      "web.cases.step",
      "web.cases.status",
      "web.cases.level",
      "web.cases.deadlines",
    ] as const
  ).map((key) => t(locale, key));
  const body = rows.map((r) => [
    h(r.reference),
    h(r.flow),
    h(r.municipality),
    h(r.step ?? "–"),
    h(t(locale, r.status === "open" ? "web.cases.status.open" : "web.cases.status.closed")),
    String(r.level),
    deadlines(r),
  ]);
  const list = rows.length ? table(headers, body, "cases") : `<p>${h(t(locale, "web.cases.none"))}</p>`;
  const intro = t(locale, "web.cases.intro", { days: closedDays });
  return renderShell(title, `<h1>${h(title)}</h1><p>${h(intro)}</p>${list}`, nav, locale);
}
