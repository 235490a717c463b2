// One entry point reads the environment: every setting is validated at start-up and passed down, so a wrong
// variable stops the start with every problem named, and no code deep in src reads process.env on its own.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/config.ts";
import { loadSettings } from "../../src/settings.ts";

/** The entry point itself, and the helper that hands the environment on, unread, to child processes. */
const ALLOWED = ["src/settings.ts", "src/config/child-environment.ts"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|js)$/.test(name) ? [full] : [];
  });
}

/** Comments may mention process.env; code may not. Catches `process.env`, `process["env"]`, `{ env } = process`
 *  and `import { env } from "node:process"`. */
const READS_ENV = [
  /\bprocess\s*(\?\.|\.)\s*env\b/,
  /\bprocess\s*\[\s*["'`]env["'`]\s*\]/,
  /\{[^}]*\benv\b[^}]*\}\s*=\s*process\b/,
  /\{[^}]*\benv\b[^}]*\}\s*from\s*["'](node:)?process["']/,
];
const withoutComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

describe("settings", () => {
  it("reads every setting once, with the platforms off when unset", () => {
    const settings = loadSettings({ SCHAKEL_DIGEST_TIME: "07:45", PORT: "4100" });
    expect(settings.config.port).toBe(4100);
    expect(settings.scheduler.digestTime).toBe("07:45");
    expect(settings).toMatchObject({ slack: null, teams: null });
  });

  it("names every wrong variable of every section in one start", () => {
    const wrong = { SCHAKEL_TIMEZONE: "Mars/Olympus", SCHAKEL_DIGEST_TIME: "02:15", SLACK_BOT_TOKEN: "xoxb-1" };
    const start = () => loadSettings({ ...wrong, SCHAKEL_MODE: "demo" });
    expect(start).toThrow(/SCHAKEL_TIMEZONE: unknown time zone/);
    expect(start).toThrow(/digestTime: no job may run between 02:00 and 03:00 \(SCHAKEL_DIGEST_TIME\)/);
    expect(start).toThrow(/Slack configuration: HTTP mode needs SLACK_SIGNING_SECRET/);
  });

  it("is the only code in src that reads process.env", () => {
    const readers = sourceFiles(path.join(projectRoot, "src"))
      .filter((file) => READS_ENV.some((pattern) => pattern.test(withoutComments(readFileSync(file, "utf8")))))
      .map((file) => path.relative(projectRoot, file).split(path.sep).join("/"));
    expect(readers.sort()).toEqual([...ALLOWED].sort());
  });

  it("would notice a read written any of the usual ways", () => {
    const reads = ["const a = process.env.X;", 'const b = process["env"];', "const { env } = process;"];
    for (const code of reads) expect(READS_ENV.some((p) => p.test(withoutComments(code)))).toBe(true);
    expect(READS_ENV.some((p) => p.test(withoutComments("// nothing else reads process.env")))).toBe(false);
  });
});
