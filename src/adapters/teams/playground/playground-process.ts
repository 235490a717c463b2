// Starts Microsoft 365 Agents Playground (the devDependency's CLI) as a child process on a free port, with
// Schakel's config file, no telemetry and no browser of its own; resolves once it listens.
import { spawn, type ChildProcess } from "node:child_process";
import { childEnvironment } from "../../../config/child-environment.ts";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

export interface RunningPlayground {
  /** The Playground's web page. */
  url: string;
  /** Its Bot Framework connector, the serviceUrl of every activity it sends. */
  connectorUrl: string;
  close(): Promise<void>;
}

export interface PlaygroundOptions {
  /** Schakel's Teams messaging endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  endpoint: string;
  configYaml: string;
  /** 0 (the default): any free port. */
  port?: number;
  startTimeoutMs?: number;
}

function cliPath(): string {
  try {
    const pkg = createRequire(import.meta.url).resolve("@microsoft/m365agentsplayground/package.json");
    return path.join(path.dirname(pkg), "cli.js");
  } catch {
    throw new Error("@microsoft/m365agentsplayground is not installed: run npm install (with dev dependencies)");
  }
}

function waitForPort(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => fail(`did not start within ${timeoutMs} ms`), timeoutMs);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill();
      reject(new Error(`Agents Playground ${why}: ${output.slice(-2000)}`));
    };
    const read = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000);
      const match = /Listening on (\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve(Number(match[1]));
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000);
    });
    child.once("exit", (code) => fail(`exited (${code})`));
  });
}

export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "schakel-playground-"));
  const configPath = path.join(dir, ".m365agentsplayground.yml");
  writeFileSync(configPath, options.configYaml);
  const args = ["--app-endpoint", options.endpoint, "--channel-id", "msteams"];
  args.push("--port", String(options.port ?? 0), "--disable-telemetry");
  const child = spawn(process.execPath, [cliPath(), ...args], {
    cwd: dir,
    env: childEnvironment({
      TEAMSAPPTESTER_BROWSER: "none",
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
      M365_AGENTS_PLAYGROUND_LOGFILE: path.join(dir, "playground.log"),
    }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  // The Playground never outlives Schakel, even when Schakel stops without closing it.
  const orphanGuard = () => child.kill();
  process.once("exit", orphanGuard);
  const port = await waitForPort(child, options.startTimeoutMs ?? 30_000);
  child.removeAllListeners("exit");
  child.once("exit", () => process.off("exit", orphanGuard));
  return {
    url: `http://localhost:${port}`,
    connectorUrl: `http://localhost:${port}/_connector`,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill();
      }),
  };
}
