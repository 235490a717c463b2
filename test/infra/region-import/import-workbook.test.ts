// Importing a region from a workbook: the demo region round-trips; a new region with non-ASCII names, an
// extra organisation type and tolerant headers and references becomes the region file a coordinator expects.
import { must } from "../../support/must.ts";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { RegionDocument } from "../../../src/infra/region-import/region-document.ts";
import { demoRegion, regionSheets, tempDir, writeWorkbook } from "./roster-fixtures.ts";
import { runSheetCommand } from "./run-command.ts";

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
const rosterKey = (r: RegionDocument["roster"][number]) => `${r.organisation}/${r.municipality}`;

describe("importing a region workbook", () => {
  it("imports the demo region to a file with the same people, roster and coordinators", async () => {
    const dir = tempDir();
    const workbook = await writeWorkbook(path.join(dir, "wbw.xlsx"), regionSheets(demoRegion));
    const run = await runSheetCommand(["import", workbook, "--region", "wbw", "--name", "West-Brabant West"], dir);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(run.out).toContain("24 people");
    expect(run.out).toContain("15 roster lines, 15 with a deputy");
    const written = parse(readFileSync(path.join(dir, "wbw.yaml"), "utf8")) as RegionDocument;
    expect(written.people).toEqual(byId(demoRegion.people));
    expect(written.roster).toEqual([...demoRegion.roster].sort((a, b) => rosterKey(a).localeCompare(rosterKey(b))));
    expect(written.coordinators).toEqual(["yvonne-maas"]);
    expect(byId(written.organisations)).toEqual(byId(demoRegion.organisations));
    expect(written.municipalities).toEqual(demoRegion.municipalities);
    expect(written.channels).toEqual(demoRegion.channels);
    expect(written.name).toBe("West-Brabant West");
  });

  it("reads names, accents, labels and loosely written headers the way a coordinator writes them", async () => {
    const dir = tempDir();
    const workbook = await writeWorkbook(path.join(dir, "tholen.xlsx"), {
      gemeenten: [
        ["ID", " Naam "],
        ["", "Tholen"],
        ["sint-philipsland", "Sint Philipsland"],
      ],
      Organisatietypen: [
        ["id", "label"],
        ["neighbourhood_team", "Wijkteam"],
      ],
      Organisaties: [
        ["id", "naam", "Type"],
        ["", "Woongoed Tholen", "Woningcorporatie"],
        ["buurtteam", "Buurtteam Tholen", "Wijkteam"],
        ["zorg-zeeland", "Zorg Zeeland", "care_provider"],
        ["wmo-tholen", "Wmo Tholen", "wmo_desk"],
      ],
      Personen: [
        ["id", "naam", "E mail", "organisatie", "Taal", "Platform", "slack", "teams"],
        ["", "Umay Yılmaz", "umay@woongoed.nl", "Woongoed Tholen", "", "", "", ""],
        ["", "Zoë Çelik", "zoe.celik@buurtteam.nl", "buurtteam", "Engels", "Teams", "", "7b0f2c1e-0000-4000"],
        ["", "Søren Ødegård", "soren@zorgzeeland.nl", "zorg-zeeland", "nl", "slack", "U0123ABCD", ""],
        ["ad-de-jong", "Ad de Jong", "ad@tholen.nl", "Wmo Tholen", "", "console", "", ""],
      ],
      Rooster: [
        ["Organisatie", "Gemeente", "Contactpersoon", "Vervanger", "Coordinator"],
        ["Woongoed Tholen", "Tholen", "Umay Yılmaz", "Ad de Jong", ""],
        ["buurtteam", "sint philipsland", "zoe.celik@buurtteam.nl", "umay-yilmaz", "Ad de Jong"],
        ["zorg-zeeland", "tholen", "soren-odegard", "", ""],
      ],
      Coördinatoren: [["persoon"], ["Ad de Jong"]],
    });
    const run = await runSheetCommand(["import", workbook, "--region", "tholen", "--name", "Tholen"], dir);
    expect(run.err).toBe("");
    const region = parse(readFileSync(path.join(dir, "tholen.yaml"), "utf8")) as RegionDocument;
    expect(region.organisationTypes).toEqual([{ id: "neighbourhood_team", label: "Wijkteam" }]);
    expect(region.organisations.map((o) => [o.id, o.type])).toEqual([
      ["buurtteam", "neighbourhood_team"],
      ["wmo-tholen", "wmo_desk"],
      ["woongoed-tholen", "housing_corporation"],
      ["zorg-zeeland", "care_provider"],
    ]);
    expect(region.people).toEqual([
      { id: "ad-de-jong", name: "Ad de Jong", email: "ad@tholen.nl", organisation: "wmo-tholen", platform: "console" },
      {
        id: "soren-odegard",
        name: "Søren Ødegård",
        email: "soren@zorgzeeland.nl",
        organisation: "zorg-zeeland",
        locale: "nl",
        platform: "slack",
        slack: "U0123ABCD",
      },
      { id: "umay-yilmaz", name: "Umay Yılmaz", email: "umay@woongoed.nl", organisation: "woongoed-tholen" },
      {
        id: "zoe-celik",
        name: "Zoë Çelik",
        email: "zoe.celik@buurtteam.nl",
        organisation: "buurtteam",
        locale: "en",
        platform: "teams",
        teams: "7b0f2c1e-0000-4000",
      },
    ]);
    expect(region.roster).toEqual([
      {
        organisation: "buurtteam",
        municipality: "sint-philipsland",
        contact: "zoe-celik",
        deputy: "umay-yilmaz",
        coordinator: "ad-de-jong",
      },
      { organisation: "woongoed-tholen", municipality: "tholen", contact: "umay-yilmaz", deputy: "ad-de-jong" },
      { organisation: "zorg-zeeland", municipality: "tholen", contact: "soren-odegard" },
    ]);
    expect(region.coordinators).toEqual(["ad-de-jong"]);
    expect(run.out).toContain("note: not on the roster: wmo-tholen");
  });

  it("reads e-mail addresses Excel turned into links, rich-text names and numbers as the text shown", async () => {
    const dir = tempDir();
    const sheets = regionSheets(demoRegion);
    const anouk = must(must(sheets.Personen, "sheets.Personen")[1]);
    anouk[1] = { richText: [{ text: "Anouk ", font: { bold: true } }, { text: "Jansen" }] };
    anouk[2] = { text: "anouk-jansen@demo.schakel.nl", hyperlink: "mailto:anouk-jansen@demo.schakel.nl" };
    anouk[7] = 4711;
    const workbook = await writeWorkbook(path.join(dir, "wbw.xlsx"), sheets);
    expect((await runSheetCommand(["import", workbook, "--region", "wbw"], dir)).err).toBe("");
    const region = parse(readFileSync(path.join(dir, "wbw.yaml"), "utf8")) as RegionDocument;
    expect(region.people[0]).toEqual({
      id: "anouk-jansen",
      name: "Anouk Jansen",
      email: "anouk-jansen@demo.schakel.nl",
      organisation: "woonhaven",
      teams: "4711",
    });
  });

  it("keeps the existing file's name, channels, demo mark and organisation types the sheet lacks", async () => {
    const dir = tempDir();
    const file = path.join(dir, "wbw.yaml");
    writeFileSync(
      file,
      [
        "id: wbw",
        "name: West-Brabant West",
        "demo: true",
        "organisationTypes:",
        "  - { id: debt_team, label: Schuldhulpteam }",
        "channels:",
        "  shared: { console: wbw-casuistiek, slack: C0123ABCD }",
        "  coordinators: { console: wbw-coordinatoren }",
        "",
      ].join("\n"),
    );
    const wijkteam = { id: "neighbourhood_team", label: "Wijkteam" };
    const sheets = regionSheets({ ...demoRegion, organisationTypes: [wijkteam] });
    const workbook = await writeWorkbook(path.join(dir, "in.xlsx"), sheets);
    const run = await runSheetCommand(["import", workbook, "--region", "wbw"], dir);
    expect(run.code).toBe(0);
    const region = parse(readFileSync(file, "utf8")) as RegionDocument;
    expect(region).toMatchObject({ id: "wbw", name: "West-Brabant West", demo: true });
    expect(region.channels.shared).toEqual({ console: "wbw-casuistiek", slack: "C0123ABCD" });
    expect(region.organisationTypes).toEqual([{ id: "debt_team", label: "Schuldhulpteam" }, wijkteam]);
    expect(run.out).toContain("Updated");
  });
});
