// Data is kept no longer than needed: after the retention period the personal details, the sealed notes
// and the household link of a closed case are gone; references and structured values stay.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addNote } from "../../src/app/add-note.ts";
import { closeCase } from "../../src/app/close-case.ts";
import { purgeExpiredDetails } from "../../src/app/purge-expired-details.ts";
import { viewCaseDetails } from "../../src/app/view-case-details.ts";
import { reportOverlast } from "../support/fixtures.ts";
import { MONDAY_10, setClock, startTestApp, type TestApp } from "../support/test-app.ts";

const anouk = { personId: "anouk-jansen", platform: "local" as const };
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.close());

describe("retention", () => {
  it("purges personal details, notes and the household link two years after closure, and only then", async () => {
    const old = await reportOverlast(app.ctx);
    await addNote({ ctx: app.ctx, actor: anouk, caseId: old.caseId, note: "PLANTED notitie" });
    await closeCase({ ctx: app.ctx, actor: anouk, caseId: old.caseId, outcome: "resolved" });
    setClock(app, new Date(MONDAY_10.getTime() + 700 * 86_400_000));
    const recent = await reportOverlast(app.ctx);
    await closeCase({ ctx: app.ctx, actor: anouk, caseId: recent.caseId, outcome: "resolved" });

    setClock(app, new Date(MONDAY_10.getTime() + 731 * 86_400_000));
    const result = await purgeExpiredDetails({ ctx: app.ctx, retentionDays: 730 });
    expect(result.purged).toEqual([old.reference]);
    expect(await app.ctx.store.read.residentDetails(old.caseId)).toBeNull();
    expect(await app.ctx.store.read.residentDetails(recent.caseId)).not.toBeNull();
    const events = await app.ctx.store.read.events(old.caseId);
    expect(events.filter((e) => e.sealed)).toEqual([]);
    expect(events.at(-1)?.type).toBe("details.purged");
    expect((await app.ctx.store.read.case(old.caseId))?.householdKey).toBeNull();
    expect((await app.ctx.store.read.case(recent.caseId))?.householdKey).not.toBeNull();
    const view = await viewCaseDetails({ ctx: app.ctx, actor: anouk, caseId: old.caseId });
    expect(view.fields.every((f) => f.value === "—")).toBe(true);
    expect(view.notes).toEqual([]);
    expect((await purgeExpiredDetails({ ctx: app.ctx, retentionDays: 730 })).purged).toEqual([]);
  });
});
