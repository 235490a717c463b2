// A Slack guest as an external participant, through Bolt against the fake Slack API: a single-channel guest
// redeems the invitation with `/schakel extern <code>`, gets their case's card in their DM (reference, role and
// step only), hears when their step opens, completes it with the card's button, records a case event through a
// modal, and is refused every other step, every other case (logged there) and everything after removal.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Parsed } from "../../support/parsed.ts";
import { caseDriver } from "../../support/case-driver.ts";
import { drainOutbox } from "../../support/drain-outbox.ts";
import { must } from "../../support/must.ts";
import { blocksText, startSlackHarness, type SlackHarness } from "./slack-harness.ts";
import { slackUserId } from "./slack-requests.ts";
import { REPORT_OUTFLOW } from "../../support/fixtures.ts";

const CODE = /[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}/;
const GUEST = "UGUEST01";
const DM = "DGUEST01"; // the fake's conversations.open answer for UGUEST01

let h: SlackHarness;
let drive: ReturnType<typeof caseDriver>;
beforeAll(async () => {
  h = await startSlackHarness();
  drive = caseDriver(h.app.url);
  h.fake.addUser(GUEST, "wijkwerker@wijkteam-boz.nl", "single");
});
afterAll(async () => h?.close());

/** Sends a slash command as a Slack user and returns the private answer's text. */
async function ask(user: string, text: string): Promise<string> {
  const since = h.fake.calls.length;
  const sent = await h.slack.command(user, "/schakel", text, DM);
  return (await h.waitForReply(since, sent.response_id)).body.text as string;
}

const guestMessages = () => h.fake.messages.filter((m) => m.channel === DM);
const lastGuestCard = () => must(guestMessages().at(-1), "a message in the guest's DM");
const buttonsOf = (m: { blocks: Parsed[] }) =>
  m.blocks.flatMap((b: Parsed) => (b.type === "actions" ? b.elements : [])) as Parsed[];

/** Presses a button as the guest and returns what Slack got back (a private reply or a modal). */
async function pressAsGuest(message: { channel: string; ts: string; blocks: Parsed[] }, actionId: string) {
  const button = must(
    buttonsOf(message).find((b) => b.action_id === actionId),
    `${actionId} on the message`,
  );
  const since = h.fake.calls.length;
  const sent = await h.slack.pressButton(GUEST, message, button);
  return h.fake.waitFor(
    (c) =>
      (c.method === "views.open" && c.body.trigger_id === sent.trigger_id) ||
      (c.method === "response_url" && c.body.response_id === sent.response_id),
    since,
  );
}

const invite = async (reference: string) => {
  const added = await drive.api.command(
    "hanna-visser",
    "/schakel",
    `extern ${reference} toevoegen neighbourhood_team W`,
  );
  return CODE.exec(added.body.message.text)?.[0] ?? "";
};

describe("a Slack guest as an external participant", () => {
  let caseA = "";
  let caseB = "";

  it("reports two outflow cases", async () => {
    const values = {
      ...REPORT_OUTFLOW,
    };
    caseA = (
      await drive.report("hanna-visser", "/uitstroom", {
        ...values,
        resident_name: "Planted Bewoner",
        address: "Geheimstraat 9",
      })
    ).caseRef;
    caseB = (
      await drive.report("hanna-visser", "/uitstroom", {
        ...values,
        resident_name: "Andere Bewoner",
        address: "Nieuwstraat 4",
      })
    ).caseRef;
  });

  it("has case A acknowledged by its three parties", async () => {
    for (const who of ["anouk-jansen", "hanna-visser", "pieter-claassen"])
      await drive.press(who, caseA, "case.acknowledge");
  });

  it("takes case A to its finances step", async () => {
    await drive.press("hanna-visser", caseA, "case.complete_step", { support_hours: "6", note: "" });
    await drive.press("anouk-jansen", caseA, "case.enter_dates", { key_handover: "2026-12-15" });
  });

  it("refuses a roster person the code and leaves it valid; the guest redeems it once and gets their card", async () => {
    const code = await invite(caseA);
    expect(await ask(slackUserId("anouk-jansen"), `extern ${code}`)).toContain("u staat al in het rooster");
    expect(await ask(GUEST, `extern ${code}`)).toContain(`U doet als Wijkteammedewerker mee aan melding ${caseA}`);
    expect(await ask("UOUTSIDER", `extern ${code}`)).toContain("onbekend, al gebruikt of verlopen");
    await drainOutbox(h.app);
    const card = blocksText(lastGuestCard().blocks);
    expect(card).toContain(`${caseA} · Uitstroom naar zelfstandig wonen`);
    expect(card).toContain("Warme overdracht naar de wijk");
    expect(buttonsOf(lastGuestCard()).map((b) => b.action_id)).toEqual(["case.external_event"]);
    const c = must(await h.app.ctx.store.read.caseByReference(caseA), "case A");
    const signedIn = (await h.app.ctx.store.read.events(c.id)).find((e) => e.type === "external.signed_in");
    expect(signedIn).toMatchObject({ platform: "slack", data: { chatAccount: "guest" } });
  });

  it("hears in their DM when their step opens, and gets the button to complete it", async () => {
    await drive.press("pieter-claassen", caseA, "case.complete_step", { note: "" });
    await drainOutbox(h.app);
    const message = lastGuestCard();
    expect(message.text).toMatch(
      new RegExp(`^Bij melding ${caseA} staat ‘Warme overdracht naar de wijk’ voor u als Wijkteammedewerker open`),
    );
    expect(buttonsOf(message).map((b) => b.action_id)).toEqual(["case.external_complete", "case.external_event"]);
  });

  it("is refused a party's button, and another case (logged on that case's view log)", async () => {
    const shared = must(h.card(caseA), "case A's channel card");
    const step = await pressAsGuest(shared, "case.complete_step");
    expect(step.body.text).toContain("Als externe deelnemer (Wijkteammedewerker) kunt u dit niet doen");
    const other = await pressAsGuest(must(h.card(caseB), "case B's channel card"), "case.details");
    expect(other.body.text).toContain(`U heeft als externe deelnemer alleen toegang tot melding ${caseA}.`);
    expect(await ask(GUEST, `status ${caseB}`)).toContain(`alleen toegang tot melding ${caseA}`);
    const logB = (await drive.api.command("hanna-visser", "/schakel", `status ${caseB}`)).body.message.text;
    expect(logB).toContain("Externe deelnemer (Wijkteammedewerker)");
    expect(await drive.field(caseA, "Stap")).toBe("Warme overdracht naar de wijk");
  });

  it("completes their own step with the card's button", async () => {
    const done = await pressAsGuest(lastGuestCard(), "case.external_complete");
    expect(done.body.text).toContain("Warme overdracht naar de wijk");
    // The channel card is updated by the delivery after the work, which lets requests (this read too) go first.
    await drainOutbox(h.app);
    expect(await drive.field(caseA, "Stap")).toBe("Gezamenlijke evaluaties eerste jaar");
    const hanna = `D${slackUserId("hanna-visser").slice(1)}`;
    const toHanna = h.fake.messages.filter((m) => m.channel === hanna).map((m) => m.text);
    expect(toHanna.join("\n")).toContain(
      "‘Warme overdracht naar de wijk’ is afgerond door de externe deelnemer (Wijkteammedewerker).",
    );
  });

  it("records a case event through the modal; it escalates the case", async () => {
    const opened = await pressAsGuest(lastGuestCard(), "case.external_event");
    expect(opened.method).toBe("views.open");
    const view = opened.body.view;
    const since = h.fake.calls.length;
    await h.slack.submitView(GUEST, view, { event: "crisis", reason: "Terugval gezien bij huisbezoek" });
    const reply = await h.fake.waitFor((c) => c.method === "response_url" || c.method === "chat.postEphemeral", since);
    expect(JSON.stringify(reply.body)).toContain(`‘Crisis of terugval’ is vastgelegd bij ${caseA}`);
    expect(await drive.partyField("hanna-visser", caseA, "Niveau")).toBe("Casusoverleg");
  });

  it("loses access when removed, and hears so; nothing about another case ever reached their DM", async () => {
    await drive.api.command("hanna-visser", "/schakel", `extern ${caseA} verwijderen E1`);
    await drainOutbox(h.app);
    expect(lastGuestCard().text).toBe(
      `Uw toegang tot melding ${caseA} is beëindigd. U krijgt er geen berichten meer over.`,
    );
    expect(await ask(GUEST, "gebeurtenis crisis opnieuw")).toContain("Uw toegang tot deze melding is beëindigd.");
    const everything = JSON.stringify(guestMessages());
    for (const secret of [caseB, "Planted Bewoner", "Andere Bewoner", "Geheimstraat", "Nieuwstraat"])
      expect(everything).not.toContain(secret);
  });
});
