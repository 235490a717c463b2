// A changed flow applies to new cases; an open case keeps the flow version it started with.
import { must } from "../support/must.ts";
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import { describe, expect, inject, it } from "vitest";
import { runDeadlineSweep } from "../../src/app/run-deadline-sweep.ts";
import { SimulatedClock } from "../../src/infra/clock.ts";
import { reminders, reportOverlast } from "../support/fixtures.ts";
import { startTestApp } from "../support/test-app.ts";

describe("flow versions", () => {
  it("keeps open cases on their version while new cases use the changed flow", async () => {
    const flows = mkdtempSync(path.join(os.tmpdir(), "flows-"));
    cpSync("flows", flows, { recursive: true });
    const databaseUrl = `file:${path.join(flows, "schakel.db")}`;
    copyFileSync(inject("templateDb"), databaseUrl.slice(5));
    const first = await startTestApp({ flowsDir: flows, databaseUrl });
    const old = await reportOverlast(first.ctx);
    await first.close();

    const file = path.join(flows, "overlast.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8")
        .replace("version: 1", "version: 2")
        .replace(
          "    owner: all\n    deadline: { amount: 1, unit: workingDays }",
          "    owner: all\n    deadline: { amount: 3, unit: workingDays }",
        ),
    );
    const second = await startTestApp({ flowsDir: flows, databaseUrl });
    try {
      const fresh = await reportOverlast(second.ctx);
      const oldCase = must(await second.ctx.store.read.case(old.caseId));
      const newCase = must(await second.ctx.store.read.case(fresh.caseId));
      expect((await second.ctx.flows.forCase(oldCase)).version).toBe(1);
      expect((await second.ctx.flows.forCase(newCase)).version).toBe(2);
      (second.ctx as { clock: unknown }).clock = new SimulatedClock(
        undefined,
        DateTime.fromISO("2026-11-25T10:00", { zone: "Europe/Amsterdam" }).toJSDate(),
      );
      await runDeadlineSweep({ ctx: second.ctx });
      expect(await reminders(second.ctx, old.caseId)).toHaveLength(3);
      expect(await reminders(second.ctx, fresh.caseId)).toHaveLength(0);
    } finally {
      await second.close();
    }
  });
});
