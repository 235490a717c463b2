// The empty workbook a coordinator fills in: Dutch headers (bold, frozen), drop-down lists and an Uitleg sheet;
// filled in and imported it gives the expected region file, and importing it again changes nothing.
import { must } from "../../support/must.ts";
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { tempDir } from "./roster-fixtures.ts";
import { runSheetCommand } from "./run-command.ts";

async function fillTemplate(template: string, target: string, rows: Record<string, string[][]>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(template);
  for (const [sheet, values] of Object.entries(rows))
    must(workbook.getWorksheet(sheet), "workbook.getWorksheet(sheet)").addRows(values);
  await workbook.xlsx.writeFile(target);
  return target;
}

const filled = {
  Gemeenten: [
    ["", "Tholen"],
    ["", "Reimerswaal"],
  ],
  Organisatietypen: [["neighbourhood_team", "Wijkteam"]],
  Organisaties: [
    ["", "Woongoed Tholen", "housing_corporation"],
    ["", "Wijkteam Tholen", "neighbourhood_team"],
  ],
  Personen: [
    ["", "Zoë Çelik", "zoe@wijkteam.nl", "Wijkteam Tholen", "en", "teams", "", "7b0f2c1e"],
    ["", "Umay Yılmaz", "umay@woongoed.nl", "Woongoed Tholen", "nl", "", "", ""],
  ],
  Rooster: [
    ["Woongoed Tholen", "Tholen", "Umay Yılmaz", "Zoë Çelik", ""],
    ["Wijkteam Tholen", "Reimerswaal", "Zoë Çelik", "Umay Yılmaz", ""],
    ["Wijkteam Tholen", "Tholen", "Zoë Çelik", "", "Umay Yılmaz"],
  ],
  Coördinatoren: [["Umay Yılmaz"]],
};

const expectedYaml = `# Region Tholen (tholen).
# Imported from filled.xlsx on 2026-03-02 09:00 UTC with \`npm run region -- import\`.
# Edit the workbook and import again, or edit this file by hand; \`npm run region -- check\` validates it.
id: tholen
name: Tholen

organisationTypes:
  - id: neighbourhood_team
    label: Wijkteam

municipalities:
  - id: reimerswaal
    name: Reimerswaal
  - id: tholen
    name: Tholen

organisations:
  - id: wijkteam-tholen
    name: Wijkteam Tholen
    type: neighbourhood_team
  - id: woongoed-tholen
    name: Woongoed Tholen
    type: housing_corporation

people:
  - id: umay-yilmaz
    name: Umay Yılmaz
    email: umay@woongoed.nl
    organisation: woongoed-tholen
    locale: nl
  - id: zoe-celik
    name: Zoë Çelik
    email: zoe@wijkteam.nl
    organisation: wijkteam-tholen
    locale: en
    platform: teams
    teams: 7b0f2c1e

roster:
  - organisation: wijkteam-tholen
    municipality: reimerswaal
    contact: zoe-celik
    deputy: umay-yilmaz
  - organisation: wijkteam-tholen
    municipality: tholen
    contact: zoe-celik
    coordinator: umay-yilmaz
  - organisation: woongoed-tholen
    municipality: tholen
    contact: umay-yilmaz
    deputy: zoe-celik

coordinators: [ umay-yilmaz ]

channels:
  shared: { console: tholen-casuistiek }
  coordinators: { console: tholen-coordinatoren }
`;

describe("the roster template", () => {
  it("has every sheet with bold, frozen Dutch headers, drop-down lists and an explanation per column", async () => {
    const dir = tempDir();
    const file = path.join(dir, "template.xlsx");
    expect((await runSheetCommand(["template", file], dir)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Uitleg",
      "Gemeenten",
      "Organisatietypen",
      "Organisaties",
      "Personen",
      "Rooster",
      "Coördinatoren",
    ]);
    const people = must(workbook.getWorksheet("Personen"), 'workbook.getWorksheet("Personen")');
    expect(people.getRow(1).values).toEqual([
      undefined,
      "id",
      "naam",
      "e-mail",
      "organisatie",
      "taal",
      "platform",
      "slack",
      "teams",
    ]);
    expect(people.getCell("C1").font?.bold).toBe(true);
    expect(people.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(people.getCell("E2").dataValidation).toMatchObject({ type: "list", formulae: ['"nl,en"'] });
    expect(people.getCell("F500").dataValidation).toMatchObject({ type: "list", formulae: ['"console,slack,teams"'] });
    const typeList = must(workbook.getWorksheet("Organisaties"), 'workbook.getWorksheet("Organisaties")').getCell(
      "C2",
    ).dataValidation;
    expect(typeList?.formulae?.[0]).toContain("housing_corporation");
    expect(must(workbook.getWorksheet("Rooster"), 'workbook.getWorksheet("Rooster")').getRow(1).values).toEqual([
      undefined,
      "organisatie",
      "gemeente",
      "contactpersoon",
      "vervanger",
      "coördinator",
    ]);
    const explained: string[] = [];
    must(workbook.getWorksheet("Uitleg"), 'workbook.getWorksheet("Uitleg")').eachRow((row) =>
      explained.push(`${row.getCell(1).text}/${row.getCell(2).text}`),
    );
    expect(explained).toContain("Personen/e-mail");
    expect(explained).toContain("Rooster/vervanger");
  });

  it("filled in, imports to the expected file; the same workbook again leaves it byte for byte as it was", async () => {
    const dir = tempDir();
    const template = path.join(dir, "template.xlsx");
    await runSheetCommand(["template", template], dir);
    const workbook = await fillTemplate(template, path.join(dir, "filled.xlsx"), filled);
    const first = await runSheetCommand(["import", workbook, "--region", "tholen", "--name", "Tholen"], dir);
    expect(first.err).toBe("");
    const file = path.join(dir, "tholen.yaml");
    expect(readFileSync(file, "utf8")).toBe(expectedYaml);
    const weekLater = new Date("2026-03-09T10:30:00Z");
    const again = await runSheetCommand(["import", workbook, "--region", "tholen"], dir, weekLater);
    expect(again.out).toContain("already says exactly this; left unchanged");
    expect(readFileSync(file, "utf8")).toBe(expectedYaml);
  });

  it("a reordered workbook with one new deputy changes only that line and the header's date", async () => {
    const dir = tempDir();
    const template = path.join(dir, "template.xlsx");
    await runSheetCommand(["template", template], dir);
    const workbook = path.join(dir, "filled.xlsx");
    await runSheetCommand(["import", await fillTemplate(template, workbook, filled), "--region", "tholen"], dir);
    const before = readFileSync(path.join(dir, "tholen.yaml"), "utf8").split("\n");
    const changed = {
      ...filled,
      Personen: [...filled.Personen].reverse(),
      Rooster: [
        must(filled.Rooster[2], "filled.Rooster[2]"),
        must(filled.Rooster[1], "filled.Rooster[1]"),
        ["Woongoed Tholen", "Tholen", "Umay Yılmaz", "", ""],
      ],
    };
    const later = new Date("2026-03-09T10:30:00Z");
    await fillTemplate(template, workbook, changed);
    await runSheetCommand(["import", workbook, "--region", "tholen"], dir, later);
    const after = readFileSync(path.join(dir, "tholen.yaml"), "utf8").split("\n");
    const removed = before.filter((line, i) => line !== after[i] && !after.includes(line));
    const oldHeader = "# Imported from filled.xlsx on 2026-03-02 09:00 UTC with `npm run region -- import`.";
    expect(removed).toEqual([oldHeader, "    deputy: zoe-celik"]);
    expect(after.length).toBe(before.length - 1);
  });
});
