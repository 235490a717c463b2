// Absence through the console API: while a contact is away the deputy is routed, reminded and named on the
// card; after the last day the contact is reminded again. Rights and Dutch date errors of /schakel afwezig.
import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { caseDriver } from "../support/case-driver.ts";
import { REPORT_BERGEN_OP_ZOOM } from "../support/fixtures.ts";
import { appsPerTest } from "../support/test-app.ts";

const amsterdam = (iso: string) => DateTime.fromISO(iso, { zone: "Europe/Amsterdam" }).toJSDate();
const start = appsPerTest();

async function open() {
  const app = await start();
  const drive = caseDriver(app.url);
  const say = async (as: string, text: string) => {
    const response = await drive.api.command(as, "/schakel", text);
    return { status: response.status, text: (response.body.message?.text ?? response.body.error ?? "") as string };
  };
  const report = async () => (await drive.report("femke-de-wit", "/overlast", REPORT_BERGEN_OP_ZOOM)).caseRef as string;
  const dmsAbout = async (personId: string, needle: string) =>
    (await drive.dm(personId)).filter((text) => text.includes(needle));
  return { app, drive, say, report, dmsAbout };
}

/** Moves the console's simulated clock; the console runs the deadline sweep and delivers at once. */
async function advance(drive: ReturnType<typeof caseDriver>, workingDays: number, expected: string) {
  const moved = await drive.api.advance({ workingDays });
  expect(moved.body.now.slice(0, 16)).toBe(amsterdam(expected).toISOString().slice(0, 16));
}

describe("an absent contact", () => {
  it("is replaced by the deputy for routing, reminders and on the card while away", async () => {
    const { drive, say, report, dmsAbout } = await open();
    const recorded = await say("anouk-jansen", "afwezig 23-11-2026 25-11-2026");
    expect(recorded.status).toBe(200);
    expect(recorded.text).toContain("Afwezigheid vastgelegd voor Anouk Jansen: ma 23 nov 2026 t/m wo 25 nov 2026.");
    expect(recorded.text).toContain("Woonstichting Woonhaven, Bergen op Zoom: waarnemend Bram de Vries");
    expect((await drive.api.messages("wbw-coordinatoren")).map((m) => m.text)).toContain(
      "Afwezigheid vastgelegd: Anouk Jansen (Woonstichting Woonhaven) van ma 23 nov 2026 t/m wo 25 nov 2026, door Anouk Jansen.",
    );
    expect(
      await dmsAbout("bram-de-vries", "Je neemt van ma 23 nov 2026 t/m wo 25 nov 2026 waar voor Anouk Jansen"),
    ).toHaveLength(1);

    const reference = await report();
    expect(await dmsAbout("anouk-jansen", reference)).toEqual([]);
    expect((await dmsAbout("bram-de-vries", reference))[0]).toContain(
      "De vaste contactpersoon van Woonstichting Woonhaven is afwezig en jij neemt waar.",
    );
    expect(await drive.field(reference, "Waarnemend")).toBe("Bram de Vries (Anouk Jansen afwezig t/m wo 25 nov)");

    // The acknowledgement deadline (Tue 17:00) has passed; Anouk is still away.
    await advance(drive, 2, "2026-11-25T10:00");
    expect((await dmsAbout("bram-de-vries", `bij melding ${reference}`))[0]).toContain(
      "Je neemt waar voor de afwezige contactpersoon van Woonstichting Woonhaven. Herinnering",
    );
    expect(await dmsAbout("anouk-jansen", reference)).toEqual([]);
    expect(await drive.thread(reference)).toContain(
      "Termijn verstreken voor ‘Ontvangst bevestigen’ van Woonstichting Woonhaven: waarnemend contactpersoon herinnerd.",
    );
  });

  it("is reminded again once the last day has passed, without anything having to end the absence", async () => {
    const { drive, say, report, dmsAbout } = await open();
    expect((await say("anouk-jansen", "afwezig 23-11-2026 25-11-2026")).status).toBe(200);
    await advance(drive, 2, "2026-11-25T10:00");
    const reference = await report(); // routed during the absence; its deadline (Thu 17:00) falls after it
    expect(await dmsAbout("anouk-jansen", reference)).toEqual([]);
    await advance(drive, 2, "2026-11-27T10:00");
    const reminded = await dmsAbout("anouk-jansen", `bij melding ${reference}`);
    expect(reminded).toHaveLength(1);
    expect(reminded[0]).toMatch(/^Herinnering: ‘Ontvangst bevestigen’ bij melding/);
    expect(await dmsAbout("bram-de-vries", `Herinnering: ‘Ontvangst bevestigen’ bij melding ${reference}`)).toEqual([]);
    expect(await drive.field(reference, "Waarnemend")).toBeUndefined();
  });

  it("goes up to the coordinators when the deputy is away too, never dropped", async () => {
    const { drive, say, report, dmsAbout } = await open();
    expect((await say("yvonne-maas", "afwezig anouk-jansen 23-11-2026 27-11-2026")).status).toBe(200);
    expect((await say("yvonne-maas", "afwezig Bram de Vries 23-11-2026 24-11-2026")).status).toBe(200);
    const reference = await report();
    expect(await dmsAbout("anouk-jansen", reference)).toEqual([]);
    expect(await dmsAbout("bram-de-vries", reference)).toEqual([]);
    expect((await dmsAbout("yvonne-maas", reference))[0]).toContain(
      "voor Woonstichting Woonhaven is nu niemand aanwezig",
    );
    expect(
      (await drive.api.messages("wbw-coordinatoren")).some((m) =>
        m.text.includes(`Melding ${reference} (Bergen op Zoom): voor Woonstichting Woonhaven is nu niemand aanwezig`),
      ),
    ).toBe(true);
    expect(await drive.field(reference, "Waarnemend")).toBe(
      "coördinator (Anouk Jansen afwezig t/m vr 27 nov, Bram de Vries afwezig t/m di 24 nov)",
    );
  });
});

describe("/schakel afwezig", () => {
  it("lets only a coordinator of the region record or end an absence for someone else, and audits it", async () => {
    const { drive, say } = await open();
    const refused = await say("femke-de-wit", "afwezig anouk-jansen 1-12-2026 4-12-2026");
    expect(refused.status).toBe(403);
    expect(refused.text).toBe(
      "Alleen een coördinator van de regio kan een afwezigheid voor iemand anders vastleggen of beëindigen. Er is niets gewijzigd.",
    );
    expect((await say("yvonne-maas", "afwezig")).text).toBe(
      "Er staan geen lopende of geplande afwezigheden die jij kunt zien.",
    );

    expect((await say("yvonne-maas", "afwezig umay yilmaz 1-12-2026 4-12-2026")).text).toContain(
      "Afwezigheid vastgelegd voor Umay Yılmaz",
    );
    expect((await say("yvonne-maas", "afwezig Anouk Jansen 2026-12-07 2026-12-11")).status).toBe(200);
    expect(
      (await drive.dm("anouk-jansen")).some((t) =>
        t.startsWith("Yvonne Maas heeft afwezigheid voor je vastgelegd: ma 7 dec 2026 t/m vr 11 dec 2026."),
      ),
    ).toBe(true);
    expect((await say("yvonne-maas", "afwezig")).text).toBe(
      [
        "Afwezigheden, nu en gepland:",
        "• Umay Yılmaz: di 1 dec 2026 t/m vr 4 dec 2026",
        "• Anouk Jansen: ma 7 dec 2026 t/m vr 11 dec 2026",
      ].join("\n"),
    );
    expect((await say("bram-de-vries", "afwezig")).text).toContain("• Anouk Jansen: ma 7 dec 2026 t/m vr 11 dec 2026");
    expect((await say("femke-de-wit", "afwezig")).text).toBe(
      "Er staan geen lopende of geplande afwezigheden die jij kunt zien.",
    );

    expect((await say("femke-de-wit", "afwezig stop anouk-jansen")).status).toBe(403);
    const ended = await say("yvonne-maas", "afwezig stop anouk-jansen@demo.schakel.nl");
    expect(ended.text).toBe(
      "Afwezigheid van Anouk Jansen (ma 7 dec 2026 t/m vr 11 dec 2026) is beëindigd. Berichten gaan weer naar Anouk Jansen.",
    );
    expect((await say("yvonne-maas", "afwezig stop anouk-jansen")).text).toBe(
      "Anouk Jansen heeft geen lopende of geplande afwezigheid.",
    );
    expect((await drive.api.messages("wbw-coordinatoren")).map((m) => m.text)).toContain(
      "Afwezigheid beëindigd: Anouk Jansen (Woonstichting Woonhaven), gepland ma 7 dec 2026 t/m vr 11 dec 2026, door Yvonne Maas.",
    );
  });

  it("answers bad dates, overlaps and unknown people with a Dutch sentence and records nothing", async () => {
    const { say } = await open();
    const cases: [string, number, string][] = [
      [
        "afwezig 31-2-2027 3-3-2027",
        422,
        "‘31-2-2027’ is geen geldige datum. Schrijf de datum als d-m-jjjj (bijvoorbeeld 4-12-2026) of jjjj-mm-dd. Er is niets vastgelegd.",
      ],
      ["afwezig morgen 4-12-2026", 422, "‘morgen’ is geen geldige datum."],
      [
        "afwezig 4-12-2026 1-12-2026",
        422,
        "De einddatum 1-12-2026 ligt vóór de begindatum 4-12-2026. Er is niets vastgelegd.",
      ],
      ["afwezig 20-11-2026 25-11-2026", 422, "De begindatum 20-11-2026 ligt in het verleden."],
      ["afwezig 1-12-2026 1-12-2027", 422, "Een afwezigheid duurt hoogstens een jaar"],
      ["afwezig 1-12-2026", 200, "Gebruik: /schakel afwezig <van> <tot>"],
    ];
    for (const [text, status, answer] of cases) {
      const reply = await say("anouk-jansen", text);
      expect(reply.status, text).toBe(status);
      expect(reply.text, text).toContain(answer);
    }
    expect((await say("anouk-jansen", "afwezig")).text).toBe(
      "Er staan geen lopende of geplande afwezigheden die jij kunt zien.",
    );
    expect((await say("anouk-jansen", "afwezig 01-12-2026 04-12-2026")).status).toBe(200);
    const overlap = await say("anouk-jansen", "afwezig 2026-12-04 2026-12-08");
    expect(overlap.status).toBe(409);
    expect(overlap.text).toContain(
      "Anouk Jansen staat al afwezig van di 1 dec 2026 t/m vr 4 dec 2026, en dat overlapt.",
    );
    const unknown = await say("yvonne-maas", "afwezig Jan Modaal 1-12-2026 2-12-2026");
    expect(unknown.status).toBe(404);
    expect(unknown.text).toBe(
      "Ik ken niemand die ‘Jan Modaal’ heet. Gebruik de id, de naam of het e-mailadres uit het rooster.",
    );
  });
});
