// Start-up: time from spawning the process to the first answer of its web page, and RSS right after, for
// `npm start` (tsx src/main.ts), the production build (node dist/main.js) and a bare Hono server (the floor).
// Measured on restarts: the database is migrated and the region files applied (a first start does both once).
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { freshDatabase } from "./bench-lib.ts";

export interface StartRow {
  name: string;
  firstAnswerMs: number;
  rssMb: number;
  /** RSS after one more request that reads the database (the console's digest), for Schakel only. */
  rssAfterRequestMb: number;
}

const BARE_HONO = `
import { serve } from "@hono/node-server";
import { Hono } from "hono";
const app = new Hono();
app.get("/", (c) => c.html("<html>ok</html>"));
serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => console.log("http://127.0.0.1:" + info.port));
`;

const rssMb = (pid: number) => {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb) / 1024;
};

async function firstAnswer(name: string, args: string[], databaseUrl: string): Promise<StartRow> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: "0", DATABASE_URL: databaseUrl, LOG_LEVEL: "error" };
  env.SCHAKEL_DATA_KEY = Buffer.alloc(32, 3).toString("base64");
  const start = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "inherit"] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
        if (match) resolve(match[0]);
      });
      child.on("exit", (code) => reject(new Error(`${name} exited with ${code}: ${output}`)));
    });
    const response = await fetch(`${url}/`);
    await response.text();
    if (response.status !== 200) throw new Error(`${name} answered ${response.status}`);
    const firstAnswerMs = performance.now() - start;
    const rss = child.pid ? rssMb(child.pid) : Number.NaN;
    if (name.includes("floor")) return { name, firstAnswerMs, rssMb: rss, rssAfterRequestMb: Number.NaN };
    await (await fetch(`${url}/api/digest`)).text();
    return { name, firstAnswerMs, rssMb: rss, rssAfterRequestMb: child.pid ? rssMb(child.pid) : Number.NaN };
  } finally {
    child.kill();
  }
}

export async function benchStart(rounds = 3): Promise<StartRow[]> {
  // Always a fresh build: a dist/ older than src/ measured yesterday's code (and refused today's flow files).
  console.log("start: building dist/ first (npm run build)");
  execFileSync("npm", ["run", "build"], { stdio: "inherit" });
  const kinds: [string, string[]][] = [
    ["bare Hono (floor)", ["--input-type=module", "-e", BARE_HONO]],
    ["npm start (tsx)", ["--import", "tsx", "src/main.ts"]],
    ["node dist/main.js", ["dist/main.js"]],
    // What `npm run start:prod` runs: a young generation of 4 MB instead of 16 (docs/production.md).
    ["npm run start:prod", ["--max-semi-space-size=4", "dist/main.js"]],
  ];
  const runs = new Map<string, StartRow[]>();
  const databases = new Map<string, string>();
  for (const [name] of kinds) databases.set(name, await freshDatabase());
  // Round 0 applies the region files to each database; the measured rounds are restarts, as in production.
  for (let round = 0; round <= rounds; round++)
    for (const [name, args] of kinds) {
      const row = await firstAnswer(name, args, databases.get(name) ?? "");
      if (round > 0) runs.set(name, [...(runs.get(name) ?? []), row]);
    }
  return kinds.map(([name]) => {
    const all = runs.get(name) ?? [];
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
    const row = {
      name,
      firstAnswerMs: median(all.map((r) => r.firstAnswerMs)),
      rssMb: median(all.map((r) => r.rssMb)),
      rssAfterRequestMb: median(all.map((r) => r.rssAfterRequestMb)),
    };
    console.log(
      `start: ${name}: first answer after ${Math.round(row.firstAnswerMs)} ms, RSS ${row.rssMb.toFixed(0)} MB, ` +
        `after a request ${row.rssAfterRequestMb.toFixed(0)} MB`,
    );
    return row;
  });
}
