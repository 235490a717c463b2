// `npm run flow -- simulate` for every shipped flow from one start, Monday 19 April 2027, so each timeline crosses
// the same Dutch holidays: King's Day Tuesday 27 April, Ascension Thursday 6 May, Whit Monday 17 May (Easter was
// 28 March). Every pinned line is worked out by hand in the comment above it. A deadline falls at 17:00; a ladder
// rung is due N working days after it and goes out at the next working moment (08:30), as the sweep sends it.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/domain/calendar/working-calendar.ts";
import { runFlowCli } from "../../src/infra/flow-tools/flow-cli.ts";

const calendar = createWorkingCalendar({ zone: "Europe/Amsterdam", workdayStart: "08:30", workdayEnd: "17:00" });
const PINNED = ["dreigende-huisuitzetting", "overlast", "tweede-kans", "uitstroom", "vroegsignalering"];
/** Pinned in test/infra/flow-simulate-last-chance.test.ts, from their own start dates. */
const PINNED_ELSEWHERE = ["laatste-gesprek", "laatste-kans"];

async function simulate(flow: string, ...args: string[]): Promise<string[]> {
  const lines: string[] = [];
  const all = ["simulate", `flows/${flow}.yaml`, "--start", "2027-04-19", ...args];
  const code = await runFlowCli({ args: all, flowsDir: "flows", calendar, out: (l) => lines.push(l) });
  expect(code).toBe(0);
  return lines;
}

describe("the simulator's timeline of every shipped flow", () => {
  it("has a pinned timeline for each flow in flows/", () => {
    const shipped = readdirSync("flows").filter((f) => f.endsWith(".yaml"));
    expect(shipped.map((f) => f.replace(/\.yaml$/, "")).sort()).toEqual([...PINNED, ...PINNED_ELSEWHERE].sort());
  });

  it("overlast", async () => {
    const lines = await simulate("overlast");
    expect(lines).toEqual(
      expect.arrayContaining([
        // 1 working day: Tuesday 20 April. Then 2: Wednesday 21, Thursday 22.
        "Mon 2027-04-19 08:30  step       Ontvangst bevestigen, due Tue 2027-04-20 17:00 [owner: every party]",
        "Tue 2027-04-20 17:00  step       Eerste contact en terugkoppeling aan melder, due Thu 2027-04-22 17:00 " +
          "[owner: Zorgaanbieder]",
        // 5 working days from Thursday 22 April: 23, 26, (27 King's Day), 28, 29, 30.
        "Thu 2027-04-22 17:00  step       Casusoverleg, due Fri 2027-04-30 17:00 (skips Koningsdag 2027-04-27) " +
          "[owner: Wmo-loket]",
        // Ladder 0/1/2/3: Friday 30 17:00 goes out Monday 3 May; +1 Monday 3 → Tuesday 4; +2 Tuesday 4 → Wednesday 5;
        // +3 Wednesday 5 → Ascension Thursday 6 → Friday 7 May.
        "Fri 2027-04-30 17:00  deadline   Casusoverleg; if missed: owner Mon 2027-05-03 08:30, deputy Tue 2027-05-04 " +
          "08:30, coordinator Wed 2027-05-05 08:30, organisation (Zorg- en Veiligheidshuis) Fri 2027-05-07 08:30",
        // 10 working days from Friday 30 April: 3, 4, 5, (6), 7, 10, 11, 12, 13, 14, (17), 18.
        "Fri 2027-04-30 17:00  step       Plan van aanpak vastgesteld, due Tue 2027-05-18 17:00 " +
          "(skips Hemelvaartsdag 2027-05-06, Tweede pinksterdag 2027-05-17) [owner: Woningcorporatie]",
      ]),
    );
  });

  it("dreigende huisuitzetting", async () => {
    const lines = await simulate("dreigende-huisuitzetting");
    expect(lines).toEqual(
      expect.arrayContaining([
        // 10 working days: 20, 21, 22, 23, 26, (27), 28, 29, 30, 3 May, 4 May.
        "Mon 2027-04-19 08:30  step       Aanmaning en contactpoging corporatie, due Tue 2027-05-04 17:00 " +
          "(skips Koningsdag 2027-04-27) [owner: Woningcorporatie]",
        // 3 working days from Tuesday 4 May: 5, (6 Ascension), 7, 10.
        "Tue 2027-05-04 17:00  step       Vroegsignaal aan de gemeente, due Mon 2027-05-10 17:00 " +
          "(skips Hemelvaartsdag 2027-05-06) [owner: Woningcorporatie]",
        // 3 working days: 11, 12, 13. Ladder 0/1/2: Thursday 13 17:00 → Friday 14; +1 Friday 14 17:00 → Whit
        // Monday 17 → Tuesday 18; +2 Tuesday 18 17:00 → Wednesday 19.
        "Thu 2027-05-13 17:00  deadline   Contact en hulpaanbod gemeente; if missed: owner Fri 2027-05-14 08:30, " +
          "deputy Tue 2027-05-18 08:30, coordinator Wed 2027-05-19 08:30",
        // 5 working days: 14, (17), 18, 19, 20, 21.
        "Thu 2027-05-13 17:00  step       Terugkoppeling aan de corporatie, due Fri 2027-05-21 17:00 " +
          "(skips Tweede pinksterdag 2027-05-17) [owner: Gemeente (Wmo en schuldhulp)]",
      ]),
    );
  });

  it("tweede kans", async () => {
    const lines = await simulate("tweede-kans");
    expect(lines).toEqual(
      expect.arrayContaining([
        // 10 working days from Wednesday 21 April: 22, 23, 26, (27), 28, 29, 30, 3, 4, 5, (6), 7 May.
        "Wed 2027-04-21 17:00  step       Advies van elke partij, due Fri 2027-05-07 17:00 (skips Koningsdag " +
          "2027-04-27, Hemelvaartsdag 2027-05-06) [owner: every party; decision (unanimous): assumed granted]",
        // Ladder 0/2/4: Friday 7 May 17:00 → Monday 10; +2 (10, 11) → Wednesday 12; +4 (10-13) → Friday 14.
        "Fri 2027-05-07 17:00  deadline   Advies van elke partij; if missed: owner Mon 2027-05-10 08:30, " +
          "deputy Wed 2027-05-12 08:30, coordinator Fri 2027-05-14 08:30",
        // 10 working days: 10-14, (17), 18-21, 24 May. The trial runs 24 months: Thursday 24 May 2029.
        "Fri 2027-05-07 17:00  step       Voorwaarden vastleggen, due Mon 2027-05-24 17:00 " +
          "(skips Tweede pinksterdag 2027-05-17) [owner: Woningcorporatie]",
        // Four moments in the first year, every 3 months from 24 May 2027: 24 August (Tuesday).
        "Tue 2027-08-24 17:00  evaluation Proefperiode met evaluaties #1; if missed: owner Wed 2027-08-25 08:30, " +
          "deputy Fri 2027-08-27 08:30, coordinator Tue 2027-08-31 08:30",
        // The fourth, Wednesday 24 May 2028, the eve of Ascension (Thursday 25 May 2028: Easter was 16 April):
        // owner Friday 26; +2 (26, 29) → Tuesday 30; +4 (26, 29, 30, 31) → Thursday 1 June.
        "Wed 2028-05-24 17:00  evaluation Proefperiode met evaluaties #4; if missed: owner Fri 2028-05-26 08:30, " +
          "deputy Tue 2028-05-30 08:30, coordinator Thu 2028-06-01 08:30",
        // Then every 6 months until the trial's end: Friday 24 November 2028, Thursday 24 May 2029.
        "Fri 2028-11-24 17:00  evaluation Proefperiode met evaluaties #5; if missed: owner Mon 2028-11-27 08:30, " +
          "deputy Wed 2028-11-29 08:30, coordinator Fri 2028-12-01 08:30",
        "Thu 2029-05-24 17:00  evaluation Proefperiode met evaluaties #6; if missed: owner Fri 2029-05-25 08:30, " +
          "deputy Tue 2029-05-29 08:30, coordinator Thu 2029-05-31 08:30",
      ]),
    );
  });

  it("uitstroom, the key handed over on Tuesday 1 June", async () => {
    const lines = await simulate("uitstroom", "--date", "key_handover=2027-06-01");
    expect(lines).toEqual(
      expect.arrayContaining([
        // Ladder 0/2/4 on Wednesday 21 April: Thursday 22; +2 (22, 23) → Monday 26; +4 (22, 23, 26, 28) → Thursday 29.
        "Wed 2027-04-21 17:00  deadline   Aanmelding ontvangen; if missed: owner Thu 2027-04-22 08:30, " +
          "deputy Mon 2027-04-26 08:30, coordinator Thu 2027-04-29 08:30",
        // 20 working days from Wednesday 21 April, skipping 27 April, 6 and 17 May: Monday 24 May.
        "Wed 2027-04-21 17:00  step       Minimale voorwaarden voor uitstroom vastgesteld, due Mon 2027-05-24 17:00 " +
          "(skips Koningsdag 2027-04-27, Hemelvaartsdag 2027-05-06, Tweede pinksterdag 2027-05-17) " +
          "[owner: Zorgaanbieder (begeleiding)]",
        // 5 working days before Tuesday 1 June: 31, 28, 27, 26, 25 May.
        "Mon 2027-05-24 17:00  step       Financiële afspraken (eerste huur, uitkering, postadres, bewindvoering), " +
          "due Tue 2027-05-25 17:00 [owner: Gemeente (Wmo en inkomen)]",
        // 10 working days after Tuesday 1 June: 2, 3, 4, 7-11, 14, 15 June.
        "Tue 2027-05-25 17:00  step       Warme overdracht naar de wijk, due Tue 2027-06-15 17:00 " +
          "[owner: Zorgaanbieder (begeleiding)]",
        // Four moments in the year from 15 June 2027, every 3 months: Wednesday 15 September; ladder 0/2/4:
        // Thursday 16; +2 (16, 17) → Monday 20; +4 (16, 17, 20, 21) → Wednesday 22.
        "Wed 2027-09-15 17:00  evaluation Gezamenlijke evaluaties eerste jaar #1; if missed: owner Thu 2027-09-16 " +
          "08:30, deputy Mon 2027-09-20 08:30, coordinator Wed 2027-09-22 08:30",
        "Wed 2027-12-15 17:00  evaluation Gezamenlijke evaluaties eerste jaar #2; if missed: owner Thu 2027-12-16 " +
          "08:30, deputy Mon 2027-12-20 08:30, coordinator Wed 2027-12-22 08:30",
        "Thu 2028-06-15 17:00  evaluation Gezamenlijke evaluaties eerste jaar #4; if missed: owner Fri 2028-06-16 " +
          "08:30, deputy Tue 2028-06-20 08:30, coordinator Thu 2028-06-22 08:30",
      ]),
    );
  });

  it("vroegsignalering", async () => {
    const lines = await simulate("vroegsignalering");
    expect(lines).toEqual(
      expect.arrayContaining([
        // 3 working days: 20, 21, 22. Ladder 0/1/3: Friday 23; +1 Friday 23 → Monday 26; +3 (23, 26, 28) → Thursday 29.
        "Thu 2027-04-22 17:00  deadline   Signaal beoordelen; if missed: owner Fri 2027-04-23 08:30, " +
          "deputy Mon 2027-04-26 08:30, coordinator Thu 2027-04-29 08:30",
        // 5 working days: 23, 26, (27), 28, 29, 30.
        "Thu 2027-04-22 17:00  step       Contactpoging 1: brief met hulpaanbod, due Fri 2027-04-30 17:00 " +
          "(skips Koningsdag 2027-04-27) [owner: Gemeente (team vroegsignalering)]",
        // 5 working days: 3, 4, 5, (6), 7, 10 May.
        "Fri 2027-04-30 17:00  step       Contactpoging 2: telefoon, due Mon 2027-05-10 17:00 " +
          "(skips Hemelvaartsdag 2027-05-06) [owner: Gemeente (team vroegsignalering)]",
        // 10 working days: 11-14, (17), 18-21, 24, 25 May.
        "Mon 2027-05-10 17:00  step       Contactpoging 3: huisbezoek (outreachend), due Tue 2027-05-25 17:00 " +
          "(skips Tweede pinksterdag 2027-05-17) [owner: Gemeente (team vroegsignalering)]",
        // 5 working days: 26, 27, 28, 31 May, 1 June.
        "Tue 2027-05-25 17:00  step       Terugkoppeling aan de corporatie, due Tue 2027-06-01 17:00 " +
          "[owner: Gemeente (team vroegsignalering)]",
      ]),
    );
  });
});
