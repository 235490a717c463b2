// The resident's AVG rights, each carried out with a recorded reason: access (everything about the household and
// nothing of another), rectification (the old value opens with no key the system holds), restriction (nobody
// opens or changes the details until lifted) and erasure on request (proven on the raw database bytes), and the
// view log with refused attempts on /schakel status for the case's parties only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addNote } from "../../src/app/add-note.ts";
import { eraseDetails } from "../../src/app/avg/erase-details.ts";
import { exportResidentData } from "../../src/app/avg/export-resident-data.ts";
import { rectifyDetails } from "../../src/app/avg/rectify-details.ts";
import { restrictDetails } from "../../src/app/avg/restrict-details.ts";
import { runCommand } from "../../src/app/interactions/run-command.ts";
import { reportCase } from "../../src/app/report-case.ts";
import { viewCaseDetails } from "../../src/app/view-case-details.ts";
import { createMasterKeyring } from "../../src/infra/keys/master-keyring.ts";
import { startTestApp, TEST_DATA_KEY, type TestApp } from "../support/test-app.ts";
import { openEverything, rawDatabaseBytes, reachableKeys } from "./raw-bytes.ts";

const anouk = { personId: "anouk-jansen", platform: "local" as const };
const yvonne = { personId: "yvonne-maas", platform: "local" as const };
const femke = { personId: "femke-de-wit", platform: "local" as const };

interface Resident {
  name: string;
  address: string;
  story: string;
  note: string;
  born?: string;
}
const HOUSEHOLD = { name: "Wilhelmina Inzage-Hh", address: "Kijkstraat 12", story: "HHSTORY", note: "HHNOTE" };
const SECOND = { ...HOUSEHOLD, story: "HHSECONDSTORY", note: "HHSECONDNOTE" };
/** The same resident after a move: same name and date of birth, another address. */
const MOVED = { ...HOUSEHOLD, address: "Verhuisd 4", story: "MOVEDSTORY", note: "MOVEDNOTE" };
/** Someone else with the same name: another date of birth and address. */
const NAMESAKE = { ...HOUSEHOLD, address: "Naamgenoot 5", story: "NAMESAKESTORY", note: "NSNOTE", born: "1990-01-01" };
const OTHER = { name: "Onno Anderhuis-Other", address: "Verweg 3", story: "OTHERSTORY", note: "OTHERNOTE" };
const ERASED = { name: "Egbert Gewist-Erased", address: "Vergeetlaan 9", story: "ERASEDSTORY", note: "ERASEDNOTE" };
const OLD_ADDRESS = "Oudeweg 1-Rectified";

async function report(app: TestApp, who: Resident): Promise<string> {
  const values = {
    municipality: "bergen-op-zoom",
    corporation: "woonhaven",
    days_in_arrears: "45",
    legal_basis: "public_task",
    arrears_amount: "1875",
    resident_name: who.name,
    address: who.address,
    date_of_birth: who.born ?? "1961-04-13",
    description: who.story,
    objection: false,
    children_in_household: false,
  };
  const result = await reportCase({ ctx: app.ctx, actor: anouk, flowId: "huisuitzetting", values });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  await addNote({ ctx: app.ctx, actor: anouk, caseId: result.caseId, note: who.note });
  return result.caseId;
}

const refusal = async (work: Promise<unknown>) =>
  work.then(
    () => "",
    (e: Error & { messageKey?: string }) => e.messageKey,
  );

let app: TestApp;
const ids = { household: "", second: "", other: "", erased: "", rectified: "" };
async function refOf(caseId: string): Promise<string> {
  const c = await app.ctx.store.read.case(caseId);
  if (!c) throw new Error(`no case ${caseId}`);
  return c.reference;
}
beforeAll(async () => {
  app = await startTestApp();
  ids.household = await report(app, HOUSEHOLD);
  ids.second = await report(app, SECOND);
  await report(app, MOVED);
  await report(app, NAMESAKE);
  ids.other = await report(app, OTHER);
  ids.erased = await report(app, ERASED);
  ids.rectified = await report(app, { ...OTHER, address: OLD_ADDRESS, story: "RECTSTORY", note: "RECTNOTE" });
});
afterAll(async () => app?.close());

describe("access (art. 15)", () => {
  it("gives a coordinator everything about the household, with the reason on each case's view log", async () => {
    const data = await exportResidentData({
      ctx: app.ctx,
      actor: yvonne,
      caseId: ids.household,
      reason: "brief 12-11",
    });
    const text = JSON.stringify(data);
    const mine = [...Object.values(HOUSEHOLD), SECOND.story, SECOND.note, MOVED.address, MOVED.story, MOVED.note];
    for (const planted of mine) expect(text).toContain(planted);
    const theirs = [...Object.values(OTHER), NAMESAKE.address, NAMESAKE.story, NAMESAKE.note, NAMESAKE.born];
    for (const planted of theirs) expect(text).not.toContain(planted);
    expect(data.cases).toHaveLength(3);
    const log = (await app.ctx.store.read.events(ids.second)).filter((e) => e.type === "avg.access");
    expect(log.map((e) => e.data)).toEqual([{ reason: "brief 12-11", request: data.reference }]);
  });

  it("is refused to a contact who is no coordinator, and without a reason", async () => {
    const asContact = exportResidentData({ ctx: app.ctx, actor: anouk, caseId: ids.household, reason: "x" });
    expect(await refusal(asContact)).toBe("avg.not_coordinator");
    const noReason = exportResidentData({ ctx: app.ctx, actor: yvonne, caseId: ids.household, reason: " " });
    expect(await refusal(noReason)).toBe("avg.reason_required");
  });

  it("answers /schakel avg inzage with a private view, and explains the command when a part is missing", async () => {
    const ref = await refOf(ids.household);
    const result = await runCommand({
      ctx: app.ctx,
      actor: yvonne,
      command: "/schakel",
      text: `avg inzage ${ref} brief`,
    });
    expect(result.kind).toBe("view");
    if (result.kind === "view") expect(JSON.stringify(result.view)).toContain(HOUSEHOLD.name);
    const usage = await runCommand({ ctx: app.ctx, actor: yvonne, command: "/schakel", text: "avg inzage" });
    expect(usage.kind === "message" && usage.message.text).toContain("Gebruik: /schakel avg");
  });
});

describe("rectification (art. 16)", () => {
  it("re-seals the case under a new key: the old address opens with no key the system holds", async () => {
    const values = { address: "Nieuweweg 2", reason: "verhuisd volgens bewoner" };
    expect(await refusal(rectifyDetails({ ctx: app.ctx, actor: yvonne, caseId: ids.rectified, values }))).toBe(
      "avg.rectify.not_contact",
    );
    await rectifyDetails({ ctx: app.ctx, actor: anouk, caseId: ids.rectified, values });
    const view = await viewCaseDetails({ ctx: app.ctx, actor: anouk, caseId: ids.rectified });
    expect(view.fields.find((f) => f.label === "Adres")?.value).toBe("Nieuweweg 2");
    expect(view.notes.map((n) => n.text)).toContain("RECTNOTE");
    const file = app.databaseUrl.slice("file:".length);
    const raw = rawDatabaseBytes(file);
    const { caseIds, keys } = await reachableKeys(file, createMasterKeyring(Buffer.from(TEST_DATA_KEY, "base64")), raw);
    const opened = openEverything(raw, keys, caseIds).join("\n");
    expect(opened).not.toContain(OLD_ADDRESS);
    expect(opened).toContain("Nieuweweg 2");
    const event = (await app.ctx.store.read.events(ids.rectified)).find((e) => e.type === "avg.rectified");
    expect(event?.data).toEqual({ reason: "verhuisd volgens bewoner", fields: ["address"] });
  });

  it("refuses a rectification that changes nothing, with a sentence under the first field", async () => {
    const values = { reason: "niets" };
    const result = rectifyDetails({ ctx: app.ctx, actor: anouk, caseId: ids.rectified, values });
    expect(await refusal(result)).toBe("avg.rectify.nothing");
  });
});

describe("restriction (art. 18)", () => {
  it("freezes the details for everyone until lifted, shows it on the card and logs each refused attempt", async () => {
    const caseId = ids.other;
    await restrictDetails({ ctx: app.ctx, actor: yvonne, caseId, reason: "bezwaar bewoner loopt" });
    expect(await refusal(viewCaseDetails({ ctx: app.ctx, actor: anouk, caseId }))).toBe("avg.restricted_refusal");
    const values = { address: "Elders 4", reason: "correctie" };
    expect(await refusal(rectifyDetails({ ctx: app.ctx, actor: anouk, caseId, values }))).toBe(
      "avg.restricted_refusal",
    );
    const ref = await refOf(caseId);
    const status = await runCommand({ ctx: app.ctx, actor: anouk, command: "/schakel", text: `status ${ref}` });
    const text = status.kind === "message" ? status.message.text : "";
    expect(text).toContain("Beperkt (AVG)");
    expect(text).toMatch(/Anouk Jansen \(.+\) probeerde de gegevens te openen: geweigerd/);
    expect(text).toMatch(/Yvonne Maas \(.+\) beperkte de gegevens \(AVG\)/);
    await restrictDetails({ ctx: app.ctx, actor: yvonne, caseId, reason: "bezwaar afgehandeld", lift: true });
    const view = await viewCaseDetails({ ctx: app.ctx, actor: anouk, caseId });
    expect(view.fields.find((f) => f.label === "Adres")?.value).toBe(OTHER.address);
  });
});

describe("the view log (issue 14 item 10)", () => {
  it("shows views and refused attempts on /schakel status to the case's parties, and to nobody else", async () => {
    const caseId = ids.household;
    await viewCaseDetails({ ctx: app.ctx, actor: anouk, caseId });
    expect(await refusal(viewCaseDetails({ ctx: app.ctx, actor: femke, caseId }))).toBe("error.details_forbidden");
    const ref = await refOf(caseId);
    const asked = (actor: typeof anouk) =>
      runCommand({ ctx: app.ctx, actor, command: "/schakel", text: `status ${ref}` }).then((r) =>
        r.kind === "message" ? r.message.text : "",
      );
    const forContact = await asked(anouk);
    expect(forContact).toMatch(/Anouk Jansen \(.+\) opende de gegevens/);
    expect(forContact).toMatch(/Femke de Wit \(.+\) probeerde de gegevens te openen: geweigerd/);
    expect(forContact).toMatch(/Yvonne Maas \(.+\) gaf inzage \(AVG\)/);
    const forOutsider = await asked(femke);
    expect(forOutsider).toContain(ref);
    expect(forOutsider).not.toContain("Inzagelogboek");
  });
});

describe("erasure on request (art. 17)", () => {
  it("crypto-shreds the case now: nothing of it opens from the raw bytes; the case stays as a tombstone", async () => {
    const caseId = ids.erased;
    const ref = await refOf(caseId);
    const answer = await runCommand({
      ctx: app.ctx,
      actor: yvonne,
      command: "/schakel",
      text: `avg wissen ${ref} verzoek`,
    });
    expect(answer.kind === "done" && answer.text).toContain("gewist");
    const file = app.databaseUrl.slice("file:".length);
    const raw = rawDatabaseBytes(file);
    for (const planted of Object.values(ERASED)) expect(raw.includes(planted), planted).toBe(false);
    const { caseIds, keys } = await reachableKeys(file, createMasterKeyring(Buffer.from(TEST_DATA_KEY, "base64")), raw);
    const opened = openEverything(raw, keys, caseIds).join("\n");
    for (const planted of Object.values(ERASED)) expect(opened.includes(planted), planted).toBe(false);
    expect(opened).toContain(HOUSEHOLD.name); // the control: the search does open what is kept
    const tombstone = await app.ctx.store.read.case(caseId);
    expect([tombstone?.reference, tombstone?.status]).toEqual([ref, "open"]);
    expect(await refusal(viewCaseDetails({ ctx: app.ctx, actor: anouk, caseId }))).toBe("avg.erased_refusal");
    const again = eraseDetails({ ctx: app.ctx, actor: yvonne, caseId, reason: "nogmaals" });
    expect(await refusal(again)).toBe("avg.already_erased");
    const status = await runCommand({ ctx: app.ctx, actor: anouk, command: "/schakel", text: `status ${ref}` });
    expect(status.kind === "message" && status.message.text).toContain("Gewist (AVG)");
  });
});
