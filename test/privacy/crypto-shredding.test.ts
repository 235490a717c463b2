// After the retention purge nothing of the purged case can be read from the raw database bytes with any key the
// system still holds (crypto-shredding), while the kept case still opens: the test can see sealed data at all.
import { must } from "../support/must.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addNote } from "../../src/app/add-note.ts";
import { closeCase } from "../../src/app/close-case.ts";
import { enterCaseDates } from "../../src/app/enter-case-dates.ts";
import { purgeExpiredDetails } from "../../src/app/purge-expired-details.ts";
import { reportCase } from "../../src/app/report-case.ts";
import { viewCaseDetails } from "../../src/app/view-case-details.ts";
import { createMasterKeyring } from "../../src/infra/keys/master-keyring.ts";
import { MONDAY_10, setClock, startTestApp, TEST_DATA_KEY, type TestApp } from "../support/test-app.ts";
import { openEverything, rawDatabaseBytes, reachableKeys } from "./raw-bytes.ts";

const anouk = { personId: "anouk-jansen", platform: "local" as const };
const PURGED = {
  name: "Zwaantje Verlaat-Purged",
  address: "Geheimlaan 77",
  note: "PURGEDNOTE schuld bij broer",
  story: "PURGEDSTORY",
};
const KEPT = { name: "Kees Bewaard-Kept", address: "Blijfstraat 5", note: "KEPTNOTE", story: "KEPTSTORY" };
const DAY = 86_400_000;

async function report(app: TestApp, who: typeof PURGED) {
  const values = {
    municipality: "bergen-op-zoom",
    corporation: "woonhaven",
    days_in_arrears: "45",
    legal_basis: "public_task",
    arrears_amount: "1875",
    resident_name: who.name,
    address: who.address,
    date_of_birth: "1961-04-13",
    description: who.story,
    objection: false,
    children_in_household: true,
  };
  const result = await reportCase({ ctx: app.ctx, actor: anouk, flowId: "huisuitzetting", values });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  await addNote({ ctx: app.ctx, actor: anouk, caseId: result.caseId, note: who.note });
  await enterCaseDates({
    ctx: app.ctx,
    actor: anouk,
    caseId: result.caseId,
    values: { hearing: "2026-12-03", eviction: "2026-12-21" },
  });
  return result;
}

let app: TestApp;
let purged: { caseId: string };
let kept: { caseId: string };
beforeAll(async () => {
  app = await startTestApp();
  purged = await report(app, PURGED);
  await closeCase({
    ctx: app.ctx,
    actor: anouk,
    caseId: purged.caseId,
    outcome: "resolved",
    note: `${PURGED.note} bij sluiten`,
  });
  kept = await report(app, KEPT);
  setClock(app, new Date(MONDAY_10.getTime() + 731 * DAY));
  expect((await purgeExpiredDetails({ ctx: app.ctx, retentionDays: 730 })).purged).toHaveLength(1);
});
afterAll(async () => app?.close());

describe("crypto-shredding", () => {
  it("leaves no byte of the purged case that opens with any key the system holds, in the file or its journals", async () => {
    const file = app.databaseUrl.slice("file:".length);
    const keyring = createMasterKeyring(Buffer.from(TEST_DATA_KEY, "base64"));
    const raw = rawDatabaseBytes(file);
    for (const planted of Object.values(PURGED)) expect(raw.includes(planted), planted).toBe(false);
    const { caseIds, keys } = await reachableKeys(file, keyring, raw);
    const opened = openEverything(raw, keys, caseIds).join("\n");
    for (const planted of Object.values(PURGED)) expect(opened.includes(planted), planted).toBe(false);
    // The control: the same search does find and open the case that was kept.
    for (const planted of Object.values(KEPT)) expect(opened.includes(planted), planted).toBe(true);
  });

  it("also removes the entered dates and the values that identify the household, and keeps the figures", async () => {
    const read = app.ctx.store.read;
    expect(await read.caseKey(purged.caseId)).toBeNull();
    expect(await read.caseDates(purged.caseId)).toEqual([]);
    const c = must(await read.case(purged.caseId), "await read.case(purged.caseId)");
    expect(c.publicValues).toEqual({ municipality: "bergen-op-zoom", corporation: "woonhaven" });
    expect(c.outcome).toBe("resolved");
    const events = await read.events(purged.caseId);
    expect(events.find((e) => e.type === "dates.entered")?.data).toEqual({});
    expect(events.at(-1)?.type).toBe("details.purged");
    expect(await read.caseDates(kept.caseId)).toHaveLength(2);
    const view = await viewCaseDetails({ ctx: app.ctx, actor: anouk, caseId: kept.caseId });
    expect(view.fields.find((f) => f.label.startsWith("Naam"))?.value).toBe(KEPT.name);
  });
});
