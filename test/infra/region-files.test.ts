// Region files: the shipped demo validates; every mistake names the file, the YAML path, the line and what is
// wrong (unknown keys with a did-you-mean, unknown references, duplicates), and an invalid region stops the start.
import { must } from "../support/must.ts";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFlowDirectory } from "../../src/infra/flow-loader.ts";
import { flowTypeErrors } from "../../src/infra/region/check-flow-types.ts";
import { checkRegionDirectory, loadRegionDirectory } from "../../src/infra/region/region-loader.ts";
import { YamlFileError } from "../../src/infra/yaml/yaml-file.ts";
import { describeRegionChange } from "../../src/domain/region/region-change-text.ts";
import { configSchema } from "../../src/config/config.ts";
import { runRegionCommand } from "../../src/infra/region/region-command.ts";
import { startTestApp } from "../support/test-app.ts";

const demo = readFileSync("regions/west-brabant-west.yaml", "utf8");
const noord = readFileSync("test/fixtures/regions-noord/noord.yaml", "utf8");

function regionsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "regions-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Every problem of every file, one per line. */
function problemsOf(files: Record<string, string>): string {
  return checkRegionDirectory(regionsDir(files))
    .errors.map((e) => e.message)
    .join("\n");
}

const lineOf = (text: string, needle: string, nth = 1) => {
  let seen = 0;
  return text.split("\n").findIndex((l) => l.includes(needle) && ++seen === nth) + 1;
};

function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the fixture no longer contains ${from}`);
  return text.replace(from, to);
}

describe("region files", () => {
  it("loads the shipped demo region and the second test region", () => {
    expect(loadRegionDirectory("regions").regions.map((r) => r.region.id)).toEqual(["wbw"]);
    const [second] = loadRegionDirectory("test/fixtures/regions-noord").regions;
    expect(must(second, "second").region.people.map((p) => p.name)).toContain("Zoë Çelik");
  });

  it("refuses an unknown key with a did-you-mean, naming the file, path and line", () => {
    const broken = edit(demo, "    organisation: woonhaven\n", "    organisation: woonhaven\n    emial: x@y.nl\n");
    const message = problemsOf({ "wbw.yaml": broken });
    expect(message).toContain("wbw.yaml");
    expect(message).toContain(
      `people[0].emial (line ${lineOf(broken, "emial")}): unknown key "emial"; did you mean "email"?`,
    );
  });

  it("reports a roster entry naming an unknown person with path, line and a suggestion", () => {
    const broken = edit(demo, "    contact: anouk-jansen\n", "    contact: anouk-jansn\n");
    expect(problemsOf({ "wbw.yaml": broken })).toContain(
      `roster[0].contact (line ${lineOf(broken, "anouk-jansn")}): ` +
        'unknown person "anouk-jansn"; did you mean "anouk-jansen"?',
    );
  });

  it("checks every other reference: municipality, organisation, coordinator, organisation type", () => {
    let broken = edit(demo, "    municipality: steenbergen\n", "    municipality: steenberg\n");
    broken = edit(broken, "    organisation: wonen-aan-de-vliet\n", "    organisation: wonen-aan-de-vliat\n");
    broken = edit(broken, "coordinators: [yvonne-maas]", "coordinators: [yvonne-mas]");
    broken = edit(broken, "type: safety_house }", "type: safety_hose }");
    const message = problemsOf({ "wbw.yaml": broken });
    expect(message).toMatch(/roster\[\d+\]\.municipality \(line \d+\): unknown municipality "steenberg"; /);
    expect(message).toContain('unknown municipality "steenberg"; did you mean "steenbergen"?');
    expect(message).toMatch(/people\[\d+\]\.organisation \(line \d+\): unknown organisation "wonen-aan-de-vliat"/);
    expect(message).toContain(
      `coordinators[0] (line ${lineOf(broken, "coordinators: [")}): unknown person "yvonne-mas"`,
    );
    expect(message).toMatch(/organisations\[7\]\.type \(line \d+\): unknown organisation type "safety_hose"/);
    expect(message).toContain('"safety_hose"; did you mean "safety_house"?');
  });

  it("refuses duplicate ids, a deputy who is the contact and a roster pair given twice", () => {
    let broken = edit(demo, "  - id: bram-de-vries\n", "  - id: anouk-jansen\n");
    broken = edit(
      broken,
      "    contact: chantal-peeters\n    deputy: dirk-van-dijk\n",
      "    contact: chantal-peeters\n" + "    deputy: chantal-peeters\n",
    );
    broken = edit(
      broken,
      "    municipality: roosendaal\n    contact: eva-bakker",
      "    municipality: bergen-op-zoom\n" + "    contact: eva-bakker",
    );
    broken = edit(
      broken,
      "  - organisation: wonen-aan-de-vliet\n    municipality: bergen-op-zoom",
      "  - organisation: woonhaven\n    municipality: bergen-op-zoom",
    );
    const message = problemsOf({ "wbw.yaml": broken });
    const line = lineOf(broken, "- id: anouk-jansen", 2);
    expect(message).toContain(`people[1].id (line ${line}): person "anouk-jansen" appears twice`);
    expect(message).toMatch(/roster\[1\]\.deputy \(line \d+\): the deputy cannot be the contact \("chantal-peeters"/);
    expect(message).toMatch(/roster\[2\] \(line \d+\): woonhaven × bergen-op-zoom appears twice in the roster/);
  });

  it("refuses an id defined in two region files, naming both", () => {
    const extra = "  - { id: anouk-jansen, name: A. Jansen, email: a@b.example, organisation: wenje-wonen }\n";
    const second = edit(noord, "people:\n", `people:\n${extra}`);
    const message = problemsOf({ "a-wbw.yaml": demo, "b-noord.yaml": second });
    const line = lineOf(second, "id: anouk-jansen");
    const expected =
      `b-noord\\.yaml:\\n\\s+- people\\[0\\]\\.id \\(line ${line}\\): ` +
      'person "anouk-jansen" is also defined in .*a-wbw\\.yaml';
    expect(message).toMatch(new RegExp(expected));
  });

  it("names the flow file and the type when a flow uses a type no region declares", () => {
    const flows = mkdtempSync(path.join(os.tmpdir(), "flows-"));
    cpSync("flows", flows, { recursive: true });
    const file = path.join(flows, "overlast.yaml");
    const text = edit(
      readFileSync(file, "utf8"),
      "    organisationType: wmo_desk\n",
      "    organisationType: neighbourhood_team\n",
    );
    writeFileSync(file, text);
    const [error] = flowTypeErrors(loadFlowDirectory(flows), loadRegionDirectory("regions"));
    expect(error?.message).toContain(file);
    expect(error?.message).toContain(
      `parties[2].organisationType (line ${lineOf(text, "neighbourhood_team")}): ` +
        'unknown organisation type "neighbourhood_team"',
    );
    expect(flowTypeErrors(loadFlowDirectory(flows), loadRegionDirectory("test/fixtures/regions-noord"))).toEqual([]);
  });

  it("stops the start on an invalid region file", async () => {
    const dir = regionsDir({ "wbw.yaml": edit(demo, "coordinators: [yvonne-maas]", "coordinators: [nobody]") });
    const started = startTestApp({ regionsDir: dir });
    await expect(started).rejects.toBeInstanceOf(YamlFileError);
    await expect(started).rejects.toThrow(/coordinators\[0\] \(line \d+\): unknown person "nobody"/);
  });
});

describe("readable changes", () => {
  it("names people and shows a channel change by its dotted key", () => {
    const people: Record<string, string> = { a: "Anouk Jansen", b: "Bram de Vries" };
    const names = {
      person: (id: string) => people[id] ?? id,
      organisation: () => "Woonhaven",
      municipality: () => "Bergen op Zoom",
    };
    const roster = describeRegionChange(
      {
        kind: "roster.changed",
        subject: "woonhaven×bergen-op-zoom",
        before: { contact: "a" },
        after: { contact: "b" },
      },
      names,
    );
    expect(roster).toBe("Woonhaven × Bergen op Zoom: contact Anouk Jansen → Bram de Vries");
    const shared = { console: "wbw-casuistiek", slack: null, teams: null };
    const channels = describeRegionChange(
      {
        kind: "region.changed",
        subject: "wbw",
        before: { channels: { shared } },
        after: { channels: { shared: { ...shared, slack: "C0123ABCD" } } },
      },
      names,
    );
    expect(channels).toBe("region: channels.shared.slack — → C0123ABCD");
  });
});

describe("npm run region -- check", () => {
  const run = async (regions: string) => {
    const out: string[] = [];
    const config = configSchema.parse({ regionsDir: regions, flowsDir: path.resolve("flows") });
    const write = (line: string) => out.push(line);
    const code = await runRegionCommand({ args: ["check"], config, platforms: ["local"], out: write, err: write });
    return { code, out: out.join("\n") };
  };

  it("exits 0 for valid files and 1 with every problem for invalid ones", async () => {
    const valid = await run(path.resolve("regions"));
    expect(valid).toEqual({ code: 0, out: "1 region file(s) valid: wbw (regions/west-brabant-west.yaml)" });
    const files = { "wbw.yaml": edit(demo, "coordinators: [yvonne-maas]", "coordinators: [nobody]") };
    const broken = await run(regionsDir(files));
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(/coordinators\[0\] \(line \d+\): unknown person "nobody"/);
  });
});
