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
const routes = readFileSync(FILE, "utf8");
const edit = (from: string, to: string) => {
  if (!routes.includes(from)) throw new Error(`fixture no longer contains ${from}`);
  return routes.replace(from, to);
};

describe("the validator on branches", () => {
  it("accepts the fixture", () => expect(flowProblemsOf(routes)).toBe(""));

  it("refuses an unknown step, a step in two branches, an optional step and a branch nothing starts", () => {
    expect(
      flowProblemsOf(edit("steps: [signal_contact, signal_visit]", "steps: [signal_contact, signal_vist]")),
    ).toMatch(/branches\[0\]\.steps\[1\] \(line \d+\): unknown step "signal_vist"/);
    expect(flowProblemsOf(edit("steps: [signal_contact, signal_visit]", "steps: [signal_contact, time_out]"))).toMatch(
      /"time_out" is optional; a branch's steps run in order, not opt-in/,
    );
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
