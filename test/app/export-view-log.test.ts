// The view log for the data protection officer: who opened a case's details and who was refused, by case
// reference and staff name only (never the resident's data), for the period asked.
import { describe, expect, it } from "vitest";
import { exportViewLog } from "../../src/app/avg/export-view-log.ts";
import { runAction } from "../../src/app/interactions/run-action.ts";
import { reportOverlast } from "../support/fixtures.ts";
import { must } from "../support/must.ts";
import { appsPerTest, MONDAY_10 } from "../support/test-app.ts";

const start = appsPerTest();
const local = (personId: string) => ({ personId, platform: "local" as const });

describe("the view log export", () => {
  it("names who opened the details and who was refused, without the resident's data", async () => {
    const app = await start();
    const ctx = app.ctx;
    const { reference } = await reportOverlast(ctx);
    const caseId = must(await ctx.store.read.caseByReference(reference)).id;
    const details = (personId: string) => runAction({ ctx, actor: local(personId), actionId: "case.details", caseId });
    expect((await details("anouk-jansen")).kind).not.toBe("error");
    expect((await details("eva-bakker")).kind).toBe("error");
    const rows = await exportViewLog({ ctx, from: MONDAY_10, to: new Date(MONDAY_10.getTime() + 3600_000) });
    expect(rows.map((r) => [r.reference, r.person, r.refused_because === ""])).toEqual([
      [reference, "Anouk Jansen", true],
      [reference, "Eva Bakker", false],
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/Test Bewoner|Teststraat/);
    const before = await exportViewLog({ ctx, from: new Date("2026-11-01T00:00:00Z"), to: MONDAY_10 });
    expect(before).toEqual([]);
  });
});
