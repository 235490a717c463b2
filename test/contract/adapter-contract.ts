// The shared adapter contract: the behaviours every chat adapter (console, Slack, Teams) must show a user.
// Each adapter supplies a driver that does what a person would do on that platform.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

export interface ContractDriver {
  /** Opens the overlast report form as this person; returns the field ids it shows. */
  openReportForm(as: string): Promise<string[]>;
  submitReport(
    as: string,
    values: Record<string, string>,
  ): Promise<{ ok: true; reference: string } | { ok: false; errors: Record<string, string> }>;
  /** The visible text of the case card in the shared channel (null when there is none). */
  channelCardText(reference: string): Promise<string | null>;
  /** Everything sent to this person in private messages. */
  directText(personId: string): Promise<string>;
  /** Presses a button on the channel card as this person; `values` answer the form the button opens. */
  press(
    as: string,
    reference: string,
    actionId: string,
    values?: Record<string, string>,
  ): Promise<{ ok: boolean; error?: string; privateText?: string }>;
  /** Every message the platform received from the bot, in any channel or DM, cards included. */
  everythingPosted(): Promise<string>;
  close(): Promise<void>;
}

export const PLANTED = {
  resident_name: "Contract Planted Naam",
  address: "Contractplantstraat 9",
  date_of_birth: "1958-07-02",
  incident_date: "2026-11-20",
  description: "CONTRACT-PLANTED omschrijving",
};
const REASON = "CONTRACT-PLANTED reden";

export const VALID_REPORT: Record<string, string> = {
  municipality: "roosendaal",
  corporation: "wonen-aan-de-vliet",
  care_provider: "zorggroep-kompas",
  category: "threats",
  triage: "deliberate",
  urgency: "normal",
  legal_basis: "consent",
  ...PLANTED,
};

/** Demo people: the reporter, the routed contacts in Roosendaal, and a stranger to this case. */
export const PEOPLE = {
  reporter: "eva-bakker",
  corporation: "eva-bakker",
  care: "joris-de-bruijn",
  wmo: "rob-van-gils",
  stranger: "anouk-jansen",
};

export function runAdapterContract(name: string, createDriver: () => Promise<ContractDriver>): void {
  describe(`adapter contract: ${name}`, () => {
    let driver: ContractDriver;
    let reference = "";
    beforeAll(async () => {
      driver = await createDriver();
    }, 120_000);
    afterAll(async () => driver?.close());

    it("opens the report form with the flow's fields", async () => {
      const fields = await driver.openReportForm(PEOPLE.reporter);
      expect(fields).toEqual(expect.arrayContaining(["municipality", "category", "resident_name", "description"]));
    });

    it("returns Dutch errors per field and creates nothing for an incomplete report", async () => {
      const result = await driver.submitReport(PEOPLE.reporter, { municipality: "roosendaal" });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors.resident_name).toBe("Vul dit veld in.");
        expect(result.errors.category).toBe("Vul dit veld in.");
      }
    });

    it("creates the case, posts its card and tells the three contacts", async () => {
      const result = await driver.submitReport(PEOPLE.reporter, VALID_REPORT);
      expect(result.ok).toBe(true);
      if (result.ok) reference = result.reference;
      expect(reference).toMatch(/^OV-\d{4}-\d{4}$/);
      expect(await driver.channelCardText(reference)).toContain("Roosendaal");
      for (const contact of [PEOPLE.care, PEOPLE.wmo]) expect(await driver.directText(contact)).toContain(reference);
    });

    it("updates the card when a routed contact acknowledges", async () => {
      const result = await driver.press(PEOPLE.care, reference, "case.acknowledge");
      expect(result.ok).toBe(true);
      expect(await driver.channelCardText(reference)).toMatch(/Bevestigd[^\n]*Zorggroep Kompas/);
    });

    it("refuses a stranger politely and changes nothing", async () => {
      const before = await driver.channelCardText(reference);
      const result = await driver.press(PEOPLE.stranger, reference, "case.acknowledge");
      expect(result.ok).toBe(false);
      expect(result.error).toMatch(/geen vaste contactpersoon/);
      expect(await driver.channelCardText(reference)).toBe(before);
    });

    it("escalates with a reason that stays out of the channel", async () => {
      const result = await driver.press(PEOPLE.wmo, reference, "case.escalate", { reason: REASON });
      expect(result.ok).toBe(true);
      expect(await driver.channelCardText(reference)).toContain("Casusoverleg met alle partijen");
    });

    it("shows the details privately to a routed contact only", async () => {
      const allowed = await driver.press(PEOPLE.wmo, reference, "case.details");
      expect(allowed.ok).toBe(true);
      expect(allowed.privateText).toContain(PLANTED.resident_name);
      const refused = await driver.press(PEOPLE.stranger, reference, "case.details");
      expect(refused.ok).toBe(false);
    });

    it("never posts a planted personal value or free text anywhere", async () => {
      const posted = await driver.everythingPosted();
      expect(posted).toContain(reference);
      for (const planted of [
        ...Object.values(PLANTED).filter((v) => v !== "2026-11-20"),
        REASON,
        "Contractplantstraat",
      ]) {
        expect(posted).not.toContain(planted);
      }
    });
  });
}
