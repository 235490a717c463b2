// Data sealed with the master key itself (before case keys) still opens; `npm run keys -- rotate` re-seals it
// under case keys and rewraps every case key with the new master key, after which the old key can go.
import { must } from "../support/must.ts";
import { createCipheriv, createSecretKey, randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, inject, it } from "vitest";
import { viewCaseDetails } from "../../src/app/view-case-details.ts";
import { runKeysCommand } from "../../src/infra/keys/keys-command.ts";
import { createPrismaClient } from "../../src/infra/prisma/client.ts";
import { createMasterKeyring } from "../../src/infra/keys/master-keyring.ts";
import { createSealer } from "../../src/infra/sealer.ts";
import { REPORT_BERGEN_OP_ZOOM, reportOverlast } from "../support/fixtures.ts";
import { startTestApp, TEST_DATA_KEY } from "../support/test-app.ts";
import { rawDatabaseBytes } from "./raw-bytes.ts";

const anouk = { personId: "anouk-jansen", platform: "local" as const };
const NEW_KEY = randomBytes(32).toString("base64");

/** The sealer before case keys: AES-256-GCM directly under the master key, format v1. */
function legacySeal(value: unknown, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64"), cipher.getAuthTag().toString("base64"), body.toString("base64")].join(".");
}

async function installationOf(databaseUrl: string) {
  const db = await createPrismaClient(databaseUrl);
  try {
    return await db.platformInstallation.findUniqueOrThrow({
      where: { platform_key: { platform: "slack", key: "T1" } },
    });
  } finally {
    await db.$disconnect();
  }
}

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(must(dirs.pop(), "dirs.pop()"), { recursive: true, force: true });
});
function copyOfTemplate(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "schakel-rotate-"));
  dirs.push(dir);
  copyFileSync(inject("templateDb"), path.join(dir, "schakel.db"));
  return `file:${path.join(dir, "schakel.db")}`;
}

async function nameShown(databaseUrl: string, caseId: string, keys: { dataKey: string; dataKeyPrevious?: string }) {
  const app = await startTestApp({ databaseUrl, ...keys });
  try {
    const view = await viewCaseDetails({ ctx: app.ctx, actor: anouk, caseId });
    return view.fields.find((f) => f.label.startsWith("Naam"))?.value;
  } finally {
    await app.close();
  }
}

describe("master key rotation", () => {
  it("opens old-format data, re-seals it under case keys and moves every case key to the new master key", async () => {
    const databaseUrl = copyOfTemplate();
    const app = await startTestApp({ databaseUrl });
    const current = await reportOverlast(app.ctx, { ...REPORT_BERGEN_OP_ZOOM, resident_name: "Nieuw Formaat" });
    const old = await reportOverlast(app.ctx, { ...REPORT_BERGEN_OP_ZOOM, resident_name: "Oud Formaat" });
    // A Slack workspace's installation, its bot token sealed with the master key itself (it belongs to no case).
    const installation = { platform: "slack" as const, key: "T1", teamId: "T1", enterpriseId: null };
    const sealed = app.ctx.sealer.seal({ bot: { token: "xoxb-PLANTED-TOKEN" } });
    await app.ctx.store.chat.saveInstallation({ ...installation, sealed }, new Date());
    await app.close();
    // Make `old` look like a case from before case keys: details sealed with the master key, no case key.
    const db = await createPrismaClient(databaseUrl);
    const legacy = legacySeal(
      { resident_name: "Oud Formaat", address: "Oudeweg 1" },
      Buffer.from(TEST_DATA_KEY, "base64"),
    );
    await db.residentDetails.update({ where: { caseId: old.caseId }, data: { sealed: legacy } });
    await db.caseKey.delete({ where: { caseId: old.caseId } });
    await db.$disconnect();
    expect(await nameShown(databaseUrl, old.caseId, { dataKey: TEST_DATA_KEY })).toBe("Oud Formaat");

    const lines: string[] = [];
    const config = { databaseUrl, dataKey: NEW_KEY, dataKeyPrevious: TEST_DATA_KEY };
    expect(await runKeysCommand(config, ["retire"], (l) => lines.push(l), false)).toBe(1);
    expect(await runKeysCommand(config, ["rotate"], (l) => lines.push(l), false)).toBe(0);
    expect(lines.at(-1)).toMatch(
      /^Rewrapped \d+ case keys, re-sealed 1 values and 1 platform installations; .*itself: 0; .*older master key: 0/,
    );
    expect(await runKeysCommand(config, ["retire"], (l) => lines.push(l), false)).toBe(0);
    // The installation's token now opens with the new key alone, and the old copy is gone from the file.
    const stored = (await installationOf(databaseUrl)).sealed;
    const reopened = createSealer(
      createMasterKeyring(Buffer.from(NEW_KEY, "base64")),
      createSecretKey(randomBytes(32)),
    );
    expect(reopened.open(stored)).toEqual({ bot: { token: "xoxb-PLANTED-TOKEN" } });
    expect(rawDatabaseBytes(databaseUrl.slice(5)).includes(sealed)).toBe(false);
    expect(rawDatabaseBytes(databaseUrl.slice(5)).includes(legacy)).toBe(false);

    // The old master key is gone: both cases open with the new key alone.
    expect(await nameShown(databaseUrl, old.caseId, { dataKey: NEW_KEY })).toBe("Oud Formaat");
    expect(await nameShown(databaseUrl, current.caseId, { dataKey: NEW_KEY })).toBe("Nieuw Formaat");
    await expect(nameShown(databaseUrl, current.caseId, { dataKey: TEST_DATA_KEY })).rejects.toThrow(/no master key/);
  });

  it("with key files, rotates under a running instance that keeps opening details without a restart", async () => {
    const databaseUrl = copyOfTemplate();
    const app = await startTestApp({ databaseUrl, dataKey: null });
    try {
      const before = await reportOverlast(app.ctx, { ...REPORT_BERGEN_OP_ZOOM, resident_name: "Voor Rotatie" });
      const config = { databaseUrl, dataKey: undefined, dataKeyPrevious: undefined };
      const lines: string[] = [];
      expect(await runKeysCommand(config, ["rotate", "--new"], (l) => lines.push(l), false)).toBe(0);
      const view = await viewCaseDetails({ ctx: app.ctx, actor: anouk, caseId: before.caseId });
      expect(view.fields.find((f) => f.label.startsWith("Naam"))?.value).toBe("Voor Rotatie");
      const after = await reportOverlast(app.ctx, { ...REPORT_BERGEN_OP_ZOOM, resident_name: "Na Rotatie" });
      expect(await runKeysCommand(config, ["retire"], (l) => lines.push(l), false)).toBe(0);
      expect(lines.at(-1)).toBe("The previous key file is deleted.");
      const again = await viewCaseDetails({ ctx: app.ctx, actor: anouk, caseId: after.caseId });
      expect(again.fields.find((f) => f.label.startsWith("Naam"))?.value).toBe("Na Rotatie");
    } finally {
      await app.close();
    }
  });
});
