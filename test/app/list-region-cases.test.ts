// The coordinator's case list: the open and recently closed cases of the chosen municipalities, by reference and
// structured values only (never the resident's name or address), with each open deadline and whether it passed.
import { describe, expect, it } from "vitest";
import { runAction } from "../../src/app/interactions/run-action.ts";
import { listRegionCases } from "../../src/app/list-region-cases.ts";
import type { SimulatedClock } from "../../src/infra/clock.ts";
import { reportOverlast } from "../support/fixtures.ts";
import { must } from "../support/must.ts";
import { appsPerTest } from "../support/test-app.ts";

const start = appsPerTest();

describe("the coordinator's case list", () => {
  it("lists open and closed cases without personal data, and marks a passed deadline", async () => {
    const app = await start();
    const ctx = app.ctx;
    const open = await reportOverlast(ctx);
    const closed = await reportOverlast(ctx);
    const closedId = must(await ctx.store.read.caseByReference(closed.reference)).id;
    const actor = { personId: "anouk-jansen", platform: "local" as const };
    const close = await runAction({
      ctx,
      actor,
      actionId: "case.close",
      caseId: closedId,
      values: { outcome: "resolved" },
    });
    expect(close.kind).toBe("done");
    const rows = await listRegionCases({ ctx, municipalityIds: ["bergen-op-zoom"] });
    const byRef = new Map(rows.map((r) => [r.reference, r]));
    expect(byRef.get(open.reference)).toMatchObject({
      flow: "Overlast",
      municipality: "Bergen op Zoom",
      status: "open",
      closedAt: null,
    });
    expect(byRef.get(closed.reference)).toMatchObject({ status: "closed", closedAt: expect.any(String) });
    expect(byRef.get(closed.reference)?.deadlines).toEqual([]);
    const deadlines = byRef.get(open.reference)?.deadlines ?? [];
    expect(deadlines.length).toBeGreaterThan(0);
    expect(deadlines.every((d) => !d.overdue)).toBe(true);
    const text = JSON.stringify(rows);
    expect(text).not.toContain("Test Bewoner");
    expect(text).not.toContain("Teststraat");
    (ctx.clock as SimulatedClock).advance({ workingDays: 30 }, ctx.calendar);
    const later = await listRegionCases({ ctx, municipalityIds: ["bergen-op-zoom"] });
    expect(later.find((r) => r.reference === open.reference)?.deadlines.every((d) => d.overdue)).toBe(true);
    expect(await listRegionCases({ ctx, municipalityIds: ["roosendaal"] })).toEqual([]);
  });
});
