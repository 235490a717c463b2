// `npm run flow -- simulate` for the two flows from public sources, with dates worked out by hand on the 2027
// Dutch calendar (Easter Monday 29 March, King's Day Tuesday 27 April). Reminders go out in working hours only.
import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../src/domain/calendar/working-calendar.ts";
import { runFlowCli } from "../../src/infra/flow-tools/flow-cli.ts";

const calendar = createWorkingCalendar({ zone: "Europe/Amsterdam", workdayStart: "08:30", workdayEnd: "17:00" });
async function simulate(...args: string[]): Promise<string> {
  const lines: string[] = [];
  const code = await runFlowCli({
    args: ["simulate", ...args],
    flowsDir: "flows",
    calendar,
    out: (l) => lines.push(l),
  });
  expect(code).toBe(0);
  return lines.join("\n");
}

describe("vroegsignalering from Monday 22 March 2027, the tenant reached on Tuesday 6 April", () => {
  it("plans the attempts on working days and cuts them short when contact is made", async () => {
    const text = await simulate(
      "flows/vroegsignalering.yaml",
      "--start",
      "2027-03-22",
      "--event",
      "contact_made@2027-04-06",
    );
    expect(text).toContain("Mon 2027-03-22 08:30  step       Signaal beoordelen, due Thu 2027-03-25 17:00");
    expect(text).toContain(
      "Thu 2027-03-25 17:00  step       Contactpoging 1: brief met hulpaanbod, due Fri 2027-04-02 17:00 " +
        "(skips Tweede paasdag 2027-03-29)",
    );
    expect(text).toContain(
      "Signaal beoordelen; if missed: owner Fri 2027-03-26 08:30, deputy Tue 2027-03-30 08:30, " +
        "coordinator Thu 2027-04-01 08:30",
    );
    expect(text).toContain("Fri 2027-04-02 17:00  step       Contactpoging 2: telefoon, due Fri 2027-04-09 17:00");
    expect(text).toContain("Tue 2027-04-06 08:30  event      Contact gelegd met de huurder");
    expect(text).toContain(
      "Tue 2027-04-06 08:30  step       Terugkoppeling aan de corporatie, due Tue 2027-04-13 17:00",
    );
    expect(text).not.toContain("Contactpoging 3");
  });
});

describe("uitstroom from Monday 1 March 2027, the key handed over on Thursday 15 April", () => {
  it("settles the finances 5 working days before the key, the warm handover 10 after, then four evaluations", async () => {
    const text = await simulate("flows/uitstroom.yaml", "--start", "2027-03-01", "--date", "key_handover=2027-04-15");
    expect(text).toContain(
      "Thu 2027-04-01 17:00  step       Financiële afspraken (eerste huur, uitkering, postadres, bewindvoering), " +
        "due Thu 2027-04-08 17:00",
    );
    expect(text).toContain(
      "Thu 2027-04-08 17:00  step       Warme overdracht naar de wijk, due Fri 2027-04-30 17:00 (skips Koningsdag 2027-04-27)",
    );
    expect(text).toContain("Fri 2027-07-30 17:00  evaluation Gezamenlijke evaluaties eerste jaar #1");
    expect(text).toContain("Mon 2027-11-01 17:00  evaluation Gezamenlijke evaluaties eerste jaar #2");
    expect(text).toContain("Mon 2028-05-01 17:00  evaluation Gezamenlijke evaluaties eerste jaar #4");
  });
});
