// Pinned simulator timelines of the two reviewer-drafted flows (laatste kans, laatste gesprek), checked by hand
// on the 2027 Dutch calendar (Easter Monday 29 March, King's Day 27 April): every line, so a change to the flow
// file or the engine that moves a deadline, a rung or the close shows up here.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/domain/calendar/working-calendar.ts";
import { runFlowCli } from "../../src/infra/flow-tools/flow-cli.ts";

const calendar = createWorkingCalendar({ zone: "Europe/Amsterdam", workdayStart: "08:30", workdayEnd: "17:00" });
async function simulate(...args: string[]): Promise<string[]> {
  const lines: string[] = [];
  const code = await runFlowCli({
    args: ["simulate", ...args],
    flowsDir: "flows",
    calendar,
    out: (l) => lines.push(l),
  });
  expect(code).toBe(0);
  return lines.join("\n").split("\n");
}

describe("laatste kans from Monday 1 March 2027: a breach on 14 September, a red card on 1 February 2028", () => {
  it("plans the agreement at the end of next month, evaluations every 3 months, closes on a red card", async () => {
    const args = ["flows/laatste-kans.yaml", "--start", "2027-03-01", "--event", "breach@2027-09-14"];
    expect(await simulate(...args, "--event", "red_card@2028-02-01")).toEqual([
      'Simulation of "Laatstekanstraject" (laatste_kans, version 1) from Mon 2027-03-01 08:30, ' + "Europe/Amsterdam",
      "Each step is assumed done on its deadline unless an --event says otherwise; decisions are " + "assumed granted.",
      "",
      "Mon 2027-03-01 08:30  step       Aanmelding ontvangen, due Thu 2027-03-04 17:00 [owner: " + "every party]",
      "Thu 2027-03-04 17:00  deadline   Aanmelding ontvangen; if missed: owner Fri 2027-03-05 " +
        "08:30, deputy Tue 2027-03-09 08:30, coordinator Thu 2027-03-11 08:30",
      "Thu 2027-03-04 17:00  step       Driepartijenovereenkomst getekend, due Fri 2027-04-30 " +
        "17:00 (skips Tweede paasdag 2027-03-29, Koningsdag 2027-04-27) [owner: Woningcorporatie]",
      "Fri 2027-04-30 17:00  deadline   Driepartijenovereenkomst getekend; if missed: owner Mon " +
        "2027-05-03 08:30, deputy Wed 2027-05-05 08:30, coordinator Mon 2027-05-10 08:30",
      "Fri 2027-04-30 17:00  step       Traject met evaluaties, due Tue 2030-04-30 17:00 (skips " +
        "Hemelvaartsdag 2027-05-06, Tweede pinksterdag 2027-05-17, Tweede paasdag 2028-04-17 and 2 " +
        'more) [owner: every party; counts from the start until "Overeenkomst getekend" is entered]',
      "Fri 2027-07-30 17:00  evaluation Traject met evaluaties #1; if missed: owner Mon " +
        "2027-08-02 08:30, deputy Wed 2027-08-04 08:30, coordinator Fri 2027-08-06 08:30",
      'Tue 2027-09-14 08:30  event      Schending van afspraken [level "Stuurgroep laatste ' +
        'kans"; tells Gemeente; starts branch "Gele kaart"]',
      'Tue 2027-09-14 08:30  branch     Gele kaart [starts: case event "Schending van afspraken"]',
      "Tue 2027-09-14 08:30  step       Gesprek na schending, due Tue 2027-09-21 17:00 [owner: " + "Zorgaanbieder]",
      "Tue 2027-09-21 17:00  deadline   Gesprek na schending; if missed: owner Wed 2027-09-22 " +
        "08:30, deputy Fri 2027-09-24 08:30, coordinator Tue 2027-09-28 08:30",
      "Tue 2027-09-21 17:00  step       Schriftelijke laatste waarschuwing, due Tue 2027-09-28 " +
        "17:00 [owner: Woningcorporatie]",
      "Tue 2027-09-28 17:00  deadline   Schriftelijke laatste waarschuwing; if missed: owner Wed " +
        "2027-09-29 08:30, deputy Fri 2027-10-01 08:30, coordinator Tue 2027-10-05 08:30",
      "Tue 2027-09-28 17:00  branch     Gele kaart [every step done, outcome to record: " +
        "back_on_track | no_improvement]",
      "Mon 2027-11-01 17:00  evaluation Traject met evaluaties #2; if missed: owner Tue " +
        "2027-11-02 08:30, deputy Thu 2027-11-04 08:30, coordinator Mon 2027-11-08 08:30",
      "Mon 2028-01-31 17:00  evaluation Traject met evaluaties #3; if missed: owner Tue " +
        "2028-02-01 08:30, deputy Thu 2028-02-03 08:30, coordinator Mon 2028-02-07 08:30",
      "Tue 2028-02-01 08:30  event      Rode kaart [tells Gemeente, Zorgaanbieder; closes the " +
        'case with "Traject beëindigd na rode kaart"]',
      'Tue 2028-02-01 08:30  end        the case closes with "Traject beëindigd na rode kaart"',
    ]);
  });
});

describe("laatste gesprek: ruling Monday 1 March 2027, eviction Thursday 29 April, paid in full on 26 April", () => {
  it("invites in 5 working days, meets 5 before the eviction (past King's Day) and closes when paid", async () => {
    const dates = ["--date", "ruling=2027-03-01", "--date", "eviction=2027-04-29"];
    const args = ["flows/laatste-gesprek.yaml", "--start", "2027-03-01", ...dates];
    expect(await simulate(...args, "--event", "paid_in_full@2027-04-26")).toEqual([
      'Simulation of "Laatste gesprek na vonnis" (laatste_gesprek, version 1) from Mon ' +
        "2027-03-01 08:30, Europe/Amsterdam",
      "Each step is assumed done on its deadline unless an --event says otherwise; decisions are " + "assumed granted.",
      "",
      "Mon 2027-03-01 08:30  step       Uitnodiging laatste gesprek, due Mon 2027-03-08 17:00 " + "[owner: Gemeente]",
      "Mon 2027-03-01 12:00  date       Vonnis",
      "Mon 2027-03-08 17:00  deadline   Uitnodiging laatste gesprek; if missed: owner Tue " +
        "2027-03-09 08:30, deputy Wed 2027-03-10 08:30, coordinator Thu 2027-03-11 08:30",
      "Mon 2027-03-08 17:00  step       Laatste gesprek, due Wed 2027-04-21 17:00 (skips Tweede " +
        "paasdag 2027-03-29) [owner: Gemeente]",
      "Wed 2027-04-14 08:30  notice     Aangekondigde ontruiming [to Gemeente]",
      "Wed 2027-04-21 17:00  deadline   Laatste gesprek; if missed: owner Thu 2027-04-22 08:30, " +
        "deputy Fri 2027-04-23 08:30, coordinator Mon 2027-04-26 08:30",
      "Wed 2027-04-21 17:00  step       Deurwaarder bevestigt doorgang of opschorting, due Wed " +
        "2027-04-28 17:00 (skips Koningsdag 2027-04-27) [owner: Woningcorporatie]",
      "Mon 2027-04-26 08:30  event      Achterstand volledig betaald [tells Gemeente; closes the " +
        'case with "Ontruiming opgeschort of afgeblazen"]',
      'Mon 2027-04-26 08:30  end        the case closes with "Ontruiming opgeschort of ' + 'afgeblazen"',
    ]);
  });
});

describe('"in month M" shows the day its window opens', () => {
  it("prints vanaf the first day of that month, and the deadline its last working day", async () => {
    const from = '    deadline: { amount: 5, unit: workingDays, from: "date:ruling" }';
    const text = readFileSync("flows/laatste-gesprek.yaml", "utf8");
    expect(text).toContain(from);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "in-month-")), "in-month.yaml");
    writeFileSync(file, text.replace(from, '    deadline: { month: 1, from: "date:ruling" }'));
    const lines = await simulate(file, "--start", "2027-03-01", "--date", "ruling=2027-03-01");
    expect(lines).toContain(
      "Mon 2027-03-01 08:30  step       Uitnodiging laatste gesprek, due Fri 2027-04-30 17:00 (skips Tweede paasdag " +
        "2027-03-29, Koningsdag 2027-04-27) [owner: Gemeente; vanaf 2027-04-01: the window opens then (no reminder " +
        "before the deadline)]",
    );
  });
});
