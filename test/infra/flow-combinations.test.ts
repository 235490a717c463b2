// Combinations in a flow file that cannot work are refused at load, each with the reason and the YAML path.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { flowProblemsOf } from "../support/flow-problems.ts";

const read = (file: string) => readFileSync(`flows/${file}`, "utf8");
const problemsOf = flowProblemsOf;
const edit = (text: string, from: string | RegExp, to: string) => {
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`flow no longer contains ${String(from)}`);
  return changed;
};

const eviction = read("dreigende-huisuitzetting.yaml");
const secondChance = read("tweede-kans.yaml");
const overlast = read("overlast.yaml");

describe("combinations that cannot work", () => {
  it("refuses optInBy and holdNotice on a step that is not optional", () => {
    const broken = edit(eviction, "    optional: true\n    optInBy", "    optInBy");
    const message = problemsOf(broken);
    expect(message).toMatch(
      /steps\[4\]\.optInBy \(line \d+\): optInBy only works on an optional step \(add optional: true\)/,
    );
    expect(message).toMatch(/steps\[4\]\.holdNotice \(line \d+\): holdNotice is shown while an optional step runs/);
  });

  it("refuses evaluation or decision settings on a step of another kind", () => {
    const evaluation = edit(secondChance, "    kind: evaluation\n", "");
    expect(problemsOf(evaluation)).toMatch(
      /steps\[3\]\.evaluation \(line \d+\): evaluation settings need kind: evaluation \(this step is kind: task\)/,
    );
    const decision = edit(secondChance, "    kind: decision\n", "");
    expect(problemsOf(decision)).toMatch(/steps\[1\]\.decision \(line \d+\): decision settings need kind: decision/);
  });

  it("refuses a decision step when no outcome can record a rejection", () => {
    const broken = edit(
      secondChance,
      "{ value: rejected, label: Afgewezen, kpi: rejected }",
      "{ value: rejected, label: Afgewezen }",
    );
    expect(problemsOf(broken)).toMatch(
      /steps\[1\]\.kind \(line \d+\): a decision step needs an outcome with kpi: rejected/,
    );
  });

  it("refuses a conditions step without conditions to choose from", () => {
    const broken = edit(secondChance, /\nconditions:\n( {2}- .*\n)+/, "\n");
    expect(problemsOf(broken)).toMatch(/steps\[2\]\.kind \(line \d+\): a conditions step needs the flow's conditions/);
  });

  it("refuses a notice on an unknown date and a deadline counting back from the start", () => {
    const notice = edit(eviction, "    date: eviction\n", "    date: evicton\n");
    expect(problemsOf(notice)).toMatch(/notices\[0\]\.date \(line \d+\): unknown date "evicton"/);
    const backwards = edit(
      eviction,
      '{ amount: 1, unit: workingDays, from: "date:eviction" }',
      "{ amount: 1, before: true }",
    );
    expect(problemsOf(backwards)).toMatch(
      /steps\[5\]\.deadline\.before \(line \d+\): before: true counts back from an entered date/,
    );
  });

  it("refuses blockedBy naming an unknown flag", () => {
    expect(problemsOf(edit(eviction, "blockedBy: objection", "blockedBy: objectoin"))).toMatch(
      /steps\[1\]\.blockedBy \(line \d+\): unknown flag "objectoin"/,
    );
  });

  it("refuses dates nobody may enter, and a flag bound to a field that is not a checkbox", () => {
    expect(problemsOf(edit(eviction, "datesEnteredBy: [corporation]\n", ""))).toMatch(
      /datesEnteredBy \(line \d+\): dates are declared but no party may enter them/,
    );
    const bound = edit(
      eviction,
      "      type: checkbox\n      bind: flag:objection",
      "      type: number\n      bind: flag:objection",
    );
    expect(problemsOf(bound)).toMatch(/form\.fields\[4\]\.bind \(line \d+\): bind: flag:<id> needs type: checkbox/);
  });

  it("refuses an agreement flow that cannot recognise a household, and ids used twice", () => {
    expect(problemsOf(edit(secondChance, "      bind: household\n", ""))).toMatch(
      /agreement \(line \d+\): agreement: true links cases of one household/,
    );
    expect(
      problemsOf(
        edit(
          overlast,
          "{ id: regular, label: Regulier }",
          "{ id: regular, label: Regulier }\n    - { id: regular, label: Nog eens }",
        ),
      ),
    ).toMatch(/escalation\.levels\[1\]\.id \(line \d+\): "regular" appears twice/);
  });

  it("refuses an optional step that could never be done: conditions, evaluations, or owner: all without optInBy", () => {
    const conditions = edit(secondChance, "    kind: conditions\n", "    kind: conditions\n    optional: true\n");
    expect(problemsOf(conditions)).toMatch(
      /steps\[2\]\.optional \(line \d+\): a kind: conditions step runs on the main line only; remove optional: true/,
    );
    const evaluation = edit(secondChance, "    kind: evaluation\n", "    kind: evaluation\n    optional: true\n");
    const problems = problemsOf(evaluation);
    expect(problems).toMatch(/steps\[3\]\.optional \(line \d+\): a kind: evaluation step runs on the main line only/);
    expect(problems).toMatch(
      /steps\[3\]\.optInBy \(line \d+\): an optional step with owner: all needs optInBy: \[<party>\] \(who may start it\)/,
    );
  });

  it("refuses a flow whose steps are all optional", () => {
    const steps = overlast.replace(
      /(\n {2}- id: [a-z_]+\n {4}label: [^\n]+\n {4}owner: [a-z]+\n)/g,
      "$1    optional: true\n",
    );
    expect(steps.match(/optional: true/g)).toHaveLength(4);
    expect(problemsOf(steps)).toMatch(/steps \(line \d+\): at least one step must not be optional/);
  });
});

describe("time settings", () => {
  const evaluation =
    "evaluation: { firstYear: 4, thereafter: { amount: 6, unit: months }, extension: { amount: 12, unit: months } }";
  const trial = "    deadline: { amount: 24, unit: months }\n";

  it("accepts an interval, a calendar anchor and a step without a deadline", () => {
    const flow = edit(
      edit(secondChance, evaluation, "evaluation: { every: { amount: 2, unit: weeks }, count: 26 }"),
      trial,
      "    deadline: none\n",
    );
    expect(
      problemsOf(edit(flow, "deadline: { amount: 10, unit: workingDays }", "deadline: { month: 2, day: end }")),
    ).toBe("");
  });

  it("refuses moments that never end, and firstYear beyond 12 with a pointer to every", () => {
    const endless = edit(
      edit(secondChance, evaluation, "evaluation: { every: { amount: 2, unit: weeks } }"),
      trial,
      "    deadline: none\n",
    );
    expect(problemsOf(endless)).toMatch(
      /steps\[3\]\.evaluation \(line \d+\): without a deadline the moments never end/,
    );
    expect(problemsOf(edit(secondChance, "firstYear: 4,", "firstYear: 26,"))).toMatch(
      /evaluation\.firstYear \(line \d+\): at most 12 in the first year; for more use every/,
    );
    expect(problemsOf(edit(secondChance, "firstYear: 4,", "firstYear: 4, every: { amount: 2, unit: weeks },"))).toMatch(
      /evaluation\.every \(line \d+\): use firstYear or every, not both/,
    );
  });

  it("suggests the right key inside a calendar anchor and explains a wrong deadline", () => {
    const anchor = edit(overlast, "deadline: { amount: 2, unit: workingDays }", "deadline: { month: 2, dya: 5 }");
    expect(problemsOf(anchor)).toMatch(
      /steps\[1\]\.deadline\.dya \(line \d+\): unknown key "dya"; did you mean "day"\?/,
    );
    const wrong = edit(overlast, "deadline: { amount: 2, unit: workingDays }", "deadline: nooit");
    expect(problemsOf(wrong)).toMatch(
      /steps\[1\]\.deadline \(line \d+\): use \{ amount, unit \}, a calendar anchor \{ month, day \} or "none"/,
    );
  });
});

describe("case events", () => {
  it("refuses an event naming an unknown party, step or level, or an optional step to go to", () => {
    const events =
      "\nevents:\n  - { id: breach, label: Afspraken geschonden, recordedBy: [corporaton], goTo: payment_plan, " +
      "escalateTo: zvh, notify: [wmo] }\n";
    const message = problemsOf(`${eviction}${events}`);
    expect(message).toMatch(/events\[0\]\.recordedBy\[0\] \(line \d+\): unknown party "corporaton"/);
    expect(message).toMatch(/events\[0\]\.goTo \(line \d+\): "payment_plan" is optional; goTo needs a main-line step/);
    expect(message).toMatch(/events\[0\]\.escalateTo \(line \d+\): unknown level "zvh"/);
    expect(
      problemsOf(
        `${eviction}${events.replace("corporaton", "corporation").replace("payment_plan", "feedback").replace("zvh", "case_meeting")}`,
      ),
    ).toBe("");
  });
});

describe("flow KPIs", () => {
  it("refuses a KPI counting an unknown outcome, or with both count and rate", () => {
    const kpis =
      "\nkpis:\n  - { id: success, label: Slaging, rate: { outcomes: [regular], of: [regular_tenancy, ended] } }\n" +
      "  - { id: both, label: Beide, count: { outcomes: [ended] }, rate: { outcomes: [ended], of: [ended] } }\n";
    const message = problemsOf(`${secondChance}${kpis}`);
    expect(message).toMatch(/kpis\[0\]\.rate\.outcomes\[0\] \(line \d+\): unknown outcome "regular"/);
    expect(message).toMatch(/kpis\[1\]\.count \(line \d+\): give either count or rate/);
  });
});
