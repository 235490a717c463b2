// Forms as Teams dialogs: a case button that asks for input opens its form with task/fetch, task/submit files it
// (field errors keep the dialog open, in Dutch; the form key makes it count once), and the case card is updated in
// place. In the Playground's local mode, which cannot open dialogs, forms stay inline cards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VALID_REPORT } from "../../contract/adapter-contract.ts";
import { must } from "../../support/must.ts";
import { CHANNEL_ID, inChannel, taskFetch, taskSubmit } from "./activities.ts";
import { activityText, adaptiveCardText, cardOf, dialogButtons, executeActions, fieldErrors } from "./card-text.ts";
import type { Parsed } from "../../support/parsed.ts";
import { dialogCardOf, teamsDriver } from "./teams-driver.ts";
import { startTeamsHarness, type TeamsHarness } from "./teams-harness.ts";

type Json = Record<string, Parsed>;

describe("Teams: forms as dialogs", () => {
  let h: TeamsHarness;
  let reference = "";
  let cardId = "";
  const channelCard = () => must(cardOf(must(h.connector.current.get(cardId), "the channel card").activity));
  const where = (personId: string) => inChannel(must(h.users[personId], personId), h.connector.url, cardId);
  const escalateButton = () => must(dialogButtons(channelCard()).find((b) => b.data.schakelVerb === "case.escalate"));
  const submitOf = (dialog: Json) => must(dialog.actions.find((a: Json) => a.data?.schakelVerb === "form.submit"));

  beforeAll(async () => {
    h = await startTeamsHarness();
    const driver = teamsDriver(h);
    await driver.installEverywhere(["eva-bakker", "rob-van-gils"]);
    const report = await driver.submitReport("eva-bakker", VALID_REPORT);
    if (!report.ok) throw new Error(`report refused: ${JSON.stringify(report.errors)}`);
    reference = report.reference;
    await h.app.flush();
    cardId = must(
      h.connector.sent.find((s) => s.conversationId === CHANNEL_ID && activityText(s.activity).includes(reference)),
    ).id;
  });
  afterAll(async () => h?.close());

  it("puts dialog buttons on the case card for what asks for input, and keeps the others Universal Actions", () => {
    const card = channelCard();
    expect(executeActions(card).map((a) => a.verb)).toContain("case.acknowledge");
    expect(executeActions(card).map((a) => a.verb)).not.toContain("case.escalate");
    expect(escalateButton()).toMatchObject({ type: "Action.Submit", title: "Opschalen" });
  });

  it("opens the form as a dialog, keeps it open with the Dutch error, and updates the card in place once", async () => {
    const opened = await h.post(taskFetch(where("rob-van-gils"), escalateButton().data));
    expect(opened.body.task.value.title).toMatch(/^Opschalen naar: Casusoverleg/);
    const refused = await h.post(taskSubmit(where("rob-van-gils"), submitOf(must(dialogCardOf(opened.body))).data));
    const again = must(dialogCardOf(refused.body));
    expect(fieldErrors(again)).toEqual({ reason: "Vul dit veld in." });

    const createdBefore = h.connector.sent.filter((s) => s.op === "create" && s.conversationId === CHANNEL_ID).length;
    const data = { ...submitOf(again).data, reason: "Geen contact mogelijk" };
    const done = await h.post(taskSubmit(where("rob-van-gils"), data));
    expect(done.body.task).toMatchObject({ type: "message" });
    expect(done.body.task.value).toContain(reference);
    await h.app.flush();
    expect(adaptiveCardText(channelCard())).toContain("Casusoverleg met alle partijen");
    const created = h.connector.sent.filter((s) => s.op === "create" && s.conversationId === CHANNEL_ID).length;
    expect(created).toBe(createdBefore);

    // The same form once more (a new dialog nonce, the same one-time form key): answered as before, not escalated again.
    const repeat = await h.post(taskSubmit(where("rob-van-gils"), { ...data, schakelNonce: "another-nonce" }));
    expect(repeat.body.task.value).toBe(done.body.task.value);
    await h.app.flush();
    expect(adaptiveCardText(channelCard())).not.toContain("Zorg- en Veiligheidshuis");
  });

  it("tells someone without standing so, and opens no form", async () => {
    const { body } = await h.post(taskFetch(where("anouk-jansen"), escalateButton().data));
    expect(body.task.type).toBe("message");
    expect(body.task.value).toMatch(/^Je bent geen vaste contactpersoon/);
  });

  it("opens only forms: a dialog asked for a button that acts at once does nothing", async () => {
    const before = adaptiveCardText(channelCard());
    const data = { caseId: escalateButton().data.caseId, schakelVerb: "case.acknowledge" };
    const { body } = await h.post(taskFetch(where("rob-van-gils"), data));
    expect(body.task.value).toMatch(/^Deze knop werkt niet meer/);
    await h.app.flush();
    expect(adaptiveCardText(channelCard())).toBe(before);
  });

  it("gives the personal copy of the case card dialog buttons too", async () => {
    const copy = h.connector
      .inConversation("a:personal-rob-van-gils")
      .map((s) => cardOf(s.activity))
      .filter((c): c is Json => Boolean(c && adaptiveCardText(c).includes(reference)))
      .at(-1);
    expect(dialogButtons(must(copy)).map((b) => b.data.schakelVerb)).toContain("case.close");
  });
});

describe("Teams: inline forms where dialogs cannot open (the Playground's local mode)", () => {
  let h: TeamsHarness;
  // Starting a second app is slow on a loaded machine: outside the test's own time.
  beforeAll(async () => {
    h = await startTeamsHarness({ inlineForms: true });
  }, 60_000);
  afterAll(async () => h?.close());

  it("answers the report command with the form itself, and keeps case buttons Universal Actions", async () => {
    const driver = teamsDriver(h);
    await driver.installEverywhere(["eva-bakker"]);
    const { replies } = await driver.say("eva-bakker", "melding overlast");
    const form = must(cardOf(must(replies[0]).activity));
    expect(executeActions(form).map((a) => a.verb)).toContain("form.submit");
    expect(dialogButtons(form)).toEqual([]);
    const report = await driver.submitReport("eva-bakker", VALID_REPORT);
    expect(report.ok).toBe(true);
    const card = must(cardOf(must(h.connector.sent.find((s) => s.conversationId === CHANNEL_ID)).activity));
    expect(dialogButtons(card)).toEqual([]);
    expect(executeActions(card).map((a) => a.verb)).toContain("case.escalate");
  });
});
