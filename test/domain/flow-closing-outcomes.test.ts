// A flow file's closing outcomes, refused at load with the path and the reason: an event that closes the case
// with an unknown outcome (with a did-you-mean), or that would also start a step or branch that never runs; a
// coarse outcome without its code; a household limit on the flow's own start that cannot work.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { flowSchema } from "../../src/domain/flow/flow-schema.ts";
import { flowProblemsOf } from "../support/flow-problems.ts";
import type { Parsed } from "../support/parsed.ts";

function problems(change: (flow: Parsed) => void): string[] {
  const flow: Parsed = parse(readFileSync("flows/laatste-kans.yaml", "utf8"));
  change(flow);
  const parsed = flowSchema.safeParse(flow);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}
const event = (flow: Parsed, id: string) => flow.events.find((e: Parsed) => e.id === id);

describe("closing outcomes in a flow file", () => {
  it("accepts the shipped last-chance flow", () => {
    expect(problems(() => undefined)).toEqual([]);
  });

  it("refuses an event closing with an unknown outcome and suggests the nearest", () => {
    expect(problems((f) => (event(f, "red_card").closes = "endd"))).toEqual([
      'events.2.closes: unknown outcome "endd"; did you mean "ended"?',
    ]);
  });

  it("refuses an event that closes the case and also goes to a step or starts a branch", () => {
    expect(
      problems((f) => {
        Object.assign(event(f, "red_card"), { goTo: "intake", startBranch: "yellow_card" });
      }),
    ).toEqual([
      "events.2.goTo: the event closes the case, so goTo would never run",
      "events.2.startBranch: the event closes the case, so startBranch would never run",
    ]);
  });

  it("refuses a closing outcome kept to some parties without the coarse code the others see", () => {
    expect(
      problems((f) => {
        const ended = f.outcomes.find((o: Parsed) => o.value === "ended");
        ended.coarse = undefined;
        ended.fullFor = ["corporation", "bailiff"];
      }),
    ).toEqual([
      'outcomes.1.fullFor.1: unknown party "bailiff"',
      "outcomes.1.coarse: fullFor needs coarse: what the others see",
    ]);
  });

  it("refuses a start limit on another flow or per case", () => {
    expect(
      problems((f) => {
        f.limits[0].count = { flow: "tweede_kans" };
        f.limits.push({ ...f.limits[0], id: "per_case", count: { flow: "laatste_kans" }, per: "case" });
      }),
    ).toEqual([
      'limits.0.count.flow: only this flow\'s own cases are counted at its report form: use "laatste_kans"',
      "limits.1.per: a new case has no cases of its own: use per: household",
    ]);
  });

  it("names a misspelt closes key in the file with a suggestion", () => {
    const text = readFileSync("flows/laatste-kans.yaml", "utf8").replace("closes: ended", "closs: ended");
    expect(flowProblemsOf(text)).toContain('unknown key "closs"');
    expect(flowProblemsOf(text)).toContain("closes");
  });
});
