// `npm run flow -- simulate`: the timeline of each shipped flow, with dates worked out by hand on the 2027
// Dutch calendar (Easter Monday 29 March, King's Day Tuesday 27 April, Ascension Thursday 6 May, Whit Monday
// 17 May; Good Friday and Liberation Day are working days). Reminders go out in working hours only.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/domain/calendar/working-calendar.ts";
import { runFlowCli } from "../../src/infra/flow-tools/flow-cli.ts";

const calendar = createWorkingCalendar({ zone: "Europe/Amsterdam", workdayStart: "08:30", workdayEnd: "17:00" });
async function simulate(...args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runFlowCli({
    args: ["simulate", ...args],
    flowsDir: "flows",
    calendar,
    out: (line) => lines.push(line),
  });
  return { code, lines };
}
const line = (lines: string[], start: string) =>
  lines.find((l) => l.startsWith(start)) ?? `(no line starting with ${start})`;

describe("simulating the overlast flow from Friday 23 April 2027", () => {
  it("prints each step's deadline on working days, skipping King's Day, Ascension and Whit Monday", async () => {
    const { code, lines } = await simulate("flows/overlast.yaml", "--start", "2027-04-23");
    expect(code).toBe(0);
    expect(lines[0]).toBe('Simulation of "Overlast" (overlast, version 1) from Fri 2027-04-23 08:30, Europe/Amsterdam');
    expect(line(lines, "Fri 2027-04-23 08:30  step")).toContain(
      "Ontvangst bevestigen, due Mon 2027-04-26 17:00 [owner: every party]",
    );
    expect(line(lines, "Mon 2027-04-26 17:00  step")).toContain(
      "Eerste contact en terugkoppeling aan melder, due Thu 2027-04-29 17:00 (skips Koningsdag 2027-04-27)",
    );
    expect(line(lines, "Thu 2027-04-29 17:00  step")).toContain(
      "Casusoverleg, due Fri 2027-05-07 17:00 (skips Hemelvaartsdag 2027-05-06)",
    );
    expect(line(lines, "Fri 2027-05-07 17:00  step")).toContain(
      "Plan van aanpak vastgesteld, due Mon 2027-05-24 17:00 (skips Tweede pinksterdag 2027-05-17)",
    );
    expect(lines.at(-1)).toBe(
      "Mon 2027-05-24 17:00  end        every step of the main line is done: the case can be closed",
    );
  });

  it("prints the ladder rungs of a missed deadline when the sweep sends them: in working hours, not on King's Day", async () => {
    const { lines } = await simulate("flows/overlast.yaml", "--start", "2027-04-23");
    expect(line(lines, "Mon 2027-04-26 17:00  deadline")).toBe(
      "Mon 2027-04-26 17:00  deadline   Ontvangst bevestigen; if missed: " +
        "owner Wed 2027-04-28 08:30, deputy Thu 2027-04-29 08:30, coordinator Fri 2027-04-30 08:30, " +
        "organisation (Zorg- en Veiligheidshuis) Mon 2027-05-03 08:30",
    );
  });

  it("moves the rest of the line when a step is done early", async () => {
    const { lines } = await simulate(
      "flows/overlast.yaml",
      "--start",
      "2027-04-23",
      "--event",
      "first_contact@2027-04-27",
    );
    expect(line(lines, "Wed 2027-04-28 08:30  done")).toContain(
      "Eerste contact en terugkoppeling aan melder [by event]",
    );
    expect(lines.some((l) => l.includes("deadline   Eerste contact"))).toBe(false);
    expect(line(lines, "Wed 2027-04-28 08:30  step")).toContain("Casusoverleg, due Wed 2027-05-05 17:00");
  });
});

describe("simulating the threatened-eviction flow from Monday 1 March 2027", () => {
  const args = [
    "flows/dreigende-huisuitzetting.yaml",
    "--start",
    "2027-03-01",
    "--event",
    "objection@2027-03-01",
    "--event",
    "lift:objection@2027-03-26",
    "--event",
    "payment_plan@2027-04-20",
    "--date",
    "eviction=2027-06-15",
  ];

  it("blocks the early signal while the objection is set and starts it fresh when it is lifted", async () => {
    const { code, lines } = await simulate(...args);
    expect(code).toBe(0);
    expect(line(lines, "Mon 2027-03-01 08:30  step")).toContain(
      "Aanmaning en contactpoging corporatie, due Mon 2027-03-15 17:00",
    );
    expect(line(lines, "Mon 2027-03-15 17:00  blocked")).toContain(
      'Vroegsignaal aan de gemeente [while "Bezwaar huurder tegen vroegsignaal" is set]',
    );
    expect(line(lines, "Fri 2027-03-26 08:30  step")).toContain(
      "Vroegsignaal aan de gemeente, due Thu 2027-04-01 17:00 (skips Tweede paasdag 2027-03-29)",
    );
    expect(line(lines, "Thu 2027-04-01 17:00  step")).toContain(
      "Contact en hulpaanbod gemeente, due Tue 2027-04-06 17:00",
    );
    expect(line(lines, "Tue 2027-04-06 17:00  step")).toContain(
      "Terugkoppeling aan de corporatie, due Tue 2027-04-13 17:00",
    );
  });

  it("counts the court route from the eviction date, sends the notice 10 working days before it, and runs the opt-in step beside", async () => {
    const { lines } = await simulate(...args);
    expect(line(lines, "Tue 2027-04-13 17:00  step")).toContain(
      "Gerechtelijke procedure volgen, due Wed 2027-06-16 17:00",
    );
    expect(line(lines, "Tue 2027-06-01 08:30  notice")).toContain(
      "Aangekondigde ontruiming [to Gemeente (Wmo en schuldhulp)]",
    );
    expect(line(lines, "Tue 2027-06-15 12:00  date")).toContain("Aangekondigde ontruimingsdatum");
    expect(line(lines, "Tue 2027-04-20 08:30  step")).toContain(
      "Betalingsregeling of schuldhulptraject, due Tue 2027-07-20 17:00",
    );
  });

  it("says the court route waits for the eviction date when it is not given", async () => {
    const { lines } = await simulate("flows/dreigende-huisuitzetting.yaml", "--start", "2027-03-01");
    expect(line(lines, "Mon 2027-03-15 17:00  step")).toContain(
      "Vroegsignaal aan de gemeente, due Thu 2027-03-18 17:00",
    );
    expect(lines.find((l) => l.includes("step       Gerechtelijke procedure volgen"))).toContain(
      'counts from the start until "Aangekondigde ontruimingsdatum" is entered',
    );
  });
});

describe("simulating the second-chance flow from Monday 1 March 2027", () => {
  it("prints the decision, the conditions and six evaluation moments of the two-year trial on working days", async () => {
    const { lines } = await simulate("flows/tweede-kans.yaml", "--start", "2027-03-01");
    expect(line(lines, "Wed 2027-03-03 17:00  step")).toContain(
      "Advies van elke partij, due Wed 2027-03-17 17:00 [owner: every party; decision (unanimous): assumed granted]",
    );
    expect(line(lines, "Wed 2027-03-17 17:00  step")).toContain(
      "Voorwaarden vastleggen, due Thu 2027-04-01 17:00 (skips Tweede paasdag 2027-03-29)",
    );
    const moments = lines
      .filter((l) => l.includes("evaluation Proefperiode met evaluaties #"))
      .map((l) => l.slice(0, 20));
    // Quarterly in the first year (1 April 2028 is a Saturday), then every six months until the end of the trial
    // (1 October 2028 is a Sunday; 1 April 2029 is Easter Sunday, 2 April Easter Monday).
    expect(moments).toEqual([
      "Thu 2027-07-01 17:00",
      "Fri 2027-10-01 17:00",
      "Mon 2028-01-03 17:00",
      "Mon 2028-04-03 17:00",
      "Mon 2028-10-02 17:00",
      "Tue 2029-04-03 17:00",
    ]);
    expect(line(lines, "Thu 2027-04-01 17:00  step")).toContain(
      "Proefperiode met evaluaties, due Tue 2029-04-03 17:00",
    );
  });
});

describe("simulator input", () => {
  it("refuses an unknown event or date with the ids it knows", async () => {
    const { code, lines } = await simulate(
      "flows/tweede-kans.yaml",
      "--start",
      "2027-03-01",
      "--event",
      "bogus@2027-03-02",
      "--date",
      "x=2027-01-01",
    );
    expect(code).toBe(2);
    expect(lines).toContain(
      '--event bogus@2027-03-02: unknown event "bogus" (use one of acknowledge, advice, conditions, evaluation)',
    );
    expect(lines).toContain('--date x=2027-01-01: unknown date "x" (this flow has no dates)');
    expect((await simulate("flows/tweede-kans.yaml")).code).toBe(2);
  });
});

describe("simulating a case event the flow declares", () => {
  it("interrupts the running step and restarts the line at the event's step, with its level and parties", async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "sim-events-")), "overlast.yaml");
    writeFileSync(
      file,
      `${readFileSync("flows/overlast.yaml", "utf8")}
events:
  - { id: new_incident, label: Nieuw incident, recordedBy: [corporation], goTo: case_meeting, escalateTo: case_meeting, notify: [wmo] }
`,
    );
    const { code, lines } = await simulate(file, "--start", "2027-04-23", "--event", "new_incident@2027-05-10");
    expect(code).toBe(0);
    expect(line(lines, "Mon 2027-05-10 08:30  event")).toContain(
      'Nieuw incident [goes to "Casusoverleg"; level "Casusoverleg met alle partijen"; tells Wmo-loket]',
    );
    // The plan (due 24 May) is cut short; the case meeting runs again: 5 working days without Whit Monday.
    expect(lines.some((l) => l.startsWith("Mon 2027-05-24 17:00  deadline"))).toBe(false);
    expect(line(lines, "Mon 2027-05-10 08:30  step")).toContain(
      "Casusoverleg, due Tue 2027-05-18 17:00 (skips Tweede pinksterdag 2027-05-17)",
    );
    expect(line(lines, "Tue 2027-05-18 17:00  step")).toContain(
      "Plan van aanpak vastgesteld, due Tue 2027-06-01 17:00",
    );
    expect(lines.at(-1)).toMatch(/^Tue 2027-06-01 17:00 {2}end/);
  });
});
