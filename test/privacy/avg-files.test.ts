// The operator's privacy files: the resident's access file (`npm run avg -- inzage`, JSON or xlsx, 0600) holds the
// planted values of the household and nothing of another; the FG's view log export (`npm run export -- views`)
// lists views, refused attempts and AVG requests of the period with references and staff only.
import { execFile } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addNote } from "../../src/app/add-note.ts";
import { reportCase } from "../../src/app/report-case.ts";
import { viewCaseDetails } from "../../src/app/view-case-details.ts";
import { writeAccessFile, writeViewLogFile } from "../../src/infra/export/avg-files.ts";
import { MONDAY_10, startTestApp, TEST_DATA_KEY, type TestApp } from "../support/test-app.ts";

const anouk = { personId: "anouk-jansen", platform: "local" as const };
const MINE = { resident_name: "Mirjam Mijnhuis-Access", address: "Eigenweg 8", description: "MINESTORY" };
const THEIRS = { resident_name: "Teun Ander-Elsewhere", address: "Anderweg 9", description: "THEIRSTORY" };

async function report(app: TestApp, planted: typeof MINE, note: string) {
  const values = {
    municipality: "bergen-op-zoom",
    corporation: "woonhaven",
    days_in_arrears: "45",
    legal_basis: "public_task",
    arrears_amount: "990",
    date_of_birth: "1970-01-02",
    objection: false,
    children_in_household: false,
    ...planted,
  };
  const result = await reportCase({ ctx: app.ctx, actor: anouk, flowId: "huisuitzetting", values });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  await addNote({ ctx: app.ctx, actor: anouk, caseId: result.caseId, note });
  return result;
}

let app: TestApp;
let mine: { caseId: string; reference: string };
beforeAll(async () => {
  app = await startTestApp();
  mine = await report(app, MINE, "MINENOTE");
  await report(app, { ...MINE, description: "MINESECOND" }, "MINESECONDNOTE");
  await report(app, THEIRS, "THEIRNOTE");
  await viewCaseDetails({ ctx: app.ctx, actor: anouk, caseId: mine.caseId });
  await viewCaseDetails({ ctx: app.ctx, actor: { personId: "femke-de-wit", platform: "local" }, caseId: mine.caseId })
    .then(() => {
      throw new Error("Femke has no standing and must be refused");
    })
    .catch((e: Error) => expect(e.message).toContain("may not view details"));
});
afterAll(async () => app?.close());

const planted = (o: object): string[] => Object.values(o);

describe("the access file", () => {
  it("holds every planted value of the household and nothing of another, readable by the owner only", async () => {
    const out = path.join(app.dir, "inzage.json");
    const options = { ctx: app.ctx, reference: mine.reference, by: "yvonne-maas", reason: "brief", out };
    const { file, cases } = await writeAccessFile({ ...options, format: "json" });
    expect(cases).toBe(2);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, "utf8");
    for (const value of [...planted(MINE), "MINENOTE", "MINESECOND", "MINESECONDNOTE"]) expect(text).toContain(value);
    for (const value of [...planted(THEIRS), "THEIRNOTE"]) expect(text).not.toContain(value);
    const xlsx = await writeAccessFile({ ...options, out: path.join(app.dir, "inzage.xlsx"), format: "xlsx" });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx.file);
    const cells = book.worksheets.flatMap((s) => s.getSheetValues().flat().map(String)).join("\n");
    expect(book.worksheets.map((s) => s.name)).toEqual(["Meldingen", "Gegevens", "Tijdlijn", "Inzagelogboek"]);
    for (const value of [...planted(MINE), "MINENOTE"]) expect(cells).toContain(value);
    for (const value of [...planted(THEIRS), "THEIRNOTE"]) expect(cells).not.toContain(value);
  });

  it("is written by `npm run avg -- inzage` for a coordinator, and refused in Dutch to anyone else", async () => {
    const env = { ...process.env, DATABASE_URL: app.databaseUrl, SCHAKEL_DATA_KEY: TEST_DATA_KEY, LOG_LEVEL: "silent" };
    const run = (by: string, out: string) =>
      promisify(execFile)(
        "node_modules/.bin/tsx",
        ["scripts/avg.ts", "inzage", mine.reference, "--door", by, "--reden", "verzoek", "--out", out],
        { env, timeout: 60_000 },
      );
    const out = path.join(app.dir, "cli.json");
    expect((await run("yvonne-maas", out)).stdout).toContain("2 cases");
    expect(readFileSync(out, "utf8")).toContain(MINE.resident_name);
    const refused = await run("anouk-jansen", path.join(app.dir, "no.json")).catch((e: { stderr: string }) => e);
    expect("stderr" in refused ? refused.stderr : "").toContain("Alleen een coördinator");
  }, 90_000);
});

describe("the view log for the FG", () => {
  it("lists views, refused attempts and AVG requests of the period, with no resident data", async () => {
    const from = new Date(MONDAY_10.getTime() - 86_400_000);
    const to = new Date(MONDAY_10.getTime() + 86_400_000);
    const out = path.join(app.dir, "views");
    const { file } = await writeViewLogFile({ ctx: app.ctx, from, to, format: "csv", out });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const csv = readFileSync(file, "utf8");
    const [header, ...lines] = csv.trim().split("\n");
    expect(header).toBe("moment,reference,event,person,organisation,platform,refused_because,reason");
    expect(lines.some((l) => l.includes(`${mine.reference},details.viewed,Anouk Jansen`))).toBe(true);
    expect(lines.some((l) => l.includes("details.refused,Femke de Wit") && l.includes("not_routed"))).toBe(true);
    expect(lines.some((l) => l.includes("avg.access,Yvonne Maas") && l.includes("brief"))).toBe(true);
    for (const value of [...planted(MINE), ...planted(THEIRS)]) expect(csv).not.toContain(value);
    const before = await writeViewLogFile({ ctx: app.ctx, from: new Date(0), to: from, format: "csv", out });
    expect(readFileSync(before.file, "utf8").trim().split("\n")).toHaveLength(1);
  });
});
