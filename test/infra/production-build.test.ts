// The production build: tsc turns src/ into plain JavaScript that starts with node (no tsx), serves the
// console's page and answers. One build per run, into its own folder beside dist/ (removed afterwards).
import { execFile, spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, inject, it } from "vitest";
import { TEST_DATA_KEY } from "../support/test-app.ts";

const run = promisify(execFile);
const out = `dist-test-${process.pid}`;
const dir = mkdtempSync(path.join(os.tmpdir(), "schakel-build-"));

/** Starts the built main.js with node and resolves with the console's address once it says it is running. */
function startBuilt(databaseUrl: string) {
  const child = spawn(process.execPath, [path.join(out, "main.js")], {
    env: { ...process.env, PORT: "0", DATABASE_URL: databaseUrl, SCHAKEL_DATA_KEY: TEST_DATA_KEY, LOG_LEVEL: "error" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (match) resolve(match[0]);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on("exit", (code) => reject(new Error(`built Schakel exited with ${code}:\n${output}`)));
  });
  return { child, url };
}

describe("production build", () => {
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it("compiles to JavaScript that plain node starts, serving the console", async () => {
    // --noCheck: the same emit as `npm run build`, without a second type check (`npm test` runs `tsc --noEmit` first).
    const tsc = ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json", "--outDir", out, "--noCheck"];
    await run(process.execPath, tsc);
    await run(process.execPath, ["scripts/build-assets.mjs", out]);
    const file = path.join(dir, "schakel.db");
    copyFileSync(inject("templateDb"), file);
    const { child, url } = startBuilt(`file:${file}`);
    try {
      const base = await url;
      const page = await fetch(`${base}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("<html");
      expect((await fetch(`${base}/app.js`)).status).toBe(200);
    } finally {
      child.kill();
    }
  }, 240_000);
});
