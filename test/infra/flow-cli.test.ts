// `npm run flow -- check | schema`: what a coordinator sees when checking the flows before going live.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/domain/calendar/working-calendar.ts";
import { runFlowCli } from "../../src/infra/flow-tools/flow-cli.ts";

const calendar = createWorkingCalendar({ zone: "Europe/Amsterdam", workdayStart: "08:30", workdayEnd: "17:00" });
const copyOfFlows = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "flow-cli-"));
  cpSync("flows", dir, { recursive: true });
  return dir;
};
async function run(args: string[], flowsDir = "flows"): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const code = await runFlowCli({ args, flowsDir, calendar, out: (line) => lines.push(line) });
  return { code, output: lines.join("\n") };
}

describe("npm run flow -- check", () => {
  it("validates every shipped flow", async () => {
    const { code, output } = await run(["check"]);
    expect(code).toBe(0);
    expect(output).toMatch(/ok {3}flows\/overlast\.yaml: overlast version 1, 4 steps/);
    expect(output).toContain("all 7 flow file(s) are valid");
  });

  it("fails with the file, the path, the line and the reason", async () => {
    const dir = copyOfFlows();
    const file = path.join(dir, "tweede-kans.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("    kind: decision\n", ""));
    const { code, output } = await run(["check"], dir);
    expect(code).toBe(1);
    expect(output).toMatch(
      /FAIL Invalid flow file .*tweede-kans\.yaml:\n {2}- steps\[1\]\.decision \(line \d+\): decision settings need kind: decision/,
    );
    expect(output).toContain("1 flow file(s) have problems");
  });

  it("writes the schema file and notices when it is out of date", async () => {
    const dir = copyOfFlows();
    writeFileSync(path.join(dir, "flow.schema.json"), "{}\n");
    expect((await run(["check"], dir)).output).toContain("is out of date: run npm run flow -- schema");
    expect((await run(["schema"], dir)).code).toBe(0);
    expect(readFileSync(path.join(dir, "flow.schema.json"), "utf8")).toBe(
      readFileSync("flows/flow.schema.json", "utf8"),
    );
    expect((await run(["bogus"], dir)).code).toBe(2);
  });
});
