// Ack first for Teams card buttons and dialog submits: the invoke is answered "Wordt verwerkt…" before the work runs
// (the inbox worker is held, so this is seen without timing), the card is then updated in place, a double click
// counts once with the same answer, an old card is refused with the current one, and a failure is told privately.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VALID_REPORT } from "../../contract/adapter-contract.ts";
import { must } from "../../support/must.ts";
import type { Parsed } from "../../support/parsed.ts";
import { CHANNEL_ID, execute, inChannel, personalConversation, taskFetch, taskSubmit } from "./activities.ts";
import { activityText, adaptiveCardText, cardOf, dialogButtons, executeActions, fieldErrors } from "./card-text.ts";
import { dialogCardOf, teamsDriver } from "./teams-driver.ts";
import { startTeamsHarness, type TeamsHarness } from "./teams-harness.ts";

type Json = Record<string, Parsed>;

describe("Teams card buttons and dialog submits, ack first", () => {
  let h: TeamsHarness;
  let reference = "";
  let caseId = "";
  let cardId = "";

  /** Posts an invoke and returns Teams' answer without waiting for the inbox (the harness's post waits). */
  const send = async (activity: object): Promise<Json> => {
    const { port, path } = h.address;
    const res = await fetch(`http://127.0.0.1:${port}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(activity),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as Json;
  };
  const channelCard = () => must(cardOf(must(h.connector.current.get(cardId), "the channel card").activity));
  const where = (personId: string) => inChannel(must(h.users[personId], personId), h.connector.url, cardId);
  const acknowledge = () => must(executeActions(channelCard()).find((a) => a.verb === "case.acknowledge"));
  const events = async (type: string) =>
    (await h.app.ctx.store.read.events(caseId)).filter((e) => e.type === type).length;
  const settle = async () => {
    await h.app.inbox.idle();
    await h.app.flush();
  };

  beforeAll(async () => {
    h = await startTeamsHarness();
    const driver = teamsDriver(h);
    await driver.installEverywhere(["eva-bakker", "joris-de-bruijn", "rob-van-gils", "anouk-jansen"]);
    const report = await driver.submitReport("eva-bakker", VALID_REPORT);
    if (!report.ok) throw new Error(`report refused: ${JSON.stringify(report.errors)}`);
    reference = report.reference;
    await h.app.flush();
    caseId = must(await h.app.ctx.store.read.caseByReference(reference)).id;
    cardId = must(
      h.connector.sent.find((s) => s.conversationId === CHANNEL_ID && activityText(s.activity).includes(reference)),
    ).id;
  });
  afterAll(async () => h?.close());

  it("answers Bevestigen before the work, once for a double click, then updates the card in place", async () => {
    const release = h.app.inbox.hold();
    const press = execute(where("joris-de-bruijn"), "case.acknowledge", acknowledge().data);
    // A double click: two activities (two ids) for the same button on the same card.
    const [first, second] = [await send(press), await send({ ...press, id: "f:double-click" })];
    expect(adaptiveCardText(first.value)).toContain(`Wordt verwerkt… De kaart van ${reference} wordt zo bijgewerkt.`);
    expect(second).toEqual(first);
    await h.app.flush();
    expect(adaptiveCardText(channelCard())).not.toMatch(/Bevestigd: .*Zorggroep Kompas/);
    expect(await events("obligation.acknowledged")).toBe(1); // the reporter's own party, by reporting

    release();
    await settle();
    expect(adaptiveCardText(channelCard())).toMatch(/Bevestigd: .*Zorggroep Kompas/);
    expect(await events("obligation.acknowledged")).toBe(2);
    // Joris's personal copy of the card is updated in place too.
    const copy = h.connector
      .inConversation(personalConversation(must(h.users["joris-de-bruijn"])))
      .map((s) => cardOf(s.activity))
      .filter((c): c is Json => Boolean(c && adaptiveCardText(c).includes(reference)))
      .at(-1);
    expect(adaptiveCardText(must(copy))).toMatch(/Bevestigd: .*Zorggroep Kompas/);
    // Teams delivers the first activity once more, after the work: the same answer, nothing twice.
    expect(await send(press)).toEqual(first);
    await settle();
    expect(await events("obligation.acknowledged")).toBe(2);
  });

  it("refuses a press on a card the case has moved on from, with the current card", async () => {
    const old = { ...acknowledge().data, revision: Number(acknowledge().data.revision) - 1 };
    const before = h.connector.sent.length;
    const answer = await send(execute(where("rob-van-gils"), "case.acknowledge", old));
    expect(adaptiveCardText(answer.value)).toContain(`De zaak is intussen gewijzigd. Hieronder staat ${reference}`);
    expect(adaptiveCardText(answer.value)).toMatch(/Bevestigd: .*Zorggroep Kompas/);
    await settle();
    expect(h.connector.sent.slice(before).filter((s) => s.op === "create")).toEqual([]);
  });

  it("tells someone the press did not go through, privately, after the ack", async () => {
    const anouk = personalConversation(must(h.users["anouk-jansen"]));
    const before = h.connector.inConversation(anouk).length;
    const sentBefore = h.connector.sent.length;
    const answer = await send(execute(where("anouk-jansen"), "case.acknowledge", acknowledge().data));
    expect(adaptiveCardText(answer.value)).toContain("Wordt verwerkt…");
    await settle();
    const told = h.connector.inConversation(anouk).slice(before);
    expect(told.map((s) => activityText(s.activity))).toEqual([
      expect.stringMatching(
        new RegExp(`^Je actie op ${reference} is niet uitgevoerd: Je bent geen vaste contactpersoon`),
      ),
    ]);
    // Nothing about it in the channel: the card there is only put back as it was.
    const inChannelSince = h.connector.sent.slice(sentBefore).filter((s) => s.conversationId.startsWith(CHANNEL_ID));
    expect(inChannelSince.map((s) => s.op)).not.toContain("create");
  });

  it("keeps a dialog open with its field errors, else closes it at once and updates the card afterwards", async () => {
    const opener = must(dialogButtons(channelCard()).find((b) => b.data.schakelVerb === "case.escalate"));
    const dialog = must(dialogCardOf((await send(taskFetch(where("rob-van-gils"), opener.data))) as Parsed));
    const submit = must(dialog.actions.find((a: Json) => a.data?.schakelVerb === "form.submit"));
    const refused = dialogCardOf((await send(taskSubmit(where("rob-van-gils"), submit.data))) as Parsed);
    expect(fieldErrors(must(refused))).toEqual({ reason: "Vul dit veld in." });

    const release = h.app.inbox.hold();
    const filled = taskSubmit(where("rob-van-gils"), { ...submit.data, reason: "Geen contact mogelijk" });
    const closed = await send(filled);
    expect(closed.task).toEqual({
      type: "message",
      value: `Wordt verwerkt… De kaart van ${reference} wordt zo bijgewerkt.`,
    });
    expect(await send({ ...filled, id: "f:again" })).toEqual(closed);
    await h.app.flush();
    expect(adaptiveCardText(channelCard())).not.toContain("Casusoverleg met alle partijen");
    release();
    await settle();
    expect(adaptiveCardText(channelCard())).toContain("Casusoverleg met alle partijen");
    expect(await events("case.escalated")).toBe(1);
  });
});
