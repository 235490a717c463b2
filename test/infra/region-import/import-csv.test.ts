// Importing from CSV: Dutch Excel's ";" with a BOM, or "," files, one per sheet; a lone roster CSV replaces
// only the roster of the current region file and keeps the rest.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { RegionDocument } from "../../../src/infra/region-import/region-document.ts";
import { demoRegion, regionSheets, tempDir, writeDutchCsv, writeWorkbook } from "./roster-fixtures.ts";
import { runSheetCommand } from "./run-command.ts";

const readRegion = (file: string) => parse(readFileSync(file, "utf8")) as RegionDocument;

describe("importing CSV files", () => {
  it("replaces the roster from a Dutch roster CSV (;, BOM) and keeps people and the rest from the file", async () => {
    const dir = tempDir();
    const workbook = await writeWorkbook(path.join(dir, "wbw.xlsx"), regionSheets(demoRegion));
    expect((await runSheetCommand(["import", workbook, "--region", "wbw"], dir)).code).toBe(0);
    const csv = writeDutchCsv(path.join(dir, "rooster-2026.csv"), [
      ["Organisatie", "Gemeente", "Contactpersoon", "Vervanger", "Coördinator"],
      ["Woonstichting Woonhaven", "Bergen op Zoom", "Anouk Jansen", "Femke de Wit", ""],
      ["wmo-steenbergen", "steenbergen", "umay-yilmaz@demo.schakel.nl", "Tim Aerts", "Yvonne Maas"],
    ]);
    const run = await runSheetCommand(["import", csv, "--region", "wbw"], dir);
    expect(run.err).toBe("");
    expect(run.out).toContain("kept from the current region file: Gemeenten, Organisaties, Personen, Coördinatoren");
    const region = readRegion(path.join(dir, "wbw.yaml"));
    expect(region.roster).toEqual([
      {
        organisation: "wmo-steenbergen",
        municipality: "steenbergen",
        contact: "umay-yilmaz",
        deputy: "tim-aerts",
        coordinator: "yvonne-maas",
      },
      { organisation: "woonhaven", municipality: "bergen-op-zoom", contact: "anouk-jansen", deputy: "femke-de-wit" },
    ]);
    expect(region.people).toHaveLength(24);
    expect(region.coordinators).toEqual(["yvonne-maas"]);
  });

  it("reads one comma-separated CSV per sheet, named after the sheet", async () => {
    const dir = tempDir();
    const write = (name: string, text: string) => {
      writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    };
    const files = [
      write("Gemeenten.csv", "id,naam\nreimerswaal,Reimerswaal\n"),
      write("Organisaties.csv", 'id,naam,type\nzvh,"Zorg- en Veiligheidshuis, Zeeland",safety_house\n'),
      write("Personen.csv", "naam,e-mail,organisatie\nZoë Çelik,zoe@zvh.nl,zvh\nUmay Yılmaz,umay@zvh.nl,zvh\n"),
      write("Rooster.csv", "organisatie,gemeente,contactpersoon,vervanger\nzvh,Reimerswaal,Zoë Çelik,Umay Yılmaz\n"),
      write("coordinatoren.csv", "persoon\nzoe@zvh.nl\n"),
    ];
    const run = await runSheetCommand(["import", ...files, "--region", "zeeland", "--name", "Zeeland"], dir);
    expect(run.err).toBe("");
    const region = readRegion(path.join(dir, "zeeland.yaml"));
    expect(region.organisations).toEqual([
      { id: "zvh", name: "Zorg- en Veiligheidshuis, Zeeland", type: "safety_house" },
    ]);
    expect(region.roster).toEqual([
      { organisation: "zvh", municipality: "reimerswaal", contact: "zoe-celik", deputy: "umay-yilmaz" },
    ]);
    expect(region.coordinators).toEqual(["zoe-celik"]);
  });

  it("points at the row a spreadsheet program shows, counting a cell with a line break as one row", async () => {
    const dir = tempDir();
    const workbook = await writeWorkbook(path.join(dir, "wbw.xlsx"), regionSheets(demoRegion));
    await runSheetCommand(["import", workbook, "--region", "wbw"], dir);
    const before = readFileSync(path.join(dir, "wbw.yaml"), "utf8");
    const csv = writeDutchCsv(path.join(dir, "rooster.csv"), [
      ["organisatie", "gemeente", "contactpersoon", "vervanger"],
      ["woonhaven", "bergen-op-zoom", "anouk-jansen", "bram-de-vries\n"],
      ["", "", "", ""],
      ["woonhaven", "roosendaal", "Anouk Janssen", ""],
    ]);
    const run = await runSheetCommand(["import", csv, "--region", "wbw"], dir);
    expect(run.code).toBe(1);
    expect(run.err).toContain(
      'Sheet "rooster.csv", row 4, column C (contactpersoon): unknown person "Anouk Janssen". ' +
        'Did you mean "Anouk Jansen"?',
    );
    expect(readFileSync(path.join(dir, "wbw.yaml"), "utf8")).toBe(before);
  });
});

describe("a CSV in another encoding", () => {
  it("is refused with the Excel option to choose, instead of garbling names", async () => {
    const dir = tempDir();
    const file = path.join(dir, "rooster.csv");
    writeFileSync(file, Buffer.from("organisatie;gemeente;contactpersoon\nzvh;tholen;Zo\xeb \xc7elik\n", "latin1"));
    const run = await runSheetCommand(["import", file, "--region", "wbw"], dir);
    expect(run.code).toBe(1);
    expect(run.err).toContain('Sheet "rooster.csv": cannot read the file: rooster.csv is not UTF-8 text');
    expect(run.err).toContain("‘CSV UTF-8 (door komma's gescheiden)’");
  });
});
