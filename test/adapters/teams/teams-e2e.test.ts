// End to end through the real Teams SDK app over HTTP, with a fake Bot Framework connector on serviceUrl.
import { must } from "../../support/must.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VALID_REPORT } from "../../contract/adapter-contract.ts";
import { consoleClient } from "../../support/console-client.ts";
import {
  CHANNEL_ID,
  COORDINATORS_ID,
  execute,
  inChannel,
  mention,
  message,
  personal,
  taskFetch,
  taskSubmit,
  teamsUser,
} from "./activities.ts";
import { adaptiveCardProblems } from "./adaptive-card-checker.ts";
import { activityText, adaptiveCardText, cardOf, dialogButtons, executeActions, inputIds } from "./card-text.ts";
import { dialogCardOf, teamsDriver } from "./teams-driver.ts";
import { startTeamsHarness, type TeamsHarness } from "./teams-harness.ts";

const CARD = "application/vnd.microsoft.card.adaptive";

describe("Teams adapter end to end", () => {
  let h: TeamsHarness;
  let driver: ReturnType<typeof teamsDriver>;
  let reference = "";
  const stranger = teamsUser("onbekend", "Onbekende Collega", "iemand@elders.example");

  beforeAll(async () => {
    h = await startTeamsHarness({ extraUsers: [stranger] });
    driver = teamsDriver(h);
    // Joris and Rob never install the app personally: they are reached in the channel.
    await driver.installEverywhere(["eva-bakker", "anouk-jansen", "yvonne-maas"]);
    await driver.send(
      "joris-de-bruijn",
      mention(
        inChannel(must(h.users["joris-de-bruijn"], 'h.users["joris-de-bruijn"]'), h.connector.url, "1700000000001"),
        "help",
      ),
    );
  });
  afterAll(async () => h?.close());

  it("answers a channel mention with a button in the same thread that opens the report form as a dialog", async () => {
    const where = inChannel(must(h.users["eva-bakker"], 'h.users["eva-bakker"]'), h.connector.url, "1700000000002");
    const { replies } = await driver.send("eva-bakker", mention(where, "melding overlast"));
    expect(replies[0]?.conversationId).toBe(`${CHANNEL_ID};messageid=1700000000002`);
    const launcher = must(cardOf(must(replies[0], "replies[0]").activity));
    expect(executeActions(launcher)).toEqual([]);
    const [open] = dialogButtons(launcher);
    expect(open?.title).toBe("Formulier openen");
    const { body } = await h.post(taskFetch(where, must(open).data));
    expect(body.task.value.title).toBe("Overlast melden");
    const dialog = must(dialogCardOf(body));
    expect(inputIds(dialog)).toEqual(expect.arrayContaining(["municipality", "resident_name", "description"]));
    expect(JSON.stringify(dialog)).not.toContain("Action.Execute");
  });

  it("shows Dutch field errors in the dialog and keeps what was filled in", async () => {
    await driver.openReportForm("eva-bakker");
    const result = await driver.submitReport("eva-bakker", { municipality: "roosendaal" });
    expect(result).toMatchObject({
      ok: false,
      errors: { resident_name: "Vul dit veld in.", category: "Vul dit veld in." },
    });
    expect(JSON.stringify(dialogCardOf(h.responses.at(-1)))).toContain('"value":"roosendaal"');
  });

  it("creates the case once, however often the dialog's submit arrives", async () => {
    const dialog = must(dialogCardOf(h.responses.at(-1)));
    const submit = must(dialog.actions.find((a: { data?: { schakelVerb?: string } }) => a.data?.schakelVerb));
    const eva = must(h.users["eva-bakker"], 'h.users["eva-bakker"]');
    const click = taskSubmit(personal(eva, h.connector.url), { ...submit.data, ...VALID_REPORT });
    const before = h.connector.sent.length;
    const first = await h.post(click);
    const redelivered = await h.post(click);
    const doubleClick = await h.post({ ...click, id: "f:double-click" });
    // Ack first: the dialog closes at once, each time with the same sentence; the confirmation follows privately.
    expect(first.body.task).toEqual({ type: "message", value: expect.stringMatching(/^Je melding wordt verwerkt/) });
    expect(redelivered.body.task).toEqual(first.body.task);
    expect(doubleClick.body.task).toEqual(first.body.task);
    await h.app.flush();
    const confirmations = h.connector.sent
      .slice(before)
      .filter(
        (s) =>
          s.conversationId === "a:personal-eva-bakker" &&
          /is aangemaakt en naar de partijen/.test(activityText(s.activity)),
      );
    expect(confirmations).toHaveLength(1);
    reference = must(/OV-\d{4}-\d{4}/.exec(activityText(must(confirmations[0]).activity)))[0];
    const cards = h.connector.sent.filter(
      (s) => s.op === "create" && s.conversationId === CHANNEL_ID && activityText(s.activity).includes("· Overlast"),
    );
    expect(cards).toHaveLength(1);
    expect(activityText(must(cards[0], "cards[0]").activity)).toContain(reference);
  });

  it("mentions contacts without a personal chat in the case thread; one with no Teams id is reachable nowhere", async () => {
    const card = must(
      h.connector.sent.find((s) => s.conversationId === CHANNEL_ID && activityText(s.activity).includes(reference)),
    );
    const thread = h.connector.inConversation(`${CHANNEL_ID};messageid=${card.id}`).map((s) => s.activity);
    const joris = thread.find((a) => a.entities?.[0]?.mentioned?.id === "29:joris-de-bruijn");
    expect(joris?.text).toMatch(/^<at>Joris de Bruijn<\/at> .*OV-/);
    // A name in plain text would notify nobody: Rob (no Teams id) is not named in the thread at all.
    expect(thread.some((a) => String(a.text).includes("Rob van Gils"))).toBe(false);
    const coordinatorTexts = h.connector.inConversation(COORDINATORS_ID).map((s) => String(s.activity.text));
    const notices = coordinatorTexts.filter((t) => t.includes("niet persoonlijk"));
    expect(notices.filter((t) => t.startsWith("Joris de Bruijn"))).toHaveLength(1);
    expect(
      coordinatorTexts.filter((t) => t.startsWith("Rob van Gils is voor Schakel nergens bereikbaar")),
    ).toHaveLength(1);
    const updated = h.connector.sent.filter((s) => s.op === "update" && s.conversationId === CHANNEL_ID).at(-1);
    expect(adaptiveCardText(cardOf(updated?.activity ?? {}) ?? {})).toContain("Niet bereikbaar");
    expect(await driver.directText("eva-bakker")).toContain(reference);
  });

  it("refreshes the card for the person who pressed and in the channel for everyone", async () => {
    const before = h.connector.sent.length;
    const pressed = await driver.press("joris-de-bruijn", reference, "case.acknowledge");
    expect(pressed.ok, pressed.error).toBe(true);
    expect(pressed.privateText).toMatch(/Bevestigd: .*Zorggroep Kompas/);
    const updates = h.connector.sent.slice(before).filter((s) => s.op === "update" && s.conversationId === CHANNEL_ID);
    expect(updates.length).toBeGreaterThan(0);
    expect(adaptiveCardText(must(cardOf(must(updates.at(-1), "updates.at(-1)").activity)))).toMatch(
      /Bevestigd: .*Zorggroep Kompas/,
    );
  });

  it("tells a press that no longer applies what happened, privately, without doing anything twice", async () => {
    const before = h.connector.sent.filter((s) => s.op === "update" && s.conversationId === CHANNEL_ID).length;
    const first = await driver.press("eva-bakker", reference, "case.acknowledge");
    const second = await driver.press("eva-bakker", reference, "case.acknowledge");
    // Her party confirmed by reporting: the press is answered "Wordt verwerkt…", then she is told privately why not.
    expect(first.ok).toBe(false);
    expect(first.error).toMatch(
      /^Deze knop is niet meer van toepassing\. Er staat voor jou niets \(meer\) te bevestigen/,
    );
    expect(first.error).toContain(reference);
    // The same button on the same card once more is the same press: the same answer, nothing run or told again.
    expect(second).toMatchObject({ ok: true });
    // The channel card is put back as it is (it showed "Wordt verwerkt…" to her), and still says who confirmed.
    const updates = h.connector.sent.filter((s) => s.op === "update" && s.conversationId === CHANNEL_ID);
    expect(updates.length).toBeGreaterThan(before);
    expect(adaptiveCardText(must(cardOf(must(updates.at(-1)).activity)))).toMatch(/Bevestigd: .*Zorggroep Kompas/);
  });

  it("tells an unlinked Teams user clearly that they are not on the roster", async () => {
    const { replies } = await driver.say("onbekend", "melding overlast");
    expect(replies.map((r) => r.activity.text).join()).toContain("nog niet gekoppeld");
    const pressed = await h.post(
      execute(inChannel(stranger, h.connector.url, "1"), "case.acknowledge", { caseId: "whatever" }),
    );
    expect(pressed.body.value).toContain("nog niet gekoppeld");
  });

  it("answers mijn taken, status and help in Dutch", async () => {
    const mine = await driver.say("anouk-jansen", "mijn taken");
    expect(activityText(must(mine.replies[0], "mine.replies[0]").activity)).toMatch(
      /geen openstaande taken|Jouw openstaande taken/,
    );
    const status = await driver.say("eva-bakker", `status ${reference.toLowerCase()}`);
    expect(activityText(must(status.replies[0], "status.replies[0]").activity)).toContain(reference);
    const help = await driver.say("eva-bakker", "help");
    expect(activityText(must(help.replies[0], "help.replies[0]").activity)).toContain("melding overlast");
  });

  it("shows the roster and records an absence, as typed in Teams", async () => {
    const roster = await driver.say("eva-bakker", "rooster roosendaal");
    expect(activityText(must(roster.replies[0], "roster.replies[0]").activity)).toContain(
      "• Wonen aan de Vliet: contactpersoon Eva Bakker, vervanger Gerrit Smits",
    );
    const absent = await driver.say("eva-bakker", "afwezig 1-12-2026 4-12-2026");
    expect(activityText(must(absent.replies[0], "absent.replies[0]").activity)).toContain(
      "Afwezigheid vastgelegd voor Eva Bakker: di 1 dec 2026 t/m vr 4 dec 2026.",
    );
    await h.app.flush(); // the coordinators' notice and the deputy's DM go out now, not during the next test
  });

  it("ignores a message activity that Teams delivers twice", async () => {
    const activity = message(personal(must(h.users["eva-bakker"], 'h.users["eva-bakker"]'), h.connector.url), "help");
    const before = h.connector.sent.length;
    await h.post(activity);
    await h.post(activity);
    expect(h.connector.sent.length - before).toBe(1);
  });

  it("keeps a case whose card Teams throttled, and posts it once the outbox retries", async () => {
    await driver.openReportForm("eva-bakker");
    h.connector.failNext("create", 1, { status: 429, retryAfter: 60 });
    const result = await driver.submitReport("eva-bakker", { ...VALID_REPORT, municipality: "roosendaal" });
    expect(result.ok).toBe(true);
    const second = result.ok ? result.reference : "";
    expect(await driver.channelCardText(second)).toBeNull();
    await consoleClient(h.app.url).advance({ hours: 1 });
    await h.app.flush();
    expect(await driver.channelCardText(second)).toContain(second);
  });

  it("produces only Adaptive Cards 1.5 that validate, with verbs the bot handles", async () => {
    // Open every button's form as the coordinator, so those cards are checked too.
    const card = must(
      h.connector.sent.find((s) => s.conversationId === CHANNEL_ID && activityText(s.activity).includes(reference)),
    );
    const shown = must(cardOf(must(h.connector.current.get(card.id), "h.connector.current.get(card.id)").activity));
    const yvonne = () => inChannel(must(h.users["yvonne-maas"], 'h.users["yvonne-maas"]'), h.connector.url, card.id);
    for (const action of executeActions(shown)) await h.post(execute(yvonne(), action.verb, action.data));
    // The buttons that ask for input open their form as a dialog: those dialog cards are checked too.
    expect(dialogButtons(shown).length).toBeGreaterThan(2);
    for (const button of dialogButtons(shown)) await h.post(taskFetch(yvonne(), button.data));
    const cards = [
      ...h.connector.sent.map((s) => cardOf(s.activity)),
      ...h.responses.filter((r) => r.type === CARD).map((r) => r.value),
      ...h.responses.map((r) => dialogCardOf(r)),
    ].filter(Boolean);
    expect(cards.length).toBeGreaterThan(10);
    const problems = cards.flatMap((c) =>
      adaptiveCardProblems(c).map((p) => `${adaptiveCardText(c).split("\n")[0]}: ${p}`),
    );
    expect([...new Set(problems)]).toEqual([]);
  });
});

describe("Teams adapter in production mode", () => {
  it("refuses activities without a Bot Framework token", async () => {
    const h = await startTeamsHarness({ authenticated: true });
    try {
      const response = await h.post(
        message(personal(must(h.users["eva-bakker"], 'h.users["eva-bakker"]'), h.connector.url), "help"),
      );
      expect(response.status).toBe(401);
      expect(h.connector.sent).toHaveLength(0);
    } finally {
      await h.close();
    }
  });
});
