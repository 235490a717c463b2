// Branches, paused clocks and evaluation windows in a flow file: what the validator refuses (with the YAML path
// and the reason), and the timeline the simulator prints for a branch, a blocking flag, a pause and an end event.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/domain/calendar/working-calendar.ts";
import { runFlowCli } from "../../src/infra/flow-tools/flow-cli.ts";
import { flowProblemsOf } from "../support/flow-problems.ts";

const FILE = "test/fixtures/flows/achterstand-routes.yaml";
const KINDS = "test/fixtures/flows/nazorg-routes.yaml";
const routes = readFileSync(FILE, "utf8");
const edit = (from: string, to: string) => {
  if (!routes.includes(from)) throw new Error(`fixture no longer contains ${from}`);
  return routes.replace(from, to);
};

describe("the validator on branches", () => {
  it("accepts the fixtures", () => {
    expect(flowProblemsOf(routes)).toBe("");
    expect(flowProblemsOf(readFileSync(KINDS, "utf8"))).toBe("");
  });

  it("refuses an unknown step, a branch of optional steps only, a decision and a branch nothing starts", () => {
    expect(
      flowProblemsOf(edit("steps: [signal_contact, signal_visit]", "steps: [signal_contact, signal_vist]")),
    ).toMatch(/branches\[0\]\.steps\[1\] \(line \d+\): unknown step "signal_vist"/);
    // An optional step in a branch is one a party opts into while the branch runs; the branch needs a line too.
    expect(flowProblemsOf(edit("steps: [signal_contact, signal_visit]", "steps: [signal_contact, time_out]"))).toBe("");
    expect(flowProblemsOf(edit("steps: [signal_contact, signal_visit]", "steps: [time_out]"))).toMatch(
      /branches\[0\]\.steps \(line \d+\): every step of the branch is optional/,
    );
    const decision = edit(
      "  - { id: signal_visit, label: Huisbezoek gemeente, owner: wmo, deadline: { amount: 5, unit: workingDays } }",
      "  - { id: signal_visit, label: Besluit, owner: wmo, kind: decision, deadline: { amount: 5 } }",
    ).replace("kpi: prevented }", "kpi: prevented }\n  - { value: rejected, label: Afgewezen, kpi: rejected }");
    expect(flowProblemsOf(decision)).toMatch(/"signal_visit" is kind: decision; a rejection closes the case/);
    const never = edit(
      "    startsAfter: { date: arrears_start, after: { amount: 30, unit: calendarDays } }\n",
      "",
    ).replace("startBranch: early_route", "notify: [wmo]");
    expect(flowProblemsOf(never)).toMatch(/branches\[0\] \(line \d+\): the branch never starts/);
  });

  it("refuses an outcome shown to some parties without a coarse code, and events naming an unknown branch", () => {
    const noCoarse = edit(
      "coarse: Afgerond, fullFor: [wmo] }\n      - { value: no_contact",
      "fullFor: [wmo] }\n      - { value: no_contact",
    );
    expect(flowProblemsOf(noCoarse)).toMatch(/outcomes\[0\]\.coarse \(line \d+\): fullFor needs coarse/);
    expect(flowProblemsOf(edit("endBranch: early_route", "endBranch: late_route"))).toMatch(
      /events\[1\]\.endBranch \(line \d+\): unknown branch "late_route"/,
    );
  });

  it("refuses pausesOthers on a step that is not optional, with a did-you-mean for a misspelt key", () => {
    expect(flowProblemsOf(edit("    optional: true\n    pausesOthers: true", "    pausesOthers: true"))).toMatch(
      /steps\[2\]\.pausesOthers \(line \d+\): pausesOthers works on an optional step/,
    );
    expect(flowProblemsOf(edit("pausesOthers: true", "pauseOthers: true"))).toMatch(/pausesOthers/);
  });
});

describe("simulating branches and a pause", () => {
  it("prints the route's start on its date threshold, its wait for the lift, the pause and the end event", async () => {
    const calendar = createWorkingCalendar({ zone: "Europe/Amsterdam", workdayStart: "08:30", workdayEnd: "17:00" });
    const lines: string[] = [];
    const args = ["simulate", FILE, "--start", "2027-03-01", "--date", "arrears_start=2027-02-15"];
    for (const e of ["objection@2027-03-01", "lift:objection@2027-03-22", "time_out@2027-03-03"])
      args.push("--event", e);
    args.push("--event", "done:time_out@2027-03-10", "--event", "paid@2027-03-25");
    const code = await runFlowCli({ args, flowsDir: "flows", calendar, out: (l) => lines.push(l) });
    expect(code).toBe(0);
    const text = lines.join("\n");
    // 10 working days from Monday 1 March is 15 March; the time-out ran 5 working days (4 to 10 March).
    expect(text).toContain(
      "Mon 2027-03-01 08:30  step       Aanmaning, due Mon 2027-03-22 17:00 " +
        '[owner: Woningcorporatie; 5 working days later: paused by "Time-out bij zorgcrisis"]',
    );
    expect(text).toContain(
      'Wed 2027-03-17 08:30  branch     Vroegsignalering [starts: 30 calendarDays after "Begin achterstand"]',
    );
    expect(text).toContain(
      'Wed 2027-03-17 08:30  blocked    Contactpoging gemeente [while "Bezwaar huurder tegen vroegsignaal" is set]',
    );
    expect(text).toContain("Mon 2027-03-22 08:30  step       Contactpoging gemeente, due Thu 2027-03-25 17:00");
    expect(text).toContain("Thu 2027-03-25 08:30  branch     Vroegsignalering [ended by a case event]");
    expect(text).not.toContain("deadline   Contactpoging gemeente");
  });
  it("opts into a branch only when the flow lets a party start it by hand", async () => {
    const calendar = createWorkingCalendar({ zone: "Europe/Amsterdam", workdayStart: "08:30", workdayEnd: "17:00" });
    const run = async (file: string) => {
      const lines: string[] = [];
      const args = ["simulate", file, "--start", "2027-03-01", "--event", "early_route@2027-03-03"];
      const code = await runFlowCli({ args, flowsDir: "flows", calendar, out: (l) => lines.push(l) });
      return { code, text: lines.join("\n") };
    };
    const refused = await run(FILE);
    expect(refused.code).toBe(2);
    expect(refused.text).toContain('nobody can start branch "early_route" by hand (it has no optInBy)');
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "opt-in-route-")), "routes.yaml");
    writeFileSync(file, edit("    blockedBy: objection\n", "    optInBy: [corporation]\n    blockedBy: objection\n"));
    const started = await run(file);
    expect(started.code).toBe(0);
    expect(started.text).toContain("Wed 2027-03-03 08:30  branch     Vroegsignalering [starts: opted in]");
    expect(started.text).toContain("Wed 2027-03-03 08:30  step       Contactpoging gemeente, due Mon 2027-03-08 17:00");
  });
});

describe("simulating a branch with conditions, evaluations, an opt-in pause and an anchored deadline", () => {
  it("prints the route's steps and moments, moved by the pause, and refuses an early opt-in", async () => {
    const calendar = createWorkingCalendar({ zone: "Europe/Amsterdam", workdayStart: "08:30", workdayEnd: "17:00" });
    const lines: string[] = [];
    const args = ["simulate", KINDS, "--start", "2027-03-01", "--event", "route_time_out@2027-02-26"];
    for (const e of ["aftercare@2027-03-01", "route_time_out@2027-03-02", "done:route_time_out@2027-03-09"])
      args.push("--event", e);
    args.push("--event", "agreements@2027-03-03");
    const code = await runFlowCli({ args, flowsDir: "flows", calendar, out: (l) => lines.push(l) });
    expect(code).toBe(0);
    const text = lines.join("\n");
    expect(text).toContain(
      'Fri 2027-02-26 08:30  blocked    Time-out in de nazorg [opt-in refused: route "Nazorg" is not running]',
    );
    expect(text).toContain("Mon 2027-03-01 08:30  branch     Nazorg [starts: opted in]");
    // 5 working days from Monday 1 March is 8 March; the time-out ran 5 working days (2 to 9 March): 15 March.
    expect(text).toContain(
      "Mon 2027-03-01 08:30  step       Nazorgafspraken vastleggen, due Mon 2027-03-15 17:00 " +
        '[owner: Zorgaanbieder; 5 working days later: paused by "Time-out in de nazorg"]',
    );
    expect(text).toContain("Tue 2027-03-02 08:30  pause      Time-out in de nazorg [the other clocks stand still]");
    expect(text).toContain(
      "Wed 2027-03-03 08:30  step       Evaluaties nazorg [owner: Zorgaanbieder; no deadline: never escalated]",
    );
    // Every two weeks from Wednesday 3 March (17 and 31 March, 14 April), each 4 working days later for the part
    // of the pause after the step started (3 to 9 March): 23 March; 6 April (Easter Monday 29 March lies before
    // 31 March); 20 April. Each rung goes out at the start of the next working day(s).
    expect(text).toContain(
      "Tue 2027-03-23 17:00  evaluation Evaluaties nazorg #1; if missed: owner Wed 2027-03-24 08:30, " +
        "deputy Thu 2027-03-25 08:30",
    );
    expect(text).toContain("Tue 2027-04-06 17:00  evaluation Evaluaties nazorg #2");
    expect(text).toContain("Tue 2027-04-20 17:00  evaluation Evaluaties nazorg #3");
    // The 25th of the month after April: Tuesday 25 May (Whit Monday is the 17th).
    expect(text).toMatch(/Tue 2027-04-20 17:00 {2}step {7}Eindgesprek nazorg, due Tue 2027-05-25 17:00/);
    expect(text).toContain("Tue 2027-05-25 17:00  branch     Nazorg [every step done]");
    // The corporation's line is not held by the route: 10 working days, 5 later for the pause.
    expect(text).toContain("Mon 2027-03-01 08:30  step       Huisbezoek corporatie, due Mon 2027-03-22 17:00");
  });
});
