// Where a case card goes: a region can give a municipality its own channel (the others keep the regional one), and
// a flow can be private (no channel card and no thread at all: its parties hear everything by direct message).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { regionFileSchema } from "../../src/domain/region/region-schema.ts";
import { parse } from "yaml";
import { caseDriver } from "../support/case-driver.ts";
import { appsPerTest } from "../support/test-app.ts";

const REGION = "west-brabant-west.yaml";
const OWN_CHANNEL = "  municipalities:\n    steenbergen: { console: wbw-steenbergen }\n";
const OVERLAST = {
  corporation: "woonhaven",
  care_provider: "zorggroep-kompas",
  category: "noise",
  triage: "unclear",
  urgency: "normal",
  legal_basis: "consent",
  resident_name: "X",
  address: "Y 1",
  incident_date: "2026-11-20",
  description: "D",
};

/** A copy of `dir` with `file` changed by `change`. */
function copyWith(dir: string, file: string, change: (text: string) => string): string {
  const copy = mkdtempSync(path.join(os.tmpdir(), "channel-choice-"));
  cpSync(dir, copy, { recursive: true });
  writeFileSync(path.join(copy, file), change(readFileSync(path.join(copy, file), "utf8")));
  return copy;
}

const startApp = appsPerTest();

describe("a municipality's own channel", () => {
  it("gets the cards and threads of that municipality's cases; the others stay in the regional channel", async () => {
    const regionsDir = copyWith("regions", REGION, (t) => `${t.trimEnd()}\n${OWN_CHANNEL}`);
    const app = await startApp({ regionsDir });
    const own = caseDriver(app.url, "wbw-steenbergen");
    const regional = caseDriver(app.url);
    const inSteenbergen = await own.report("femke-de-wit", "/overlast", { ...OVERLAST, municipality: "steenbergen" });
    const inBergen = await regional.report("femke-de-wit", "/overlast", {
      ...OVERLAST,
      municipality: "bergen-op-zoom",
    });
    expect((await own.card(inSteenbergen.caseRef)).card?.title).toMatch(/^OV-2026-\d{4} · Overlast$/);
    await expect(regional.card(inSteenbergen.caseRef)).rejects.toThrow(/no card/);
    expect((await regional.card(inBergen.caseRef)).card).toBeDefined();
    await expect(own.card(inBergen.caseRef)).rejects.toThrow(/no card/);
    expect((await own.press("chantal-peeters", inSteenbergen.caseRef, "case.acknowledge")).body.ok).toBe(true);
    expect(await own.thread(inSteenbergen.caseRef)).toContain("Woonstichting Woonhaven heeft de melding bevestigd.");
    const channels = (await own.api.channels()).filter((c) => c.kind === "channel").map((c) => c.id);
    expect(channels).toEqual(["wbw-casuistiek", "wbw-steenbergen", "wbw-coordinatoren"]);
  });

  it("must name a municipality of the region, with a suggestion for a typo", () => {
    const text = readFileSync(path.join("regions", REGION), "utf8");
    const file = parse(`${text.trimEnd()}\n  municipalities:\n    stenbergen: { console: wbw-steenbergen }\n`);
    const result = regionFileSchema.safeParse(file);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(
      'unknown municipality "stenbergen"; did you mean "steenbergen"?',
    );
  });
});

describe("a private flow", () => {
  it("posts no card and no thread anywhere; its parties get their cards and the timeline by direct message", async () => {
    const flowsDir = copyWith("flows", "overlast.yaml", (t) =>
      t.replace(
        "channelCard:\n  show: [legal_basis, parties, level, escalation, acting]",
        "channelCard:\n  private: true",
      ),
    );
    const app = await startApp({ flowsDir });
    const drive = caseDriver(app.url);
    const { caseRef } = await drive.report("femke-de-wit", "/overlast", {
      ...OVERLAST,
      municipality: "bergen-op-zoom",
    });
    expect(caseRef).toMatch(/^OV-/);
    for (const channel of ["wbw-casuistiek", "wbw-coordinatoren"])
      expect(await drive.api.messages(channel)).toEqual([]);
    const dmCard = async (personId: string) =>
      (await drive.api.messages(`dm-${personId}`)).find((m) => m.card?.title.startsWith(`${caseRef} `));
    const anouk = await dmCard("anouk-jansen");
    expect(anouk?.card?.fields.find((f) => f.label === "Soort overlast")?.value).toBe("Geluid");
    expect((await drive.api.action("anouk-jansen", anouk?.id ?? "", "case.acknowledge")).body.ok).toBe(true);
    expect(await drive.dm("hanna-visser")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Woonstichting Woonhaven heeft de melding bevestigd\./)]),
    );
    expect(await drive.api.messages("wbw-casuistiek")).toEqual([]);
  });
});
