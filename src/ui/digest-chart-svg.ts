// The 8-week trend of open and overdue cases of one municipality as an inline SVG line chart:
// generated on the server, no script and no external requests.
import type { TrendPoint } from "../domain/digest/digest-types.ts";

export const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface ChartLabels {
  title: string;
  open: string;
  overdue: string;
  week: string;
}

const WIDTH = 360;
const HEIGHT = 180;
const PAD = { left: 34, right: 12, top: 28, bottom: 28 };
const COLORS = { open: "#1f6feb", overdue: "#d1242f" };
/** Open is drawn wide and solid, overdue narrow and dashed on top: where both are equal, both stay visible. */
const STROKE = { open: 'stroke-width="5" stroke-opacity="0.55"', overdue: 'stroke-width="2" stroke-dasharray="6 4"' };
const RADIUS = { open: 5, overdue: 2.5 };

function niceMax(value: number): number {
  if (value <= 5) return 5;
  const step = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / step) * step;
}

export function renderTrendChart(points: readonly TrendPoint[], labels: ChartLabels): string {
  const max = niceMax(Math.max(0, ...points.flatMap((p) => [p.open, p.overdue])));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length <= 1 ? plotW / 2 : (i * plotW) / (points.length - 1));
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const line = (key: "open" | "overdue") =>
    points.map((p, i) => `${x(i).toFixed(1)},${y(p[key]).toFixed(1)}`).join(" ");
  const dots = (key: "open" | "overdue") =>
    points
      .map(
        (p, i) =>
          `<circle cx="${x(i).toFixed(1)}" cy="${y(p[key]).toFixed(1)}" r="${RADIUS[key]}" fill="${COLORS[key]}"><title>${escapeXml(`${labels.week} ${p.weekNumber}: ${p[key]} ${labels[key]}`)}</title></circle>`,
      )
      .join("");
  const grid = [0, max / 2, max]
    .map(
      (v) =>
        `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#ddd"/><text x="${PAD.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="10">${v}</text>`,
    )
    .join("");
  const weeks = points
    .map(
      (p, i) =>
        `<text x="${x(i).toFixed(1)}" y="${HEIGHT - 10}" text-anchor="middle" font-size="10">${p.weekNumber}</text>`,
    )
    .join("");
  const legend =
    `<rect x="${PAD.left}" y="8" width="10" height="10" fill="${COLORS.open}"/><text x="${PAD.left + 14}" y="17" font-size="11">${escapeXml(labels.open)}</text>` +
    `<rect x="${PAD.left + 70}" y="8" width="10" height="10" fill="${COLORS.overdue}"/><text x="${PAD.left + 84}" y="17" font-size="11">${escapeXml(labels.overdue)}</text>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeXml(labels.title)}" font-family="sans-serif">` +
    `<title>${escapeXml(labels.title)}</title>${grid}${weeks}${legend}` +
    `<polyline fill="none" stroke="${COLORS.open}" ${STROKE.open} points="${line("open")}"/>` +
    `<polyline fill="none" stroke="${COLORS.overdue}" ${STROKE.overdue} points="${line("overdue")}"/>${dots("open")}${dots("overdue")}</svg>`
  );
}
