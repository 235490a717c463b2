// A Teams guest (a B2B guest of the tenant) as an external participant, through the Teams SDK against the fake
// connector: "extern <code>" in the personal chat redeems the invitation (in a channel, or by a roster person, it
// is refused and the code stays valid); the personal chat gets the case card of their role and hears when their
// step opens; its button completes the step, "gebeurtenis" records an event; a party's button, another case and
// anything after removal are refused, and nothing about another case reaches them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseDriver } from "../../support/case-driver.ts";
import { drainOutbox } from "../../support/drain-outbox.ts";
import { must } from "../../support/must.ts";
import {
  execute,
  inChannel,
  message,
  personal,
  personalConversation,
  teamsUser,
  type TeamsUser,
} from "./activities.ts";
import { adaptiveCardText, cardOf, executeActions } from "./card-text.ts";
import { startTeamsHarness, type TeamsHarness } from "./teams-harness.ts";
import { REPORT_OUTFLOW } from "../../support/fixtures.ts";

const CODE = /[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}/;
const GUEST = Object.assign(teamsUser("wijk-gast", "Wijk Gast", "wijk@wijkteam-boz.nl"), {
  userPrincipalName: "wijk_wijkteam-boz.nl#EXT#@wbw.onmicrosoft.com",
  userRole: "guest",
});

let h: TeamsHarness;
let drive: ReturnType<typeof caseDriver>;
beforeAll(async () => {
  h = await startTeamsHarness({ extraUsers: [GUEST] });
  drive = caseDriver(h.app.url);
});
afterAll(async () => h?.close());

const url = () => h.connector.url;
/** What the bot said in the guest's personal chat (text and card text), oldest first. */
const guestChat = () =>
  h.connector
    .inConversation(personalConversation(GUEST))
    .map((s) =>
      [s.activity.text ?? "", cardOf(s.activity) ? adaptiveCardText(must(cardOf(s.activity))) : ""].join("\n"),
    );
const say = async (user: TeamsUser, text: string, where = personal(user, url())) => {
  const before = h.connector.sent.length;
  await h.post(message(where, text));
  return h.connector.sent.slice(before).map((s) => JSON.stringify(s.activity));
};
const press = async (verb: string, caseId: string, where = personal(GUEST, url())) =>
  JSON.stringify((await h.post(execute(where, verb, { caseId }))).body);
const caseIdOf = async (reference: string) => must(await h.app.ctx.store.read.caseByReference(reference)).id;

describe("a Teams guest as an external participant", () => {
  let caseA = "";
  let caseB = "";
  let code = "";

  it("reports two outflow cases", async () => {
    const values = {
      ...REPORT_OUTFLOW,
    };
    const a = { ...values, resident_name: "Planted Bewoner", address: "Geheimstraat 9" };
    caseA = (await drive.report("hanna-visser", "/uitstroom", a)).caseRef;
    const b = { ...values, resident_name: "Andere Bewoner", address: "Nieuwstraat 4" };
    caseB = (await drive.report("hanna-visser", "/uitstroom", b)).caseRef;
  });

  it("has case A acknowledged by its three parties", async () => {
    for (const who of ["anouk-jansen", "hanna-visser", "pieter-claassen"])
      await drive.press(who, caseA, "case.acknowledge");
  });

  it("takes case A to its finances step and adds the worker", async () => {
    await drive.press("hanna-visser", caseA, "case.complete_step", { support_hours: "6", note: "" });
    await drive.press("anouk-jansen", caseA, "case.enter_dates", { key_handover: "2026-12-15" });
    const added = await drive.api.command("hanna-visser", "/schakel", `extern ${caseA} toevoegen neighbourhood_team W`);
    code = CODE.exec(added.body.message.text)?.[0] ?? "";
    expect(code).not.toBe("");
  });

  it("refuses the code in a channel and from a roster person, then redeems it in the guest's personal chat", async () => {
    expect((await say(GUEST, `extern ${code}`, inChannel(GUEST, url()))).join()).toContain("persoonlijke chat");
    const anouk = must(h.users["anouk-jansen"]);
    expect((await say(anouk, `extern ${code}`)).join()).toContain("u staat al in het rooster");
    const welcome = (await say(GUEST, `extern ${code}`)).join();
    expect(welcome).toContain(`U doet als Wijkteammedewerker mee aan melding ${caseA}`);
    expect(welcome).toContain("case.external_event");
    expect((await say(GUEST, `extern ${code}`)).join()).toContain("onbekend, al gebruikt of verlopen");
    const c = await caseIdOf(caseA);
    const signedIn = (await h.app.ctx.store.read.events(c)).find((e) => e.type === "external.signed_in");
    expect(signedIn).toMatchObject({ platform: "teams", data: { chatAccount: "guest" } });
  });

  it("hears in the personal chat when their step opens, with the button to complete it", async () => {
    await drive.press("pieter-claassen", caseA, "case.complete_step", { note: "" });
    await drainOutbox(h.app);
    const last = must(h.connector.inConversation(personalConversation(GUEST)).at(-1)).activity;
    expect(last.text).toContain(
      `Bij melding ${caseA} staat ‘Warme overdracht naar de wijk’ voor u als Wijkteammedewerker`,
    );
    expect(
      executeActions(must(cardOf(last)))
        .map((a) => a.verb)
        .filter((v) => v.startsWith("case.")),
    ).toEqual(["case.external_complete", "case.external_event"]);
  });

  it("is refused a party's button and another case (logged on that case)", async () => {
    expect(await press("case.complete_step", await caseIdOf(caseA), inChannel(GUEST, url()))).toContain(
      "Als externe deelnemer (Wijkteammedewerker) kunt u dit niet doen",
    );
    expect(await press("case.external_complete", await caseIdOf(caseB))).toContain(
      `U heeft als externe deelnemer alleen toegang tot melding ${caseA}.`,
    );
    const logB = (await drive.api.command("hanna-visser", "/schakel", `status ${caseB}`)).body.message.text;
    expect(logB).toContain("Externe deelnemer (Wijkteammedewerker)");
    expect(await drive.field(caseA, "Stap")).toBe("Warme overdracht naar de wijk");
  });

  it("completes their step with the card's button", async () => {
    expect(await press("case.external_complete", await caseIdOf(caseA))).toContain("Warme overdracht naar de wijk");
    // The channel card is updated by the delivery after the turn, which lets requests (this read too) go first.
    await drainOutbox(h.app);
    expect(await drive.field(caseA, "Stap")).toBe("Gezamenlijke evaluaties eerste jaar");
  });

  it("records a case event by typing it; the event button says how", async () => {
    expect(await press("case.external_event", await caseIdOf(caseA))).toContain("‘Crisis of terugval’ (crisis)");
    expect((await say(GUEST, "gebeurtenis crisis Terugval gezien bij huisbezoek")).join()).toContain(
      `‘Crisis of terugval’ is vastgelegd bij ${caseA}`,
    );
    expect(await drive.partyField("hanna-visser", caseA, "Niveau")).toBe("Casusoverleg");
  });

  it("loses access when removed and hears so; nothing about another case reached the chat", async () => {
    await drive.api.command("hanna-visser", "/schakel", `extern ${caseA} verwijderen E1`);
    await drainOutbox(h.app);
    expect(guestChat().at(-1)).toContain(`Uw toegang tot melding ${caseA} is beëindigd.`);
    expect(await press("case.external_complete", await caseIdOf(caseA))).toContain("Uw toegang tot deze melding");
    const everything = guestChat().join("\n");
    for (const secret of [caseB, "Planted Bewoner", "Andere Bewoner", "Geheimstraat", "Nieuwstraat"])
      expect(everything).not.toContain(secret);
  });
});
