// The Teams app package: the manifest validates with Microsoft's validator, the icons are what Teams asks
// for, the bot's commands are ones it understands, and the zip holds exactly the three files.
import { must } from "../../support/must.ts";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { AppManifestUtils } from "@microsoft/app-manifest";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { buildTeamsPackage, localizationProblems, teamsManifest } from "../../../scripts/package-teams.ts";
import { parseTeamsCommand } from "../../../src/adapters/teams/teams-commands.ts";
import { loadFlowDirectory } from "../../../src/infra/flow-loader.ts";
import type { FlowCatalog } from "../../../src/app/ports.ts";
import { FEED_ACTIVITY_TYPES } from "../../../src/adapters/teams/activity-feed.ts";
import { CLIENT_ID } from "./activities.ts";

function pngInfo(file: string) {
  const png = readFileSync(path.resolve("manifest/teams", file));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colorType: png[25] };
}

describe("Teams app manifest", () => {
  it("validates against its schema with Microsoft's validator", async () => {
    const manifest = await teamsManifest({ clientId: CLIENT_ID });
    expect(manifest.manifestVersion).toBe("1.24");
    expect(await AppManifestUtils.validateAgainstSchema(manifest as never)).toEqual([]);
    expect(
      await AppManifestUtils.validateAgainstSchema({ ...manifest, bots: [{ botId: "not-a-guid" }] } as never),
    ).not.toEqual([]);
  });

  it("has an English localization that Microsoft's localization schema accepts, for every command", async () => {
    const manifest = await teamsManifest();
    expect(manifest.localizationInfo.additionalLanguages).toEqual([{ languageTag: "en", file: "en.json" }]);
    expect(await localizationProblems(manifest)).toEqual([]);
    const en = JSON.parse(readFileSync(path.resolve("manifest/teams/en.json"), "utf8"));
    expect(en["description.short"]).toMatch(/housing corporation/);
    manifest.bots[0].commandLists[0].commands.forEach((command: { title: string }, i: number) => {
      // People type Dutch commands in either language; only the descriptions are translated.
      expect(en[`bots[0].commandLists[0].commands[${i}].title`]).toBe(command.title);
      expect(en[`bots[0].commandLists[0].commands[${i}].description`], command.title).toBeTruthy();
    });
  });

  it("declares the activity feed types Schakel sends, in Dutch and English, for the bot's own Entra app", async () => {
    const manifest = await teamsManifest({ clientId: CLIENT_ID });
    expect(manifest.webApplicationInfo.id).toBe(CLIENT_ID);
    const types = manifest.activities.activityTypes;
    expect(types.map((a: { type: string }) => a.type)).toEqual(Object.values(FEED_ACTIVITY_TYPES));
    const en = JSON.parse(readFileSync(path.resolve("manifest/teams/en.json"), "utf8"));
    types.forEach((activity: { templateText: string }, i: number) => {
      // The template may only use the parameters Schakel sends: the case reference and the step.
      const used = [...activity.templateText.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(used).toEqual(["reference", "step"]);
      expect(en[`activities.activityTypes[${i}].templateText`]).toMatch(/\{reference\}.*\{step\}/);
    });
  });

  it("has a 192x192 colour icon and a 32x32 outline icon with transparency", () => {
    expect(pngInfo("color.png")).toMatchObject({ width: 192, height: 192 });
    expect(pngInfo("outline.png")).toEqual({ width: 32, height: 32, colorType: 6 });
  });

  it("lists only commands the bot understands", async () => {
    const manifest = await teamsManifest();
    const loaded = loadFlowDirectory(path.resolve("flows")).map((p) => ({ flow: p.flow, versionId: "" }));
    const catalog = {
      all: () => loaded,
      byCommand: (c: string) => loaded.find((f) => f.flow.command === c),
    } as unknown as FlowCatalog;
    for (const command of manifest.bots[0].commandLists[0].commands) {
      expect(parseTeamsCommand(command.title, catalog).kind, command.title).not.toBe("unknown");
    }
  });

  it("packages the manifest with the bot id and both icons", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "teams-package-"));
    try {
      const { file, problems } = await buildTeamsPackage({
        clientId: CLIENT_ID,
        outFile: path.join(dir, "schakel.zip"),
      });
      expect(problems).toEqual([]);
      const zip = await JSZip.loadAsync(readFileSync(file));
      expect(Object.keys(zip.files).sort()).toEqual(["color.png", "en.json", "manifest.json", "outline.png"]);
      const packaged = JSON.parse(await must(zip.file("manifest.json"), 'zip.file("manifest.json")').async("string"));
      expect(packaged.bots[0].botId).toBe(CLIENT_ID);
      // The message action "Melden als overlast" is the bot's own.
      expect(packaged.composeExtensions[0]).toMatchObject({ botId: CLIENT_ID });
      expect(packaged.composeExtensions[0].commands[0]).toMatchObject({ id: "reportNuisance", context: ["message"] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
