// Bad spreadsheets are refused as a whole: every bad cell is named by sheet, row (as Excel shows it) and column
// with a Dutch explanation, the command exits 1 and no region file is written or changed.
import { must } from "../../support/must.ts";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { demoRegion, regionSheets, tempDir, writeWorkbook } from "./roster-fixtures.ts";
import { runSheetCommand } from "./run-command.ts";

const badSheets = {
  Gemeenten: [
    ["id", "naam"],
    ["tholen", "Tholen"],
    ["Sint Philipsland", "Sint Philipsland"],
  ],
  Organisaties: [
    ["id", "naam", "type"],
    ["woongoed", "Woongoed", "housing_corporation"],
    ["zorg", "Zorg Zeeland", "care_providr"],
    ["woongoed", "Woongoed Twee", "housing_corporation"],
  ],
  Personen: [
    ["id", "naam", "e-mail", "organisatie", "taal", "platform"],
    ["", "Umay Yılmaz", "umay@woongoed.nl", "woongoed", "", ""],
    ["", "Zoë Çelik", "zoe@", "woongoed", "", ""],
    ["", "", "leeg@woongoed.nl", "woongoed", "", ""],
    ["", "Ad de Jong", "ad@woongoed.nl", "woongoed", "fr", "whatsapp"],
    ["", "Bo Smit", "bo@woongoed.nl", "Onbekend BV", "", ""],
    ["", "Cas Smit", "UMAY@woongoed.nl", "woongoed", "", ""],
    ["bo-smit-2", "Bo Smit", "bo.smit@woongoed.nl", "woongoed", "", ""],
    ["", "Cas Smit", "cas@woongoed.nl", "woongoed", "", ""],
  ],
  Rooster: [
    ["organisatie", "gemeente", "contactpersoon", "vervanger", "coördinator"],
    ["woongoed", "tholen", "Umay Yilmas", "", ""],
    ["woongoed", "tholen", "umay-yilmaz", "Umay Yılmaz", ""],
    ["woongoed", "Woensdrecht", "umay-yilmaz", "", ""],
    ["woongoed", "", "umay-yilmaz", "", ""],
    // Zorg Zeeland and Zoë have a bad cell of their own; naming them here adds no second complaint.
    ["Zorg Zeeland", "tholen", "Zoë Çelik", "Umay Yılmaz", ""],
    ["zorg", "tholen", "Bo Smit", "", ""],
  ],
  Coördinatoren: [["persoon"], ["umay-yilmaz"]],
};

describe("refusing a bad workbook", () => {
  it("names every bad cell and writes nothing", async () => {
    const dir = tempDir();
    const workbook = await writeWorkbook(path.join(dir, "bad.xlsx"), badSheets);
    const run = await runSheetCommand(["import", workbook, "--region", "tholen"], dir);
    expect(run.code).toBe(1);
    expect(existsSync(path.join(dir, "tholen.yaml"))).toBe(false);
    expect(run.err).toContain("Import refused: 15 problem(s) in bad.xlsx. Nothing was written.");
    const expected = [
      'Sheet "Gemeenten", row 3, column A (id): "Sint Philipsland" is not a valid id; use lower-case letters',
      "    Een id bestaat uit kleine letters, cijfers en streepjes, zoals sint-philipsland.",
      'Sheet "Organisaties", row 3, column C (type): unknown organisation type "care_providr". ' +
        'Did you mean "care_provider"?',
      "    Onbekend type organisatie (bedoel je “care_provider”?). Kies een type uit de lijst",
      'Sheet "Organisaties", row 4, column A (id): duplicate organisation id "woongoed" (first in row 2).',
      "    Deze waarde staat al in rij 2. Elke regel moet uniek zijn.",
      'Sheet "Personen", row 3, column C (e-mail): "zoe@" is not a valid e-mail address.',
      "    Vul een geldig e-mailadres in, zoals naam@organisatie.nl.",
      'Sheet "Personen", row 4, column B (naam): this cell is empty but required.',
      'Sheet "Personen", row 5, column E (taal): unknown language "fr"; use nl or en.',
      "    Kies nl (Nederlands) of en (Engels), of laat de cel leeg.",
      'Sheet "Personen", row 5, column F (platform): unknown platform "whatsapp"; use console, slack or teams.',
      'Sheet "Personen", row 6, column D (organisatie): unknown organisation "Onbekend BV".',
      'Sheet "Personen", row 7, column C (e-mail): duplicate e-mail address "umay@woongoed.nl" (first in row 2).',
      'Sheet "Personen", row 9, column A (id): duplicate person id "cas-smit" (first in row 7). ' +
        "The id was made from the name; fill in another id.",
      "    Rij 7 heeft dezelfde naam, dus Schakel maakt er hetzelfde id van.",
      'Sheet "Rooster", row 7, column C (contactpersoon): "Bo Smit" matches more than one person; use the id or',
      "    Deze naam hoort bij meer dan één regel van het andere blad. Gebruik hier het id (of bij een persoon",
      'Sheet "Rooster", row 2, column C (contactpersoon): unknown person "Umay Yilmas". Did you mean "Umay Yılmaz"?',
      'Sheet "Rooster", row 3, column D (vervanger): the deputy is the contact (umay-yilmaz); name someone else.',
      "    De vervanger moet iemand anders zijn dan de contactpersoon.",
      'Sheet "Rooster", row 4, column B (gemeente): unknown municipality "Woensdrecht".',
      'Sheet "Rooster", row 5, column B (gemeente): this cell is empty but required.',
      "    Deze cel is verplicht. Vul hem in.",
    ];
    for (const line of expected) expect(run.err).toContain(line);
  });

  it("refuses a misspelt sheet or column with a suggestion, and leaves the current file untouched", async () => {
    const dir = tempDir();
    const current = path.join(dir, "wbw.yaml");
    writeFileSync(current, "id: wbw\nname: West-Brabant West\n");
    const sheets = regionSheets(demoRegion);
    const { Personen, Rooster, ...rest } = sheets;
    const workbook = await writeWorkbook(path.join(dir, "typo.xlsx"), {
      ...rest,
      Persoonen: must(Personen, "Personen"),
      Rooster: [
        ["organisatie", "gemeente", "contact", "vervangr", "coordinator", "gemeente"],
        ...must(Rooster, "Rooster").slice(1),
      ],
    });
    const run = await runSheetCommand(["import", workbook, "--region", "wbw"], dir);
    expect(run.code).toBe(1);
    expect(run.err).toContain(
      'Sheet "Persoonen": unknown sheet; the layout has Gemeenten, Organisatietypen, ' +
        'Organisaties, Personen, Rooster, Coördinatoren. Did you mean "Personen"?',
    );
    expect(run.err).toContain('Sheet "Personen": this sheet is missing and there is no region file to keep it from.');
    expect(run.err).toContain('Sheet "Rooster", row 1, column D: unknown column "vervangr". Did you mean "vervanger"?');
    expect(run.err).toContain(
      "    Schakel kent deze kolom niet (bedoel je “vervanger”?). Verbeter de kolomnaam of haal de kolom weg.",
    );
    expect(run.err).toContain('Sheet "Rooster", row 1, column F: column "gemeente" appears twice.');
    expect(readFileSync(current, "utf8")).toBe("id: wbw\nname: West-Brabant West\n");
  });

  it("says so plainly when the file is not a workbook at all", async () => {
    const dir = tempDir();
    const notAWorkbook = path.join(dir, "roster.xlsx");
    writeFileSync(notAWorkbook, "this is not a zip file");
    const run = await runSheetCommand(["import", notAWorkbook, "--region", "wbw"], dir);
    expect(run.code).toBe(1);
    expect(run.err).toContain('Sheet "roster.xlsx": cannot read the file');
    expect(run.err).toContain("Sla het op als Excel-werkmap (.xlsx) of als CSV.");
    expect(existsSync(path.join(dir, "wbw.yaml"))).toBe(false);
  });
});
