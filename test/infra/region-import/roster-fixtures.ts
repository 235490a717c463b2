// Test fixtures for the spreadsheet import: the demo region (copied from the demo data, in the region file's
// shape) and helpers that write real workbooks and CSV files with exceljs and plain text.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { RegionDocument } from "../../../src/infra/region-import/region-document.ts";

export type SheetRows = Record<string, ExcelJS.CellValue[][]>;

export const tempDir = (): string => mkdtempSync(path.join(os.tmpdir(), "schakel-import-"));

/** Writes a workbook whose sheets hold the given rows (first row = header); returns its path. */
export async function writeWorkbook(file: string, sheets: SheetRows): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Writes a CSV file as Dutch Excel saves it: BOM, ";" separators, CRLF line ends. */
export function writeDutchCsv(file: string, rows: string[][]): string {
  const quote = (cell: string) => (/[;"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  writeFileSync(file, `\uFEFF${rows.map((r) => r.map(quote).join(";")).join("\r\n")}\r\n`, "utf8");
  return file;
}

/** The region as the agreed sheets, with the layout's Dutch headers. */
export function regionSheets(region: RegionDocument): SheetRows {
  const opt = (value: string | undefined) => value ?? null;
  return {
    Gemeenten: [["id", "naam"], ...region.municipalities.map((m) => [m.id, m.name])],
    Organisaties: [["id", "naam", "type"], ...region.organisations.map((o) => [o.id, o.name, o.type])],
    ...(region.organisationTypes?.length
      ? { Organisatietypen: [["id", "label"], ...region.organisationTypes.map((x) => [x.id, x.label])] }
      : {}),
    Personen: [
      ["id", "naam", "e-mail", "organisatie", "taal", "platform", "slack", "teams"],
      ...region.people.map((p) => [
        p.id,
        p.name,
        p.email,
        p.organisation,
        opt(p.locale),
        opt(p.platform),
        opt(p.slack),
        opt(p.teams),
      ]),
    ],
    Rooster: [
      ["organisatie", "gemeente", "contactpersoon", "vervanger", "coördinator"],
      ...region.roster.map((r) => [r.organisation, r.municipality, r.contact, opt(r.deputy), opt(r.coordinator)]),
    ],
    Coördinatoren: [["persoon"], ...region.coordinators.map((c) => [c])],
  };
}

// Copied from the demo data (src/infra/demo-region.ts), which moves to regions/west-brabant-west.yaml.
const demoPeople: [string, string, string][] = [
  ["anouk-jansen", "Anouk Jansen", "woonhaven"],
  ["bram-de-vries", "Bram de Vries", "woonhaven"],
  ["chantal-peeters", "Chantal Peeters", "woonhaven"],
  ["dirk-van-dijk", "Dirk van Dijk", "woonhaven"],
  ["femke-de-wit", "Femke de Wit", "woonhaven"],
  ["eva-bakker", "Eva Bakker", "wonen-aan-de-vliet"],
  ["gerrit-smits", "Gerrit Smits", "wonen-aan-de-vliet"],
  ["hanna-visser", "Hanna Visser", "zorggroep-kompas"],
  ["ilse-mulder", "Ilse Mulder", "zorggroep-kompas"],
  ["joris-de-bruijn", "Joris de Bruijn", "zorggroep-kompas"],
  ["karin-hendriks", "Karin Hendriks", "zorggroep-kompas"],
  ["lucas-verhoeven", "Lucas Verhoeven", "zorggroep-kompas"],
  ["maaike-dekker", "Maaike Dekker", "zorggroep-kompas"],
  ["noah-brouwer", "Noah Brouwer", "nieuw-begin"],
  ["olga-van-leeuwen", "Olga van Leeuwen", "nieuw-begin"],
  ["pieter-claassen", "Pieter Claassen", "wmo-bergen-op-zoom"],
  ["quinty-vermeulen", "Quinty Vermeulen", "wmo-bergen-op-zoom"],
  ["rob-van-gils", "Rob van Gils", "wmo-roosendaal"],
  ["sanne-koster", "Sanne Koster", "wmo-roosendaal"],
  ["tim-aerts", "Tim Aerts", "wmo-steenbergen"],
  ["umay-yilmaz", "Umay Yılmaz", "wmo-steenbergen"],
  ["vera-schouten", "Vera Schouten", "zvh-west"],
  ["wouter-damen", "Wouter Damen", "zvh-west"],
  ["yvonne-maas", "Yvonne Maas", "regio-wbw"],
];
type RosterRow = [string, string, string, string];
const everyMunicipality = (organisation: string, contact: string, deputy: string): RosterRow[] =>
  ["bergen-op-zoom", "roosendaal", "steenbergen"].map((m) => [organisation, m, contact, deputy]);
const demoRoster: RosterRow[] = [
  ["woonhaven", "bergen-op-zoom", "anouk-jansen", "bram-de-vries"],
  ["woonhaven", "steenbergen", "chantal-peeters", "dirk-van-dijk"],
  ["wonen-aan-de-vliet", "roosendaal", "eva-bakker", "gerrit-smits"],
  ["zorggroep-kompas", "bergen-op-zoom", "hanna-visser", "ilse-mulder"],
  ["zorggroep-kompas", "roosendaal", "joris-de-bruijn", "karin-hendriks"],
  ["zorggroep-kompas", "steenbergen", "lucas-verhoeven", "maaike-dekker"],
  ...everyMunicipality("nieuw-begin", "noah-brouwer", "olga-van-leeuwen"),
  ["wmo-bergen-op-zoom", "bergen-op-zoom", "pieter-claassen", "quinty-vermeulen"],
  ["wmo-roosendaal", "roosendaal", "rob-van-gils", "sanne-koster"],
  ["wmo-steenbergen", "steenbergen", "tim-aerts", "umay-yilmaz"],
  ...everyMunicipality("zvh-west", "vera-schouten", "wouter-damen"),
];

export const demoRegion: RegionDocument = {
  id: "wbw",
  name: "West-Brabant West",
  demo: true,
  municipalities: [
    { id: "bergen-op-zoom", name: "Bergen op Zoom" },
    { id: "roosendaal", name: "Roosendaal" },
    { id: "steenbergen", name: "Steenbergen" },
  ],
  organisations: [
    { id: "woonhaven", name: "Woonstichting Woonhaven", type: "housing_corporation" },
    { id: "wonen-aan-de-vliet", name: "Wonen aan de Vliet", type: "housing_corporation" },
    { id: "zorggroep-kompas", name: "Zorggroep Kompas", type: "care_provider" },
    { id: "nieuw-begin", name: "Stichting Nieuw Begin", type: "care_provider" },
    { id: "wmo-bergen-op-zoom", name: "Wmo-loket Bergen op Zoom", type: "wmo_desk" },
    { id: "wmo-roosendaal", name: "Wmo-loket Roosendaal", type: "wmo_desk" },
    { id: "wmo-steenbergen", name: "Wmo-loket Steenbergen", type: "wmo_desk" },
    { id: "zvh-west", name: "Zorg- en Veiligheidshuis Regio West", type: "safety_house" },
    { id: "regio-wbw", name: "Regio West-Brabant West", type: "other" },
  ],
  people: demoPeople.map(([id, name, organisation]) => ({ id, name, email: `${id}@demo.schakel.nl`, organisation })),
  roster: demoRoster.map(([organisation, municipality, contact, deputy]) => ({
    organisation,
    municipality,
    contact,
    deputy,
  })),
  coordinators: ["yvonne-maas"],
  channels: { shared: { console: "wbw-casuistiek" }, coordinators: { console: "wbw-coordinatoren" } },
};

export const inDir = (dir: string, name: string) => path.join(dir, name);
