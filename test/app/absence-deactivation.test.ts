// A person who leaves the roster (deactivated by the region apply) has their absences ended, audited.
import { describe, expect, it } from "vitest";
import { endAbsencesOnDeactivation } from "../../src/app/absence/end-absence.ts";
import { listAbsences } from "../../src/app/absence/list-absences.ts";
import { recordAbsence } from "../../src/app/absence/record-absence.ts";
import { appsPerTest } from "../support/test-app.ts";

const start = appsPerTest();

describe("absences at deactivation", () => {
  it("ends the current and planned absences of a person who left the roster, once", async () => {
    const app = await start();
    const ctx = app.ctx;
    const anouk = { personId: "anouk-jansen", platform: "local" as const };
    await recordAbsence({ ctx, actor: anouk, from: "23-11-2026", to: "25-11-2026" });
    await recordAbsence({ ctx, actor: anouk, from: "1-12-2026", to: "4-12-2026" });
    expect(await listAbsences({ ctx, actor: anouk })).toHaveLength(2);
    const now = ctx.clock.now();
    expect(await ctx.store.transaction((tx) => endAbsencesOnDeactivation(ctx, tx, "anouk-jansen", now))).toBe(2);
    expect(await listAbsences({ ctx, actor: anouk })).toEqual([]);
    expect(await ctx.store.transaction((tx) => endAbsencesOnDeactivation(ctx, tx, "anouk-jansen", now))).toBe(0);
  });
});
