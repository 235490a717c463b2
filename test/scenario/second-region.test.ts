// A second, different region runs from its own file with no code change: other municipalities, people with
// non-ASCII names, and an organisation type of its own (a neighbourhood team, "Wijkteam") as a flow party.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withRegionChannels } from "../../src/adapters/region-channels.ts";
import { buildWeeklyDigest } from "../../src/app/build-weekly-digest.ts";
import { caseDriver } from "../support/case-driver.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

/** A copy of the overlast flow where a neighbourhood team, not the Wmo desk, is the third party. */
function wijkteamFlows(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "wijkteam-flows-"));
  let text = readFileSync("flows/overlast.yaml", "utf8");
  const replacements: [string, string][] = [
    [
      "  - id: wmo\n    label: Wmo-loket\n    organisationType: wmo_desk\n",
      "  - id: wijkteam\n    label: Buurtteam\n    organisationType: neighbourhood_team\n",
    ],
    ["    owner: wmo\n", "    owner: wijkteam\n"],
  ];
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`flows/overlast.yaml no longer contains ${from}`);
    text = text.replace(from, to);
  }
  writeFileSync(path.join(dir, "overlast.yaml"), text);
  return dir;
}

let app: TestApp;
let drive: ReturnType<typeof caseDriver>;
beforeAll(async () => {
  app = await startTestApp({ regionsDir: path.resolve("test/fixtures/regions-noord"), flowsDir: wijkteamFlows() });
  drive = caseDriver(app.url, "noord-casuistiek");
});
afterAll(async () => app?.close());

const REPORT = {
  municipality: "sudwest-fryslan",
  corporation: "wenje-wonen",
  care_provider: "zorgcooperatie-noord",
  category: "noise",
  triage: "unclear",
  urgency: "normal",
  legal_basis: "consent",
  resident_name: "Test Bewoner",
  address: "Marktstraat 1",
  incident_date: "2026-11-20",
  description: "Test",
};

describe("a second region from its own file", () => {
  it("offers its own people, with their names as written", async () => {
    const people = await drive.api.people();
    const names = ["Zoë Çelik", "Jürgen Ødegård", "Aukje Fâlde", "Hélène Bakker"];
    expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(names));
    expect(people.find((p) => p.id === "helene-bakker")?.roles).toContain("coördinator");
    expect(people.some((p) => p.name === "Anouk Jansen")).toBe(false);
    const channels = (await drive.api.channels()).map((c) => c.id);
    expect(channels).toEqual(expect.arrayContaining(["noord-casuistiek", "noord-coordinatoren"]));
  });

  it("runs a case from report to close, with the neighbourhood team as a party", async () => {
    const { caseRef } = await drive.report("zoe-celik", "/overlast", REPORT);
    expect(caseRef).toMatch(/^OV-2026-\d{4}$/);
    await app.flush();
    expect((await drive.dm("aukje-falde")).join("\n")).toContain(caseRef);
    expect((await drive.dm("jurgen-odegard")).join("\n")).toContain(caseRef);
    expect(await drive.field(caseRef, "Gemeente")).toBe("Súdwest-Fryslân");
    for (const who of ["zoe-celik", "jurgen-odegard", "aukje-falde"]) {
      expect((await drive.press(who, caseRef, "case.acknowledge")).body.ok).toBe(true);
    }
    expect((await drive.press("jurgen-odegard", caseRef, "case.complete_step", { note: "" })).body.ok).toBe(true);
    expect((await drive.press("zoe-celik", caseRef, "case.complete_step", { note: "" })).status).toBe(403);
    expect((await drive.press("aukje-falde", caseRef, "case.complete_step", { note: "" })).body.ok).toBe(true);
    expect((await drive.press("zoe-celik", caseRef, "case.complete_step", { note: "" })).body.ok).toBe(true);
    const closed = await drive.press("zoe-celik", caseRef, "case.close", { outcome: "resolved", note: "" });
    expect(closed.body.ok).toBe(true);
    expect(await drive.field(caseRef, "Status")).toBe("Afgesloten");
  });

  it("shows the declared type by its Dutch label in the coordinators' digest", async () => {
    const digest = await buildWeeklyDigest({ ctx: app.ctx, regionId: "noord" });
    expect(digest.regionName).toBe("Regio Noord");
    expect(digest.labels.parties.wijkteam).toBe("Wijkteam");
  });

  it("keeps the file's Slack channel id and chat account for the adapters", async () => {
    const region = await app.ctx.store.read.region("noord");
    expect(region?.channelIds.slack).toEqual({ "noord-casuistiek": "C0NOORD01" });
    expect((await app.ctx.store.read.personByIdentity("slack", "U0AUKJE01"))?.name).toBe("Aukje Fâlde");
  });

  it("maps the file's channel ids for the Slack adapter; SLACK_CHANNELS wins for a name it lists", async () => {
    expect(await withRegionChannels(app.ctx, "slack", { "noord-coordinatoren": "C0ENV0001" })).toEqual({
      "noord-casuistiek": "C0NOORD01",
      "noord-coordinatoren": "C0ENV0001",
    });
    const overridden = await withRegionChannels(app.ctx, "slack", { "noord-casuistiek": "C0ENV0002" });
    expect(overridden["noord-casuistiek"]).toBe("C0ENV0002");
    expect(await withRegionChannels(app.ctx, "teams", {})).toEqual({});
  });
});
