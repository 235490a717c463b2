// The digest's trend chart: where open and overdue are equal the overdue line lies on the open one, so the open
// line is drawn wider underneath and the overdue line dashed on top; both stay visible.
import { describe, expect, it } from "vitest";
import { renderTrendChart } from "../../src/ui/digest-chart-svg.ts";

const LABELS = { title: "Trend", open: "open", overdue: "te laat", week: "week" };
const EQUAL = [1, 2, 3].map((n) => ({ weekNumber: 45 + n, weekStart: "", open: n, overdue: n }));

describe("the trend chart", () => {
  it("keeps the open line visible where it equals the overdue line", () => {
    const svg = renderTrendChart(EQUAL, LABELS);
    const lines = [...svg.matchAll(/<polyline [^>]*stroke="(#[0-9a-f]+)"([^>]*)points="([^"]+)"/g)];
    expect(lines).toHaveLength(2);
    const [open, overdue] = lines;
    expect(open?.[3]).toBe(overdue?.[3]);
    const width = (attrs = "") => Number(/stroke-width="([\d.]+)"/.exec(attrs)?.[1]);
    expect(width(open?.[2])).toBeGreaterThan(width(overdue?.[2]) + 2);
    expect(overdue?.[2]).toContain("stroke-dasharray");
  });
});
