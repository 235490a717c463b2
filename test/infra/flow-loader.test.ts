// Flow files: the shipped flows validate; a broken one names the file, the YAML path, the line and the problem.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { flowProblemsOf } from "../support/flow-problems.ts";
import { loadFlowDirectory } from "../../src/infra/flow-loader.ts";

const overlast = readFileSync("flows/overlast.yaml", "utf8");
const problemsOf = flowProblemsOf;

describe("flow files", () => {
  it("loads every shipped flow", () => {
    const flows = loadFlowDirectory("flows");
    expect(flows.map((f) => f.flow.id)).toContain("overlast");
  });

  it("names the file, the path inside the YAML, the line and what is wrong", () => {
    const broken = overlast.replace("    owner: care\n", "    owner: zorg\n");
    const message = problemsOf(broken);
    expect(message).toContain("flows/test.yaml");
    const line = broken.split("\n").findIndex((l) => l.includes("owner: zorg")) + 1;
    expect(message).toContain(`steps[1].owner (line ${line}): unknown party "zorg"`);
  });

  it("refuses free text that could reach a channel", () => {
    const broken = overlast.replace(
      "      type: textarea\n      personal: true\n",
      "      type: textarea\n      personal: false\n",
    );
    expect(problemsOf(broken)).toMatch(
      /form\.fields\[\d+\]\.personal \(line \d+\): free-text fields must be personal: true/,
    );
  });

  it("refuses a party that joins at a step the flow does not have", () => {
    const eviction = readFileSync("flows/dreigende-huisuitzetting.yaml", "utf8");
    expect(problemsOf(eviction.replace("joinsAt: early_signal", "joinsAt: signal"))).toMatch(
      /parties\[1\]\.joinsAt \(line \d+\): unknown step "signal"/,
    );
  });

  it("reports YAML syntax errors and wrong types", () => {
    expect(problemsOf("id: overlast\n  version: [")).toMatch(/YAML syntax/);
    const line = overlast.split("\n").indexOf("version: 1") + 1;
    expect(problemsOf(overlast.replace("version: 1", "version: een"))).toContain(
      `version (line ${line}): Invalid input: expected number`,
    );
  });

  it("refuses two flows with the same id", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "flows-"));
    cpSync("flows/overlast.yaml", path.join(dir, "a.yaml"));
    writeFileSync(path.join(dir, "b.yaml"), overlast);
    expect(() => loadFlowDirectory(dir)).toThrow(/also defined in/);
  });
});

describe("unknown keys in a flow file", () => {
  it("refuses a misspelt key with a suggestion instead of dropping it", () => {
    const broken = overlast.replace("    owner: care\n", "    owner: care\n    optinBy: [care]\n");
    const line = broken.split("\n").findIndex((l) => l.includes("optinBy")) + 1;
    expect(problemsOf(broken)).toContain(
      `steps[1].optinBy (line ${line}): unknown key "optinBy"; did you mean "optInBy"?`,
    );
  });

  it("reports a misspelt required key once, as misspelt, not as missing", () => {
    const broken = overlast.replace(/deadline: \{ amount: 2/, "deadine: { amount: 2");
    const message = problemsOf(broken);
    expect(message).toMatch(/unknown key "deadine"; did you mean "deadline"\?/);
    expect(message).not.toMatch(/\.deadline \(line \d+\): Invalid input/);
  });
});
