// `/schakel extern` refused and listed the way a party sees it on any platform: the usage for a half command, an
// unknown case, role or participant, a flow without roles, a party that may not add the role, a missing name,
// recording on behalf before the role's step is open, and someone not on the case; nothing is added or removed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/app/context.ts";
import { runCommand } from "../../src/app/interactions/run-command.ts";
import { reportCase } from "../../src/app/report-case.ts";
import { reportOverlast } from "../support/fixtures.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const hanna: Actor = { personId: "hanna-visser", platform: "local" };
const anouk: Actor = { personId: "anouk-jansen", platform: "local" };
const eva: Actor = { personId: "eva-bakker", platform: "local" };
const OUTFLOW = {
  municipality: "bergen-op-zoom",
  care_provider: "zorggroep-kompas",
  corporation: "woonhaven",
  leaving: "bw",
  under_27: false,
  legal_basis: "consent",
  resident_name: "Extern Weigering",
  address: "Nieuwstraat 8",
};

let app: TestApp;
let outflow = "";
beforeAll(async () => {
  app = await startTestApp();
  const reported = await reportCase({ ctx: app.ctx, actor: hanna, flowId: "uitstroom", values: OUTFLOW });
  if (!reported.ok) throw new Error(JSON.stringify(reported.errors));
  outflow = reported.reference;
});
afterAll(async () => app?.close());

const extern = async (actor: Actor, text: string) => {
  const result = await runCommand({ ctx: app.ctx, actor, command: "/schakel", text: `extern ${text}`.trim() });
  if (result.kind === "error") return result.error;
  if (result.kind === "done") return result.text;
  return result.kind === "message" ? result.message.text : result.kind;
};
const externalEvents = async () => {
  const c = await app.ctx.store.read.caseByReference(outflow);
  return (await app.ctx.store.read.events(c?.id ?? "")).filter((e) => e.type.startsWith("external.")).length;
};

describe("external participants refused", () => {
  it("explains the command when the reference or the verb is missing or unknown", async () => {
    for (const text of ["", `${outflow} uitnodigen wijkteam Piet`])
      expect(await extern(hanna, text)).toMatch(/^Gebruik: \/schakel extern <referentie>/);
  });

  it("lists nobody yet, and refuses the list to someone who is not on the case", async () => {
    expect(await extern(hanna, outflow)).toBe(`Bij ${outflow} doen geen externe deelnemers mee.`);
    expect(await extern(eva, outflow)).toMatch(/^Je bent geen vaste contactpersoon/);
  });

  it("names an unknown case, a flow without roles and an unknown role with the roles to choose from", async () => {
    expect(await extern(hanna, "US-2026-9999 toevoegen wijkteam Piet")).toBe("Melding US-2026-9999 is niet gevonden.");
    const overlast = (await reportOverlast(app.ctx)).reference;
    expect(await extern(anouk, `${overlast} toevoegen wijkteam Piet`)).toBe(
      `Het protocol van ${overlast} kent geen externe deelnemers.`,
    );
    expect(await extern(hanna, `${outflow} toevoegen buurman Piet`)).toBe(
      "Onbekende rol ‘buurman’. Kies uit: neighbourhood_team.",
    );
    expect(await externalEvents()).toBe(0);
  });

  it("refuses a party that may not add the role, and an addition without a name", async () => {
    expect(await extern(anouk, `${outflow} toevoegen neighbourhood_team Piet`)).toBe(
      "Alleen de contactpersonen van Zorgaanbieder (begeleiding), Gemeente (Wmo en inkomen) kunnen een " +
        "Wijkteammedewerker toevoegen of verwijderen.",
    );
    expect(await extern(hanna, `${outflow} toevoegen neighbourhood_team`)).toBe(
      "Vul de naam van de externe deelnemer in (na de rol).",
    );
    expect(await externalEvents()).toBe(0);
  });

  it("refuses an unknown participant, and recording on behalf before the role's step is open", async () => {
    expect(await extern(hanna, `${outflow} verwijderen E7`)).toBe(
      `Bij ${outflow} is geen (actieve) externe deelnemer E7.`,
    );
    expect(await extern(hanna, `${outflow} toevoegen neighbourhood_team Piet Wijk; 06-12345678`)).toContain(
      `Wijkteammedewerker toegevoegd aan ${outflow} als E1.`,
    );
    expect(await extern(hanna, `${outflow} namens E1 kennisgemaakt`)).toBe(
      `Voor Wijkteammedewerker staat bij ${outflow} nu geen stap open.`,
    );
    expect(await extern(eva, `${outflow} namens E1 kennisgemaakt`)).toMatch(/^Je bent geen vaste contactpersoon/);
    expect(await extern(hanna, `${outflow} namens E9`)).toBe(`Bij ${outflow} is geen (actieve) externe deelnemer E9.`);
    expect(await extern(hanna, `${outflow} verwijderen E1`)).toContain("de toegang is direct beëindigd");
    expect(await extern(hanna, outflow)).toMatch(
      /^Externe deelnemers bij .*\nE1 Wijkteammedewerker, .*\(verwijderd\)$/,
    );
    expect(await extern(hanna, `${outflow} verwijderen E1`)).toBe(
      `Bij ${outflow} is geen (actieve) externe deelnemer E1.`,
    );
  });
});
