// The core loop through the console API: report → route → acknowledge → remind → escalate → close,
// with planted personal values that must never reach a channel or a DM.
import { must } from "../support/must.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consoleClient, type ApiMessage } from "../support/console-client.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const PLANTED = {
  resident_name: "Planted Naam Zwartveld",
  address: "Plantedstraat 77, 4611 ZZ",
  date_of_birth: "1961-03-14",
  incident_date: "2026-11-20",
  description: "PLANTED-OMSCHRIJVING geluidsoverlast trap 3",
};
const PLANTED_NOTE = "PLANTED-NOTITIE huisbezoek";
const PLANTED_REASON = "PLANTED-REDEN dreiging buren";
const plantedValues = [
  PLANTED.resident_name,
  PLANTED.address,
  "1961-03-14",
  "14-03-1961",
  PLANTED.description,
  PLANTED_NOTE,
  PLANTED_REASON,
  "Plantedstraat",
  "PLANTED",
];

const report = {
  municipality: "bergen-op-zoom",
  corporation: "woonhaven",
  care_provider: "zorggroep-kompas",
  category: "noise",
  triage: "vulnerable_household",
  urgency: "high",
  legal_basis: "public_task",
  ...PLANTED,
};

let app: TestApp;
let api: ReturnType<typeof consoleClient>;
let reference = "";

const dm = (personId: string) => api.messages(`dm-${personId}`);
const caseMessage = async (personId: string) => (await dm(personId)).find((m) => m.text.includes(reference) && m.card);
const channelCard = async () =>
  must((await api.messages("wbw-casuistiek")).find((m) => m.card?.title.startsWith(reference)));
const field = (m: ApiMessage | undefined, label: string) => m?.card?.fields.find((f) => f.label === label)?.value ?? "";
const countIn = async (personId: string, needle: string) =>
  (await dm(personId)).filter((m) => m.text.includes(needle) && m.text.includes(reference)).length;

beforeAll(async () => {
  app = await startTestApp();
  api = consoleClient(app.url);
});
afterAll(async () => app?.close());

describe("an overlast case, end to end through the console API", () => {
  it("opens the report form for a corporation consultant and answers missing fields in Dutch, per field", async () => {
    const opened = await api.command("femke-de-wit", "/overlast");
    expect(opened.body.form.id).toMatch(/^report:overlast~k[A-Za-z0-9_-]+$/);
    expect(opened.body.form.fields.map((f: { id: string }) => f.id)).toContain("resident_name");
    const rejected = await api.submit("femke-de-wit", "report:overlast", {
      municipality: "bergen-op-zoom",
      category: "nonsense",
    });
    expect(rejected.status).toBe(422);
    expect(rejected.body.ok).toBe(false);
    expect(rejected.body.errors.resident_name).toBe("Vul dit veld in.");
    expect(rejected.body.errors.category).toBe("Kies een van de opties.");
    expect(await api.messages("wbw-casuistiek")).toHaveLength(0);
  });

  it("creates the case and routes it to the three parties' contacts by DM", async () => {
    const created = await api.submit("femke-de-wit", "report:overlast", report);
    expect(created.body.ok).toBe(true);
    reference = created.body.caseRef;
    expect(reference).toMatch(/^OV-2026-\d{4}$/);
    for (const contact of ["anouk-jansen", "hanna-visser", "pieter-claassen"]) {
      const message = await caseMessage(contact);
      expect(message, `DM for ${contact}`).toBeDefined();
      expect(must(must(message, "message").card, 'must(message, "message").card').actions.map((a) => a.id)).toContain(
        "case.acknowledge",
      );
    }
    const card = await channelCard();
    expect(field(card, "Bevestigd")).toBe("nog niemand");
    // The category points to a household: the routed parties see it, the shared channel does not.
    expect(field(card, "Soort overlast")).toBe("");
    expect(field(await caseMessage("anouk-jansen"), "Soort overlast")).toBe("Geluid");
  });

  it("records two acknowledgements and refuses a stranger politely without changing anything", async () => {
    for (const contact of ["anouk-jansen", "hanna-visser"]) {
      const message = await caseMessage(contact);
      const result = await api.action(contact, must(message, "message").id, "case.acknowledge");
      expect(result.body.ok).toBe(true);
    }
    const before = await channelCard();
    const stranger = await api.action("eva-bakker", before.id, "case.acknowledge");
    expect(stranger.status).toBe(403);
    expect(stranger.body.error).toMatch(/geen vaste contactpersoon/);
    const after = await channelCard();
    expect(field(after, "Bevestigd")).toBe("Woonstichting Woonhaven, Zorggroep Kompas");
    expect(after.card).toEqual(before.card);
    expect(must(before.thread, "before.thread").filter((r) => r.text.includes("bevestigd"))).toHaveLength(2);
  });

  it("reminds the silent party's contact, then the deputy, then the coordinator, each once", async () => {
    await api.advance({ workingDays: 1 }); // Tuesday 10:00; the deadline is Tuesday 17:00
    expect(await countIn("pieter-claassen", "Herinnering")).toBe(0);
    await api.advance({ workingDays: 1 }); // Wednesday: owner reminded
    expect(await countIn("pieter-claassen", "Herinnering")).toBe(1);
    expect(await countIn("quinty-vermeulen", "Je bent vervanger voor")).toBe(0);
    await api.advance({ workingDays: 1 }); // Thursday: deputy
    expect(await countIn("quinty-vermeulen", "Je bent vervanger voor")).toBe(1);
    await api.advance({ workingDays: 1 }); // Friday: coordinator
    expect(await countIn("yvonne-maas", "Escalatie")).toBe(1);
    const coordinatorsChannel = await api.messages("wbw-coordinatoren");
    expect(coordinatorsChannel.filter((m) => m.text.includes(reference))).toHaveLength(1);
    await app.sweep();
    await app.sweep();
    expect(await countIn("pieter-claassen", "Herinnering")).toBe(1);
    expect(await countIn("quinty-vermeulen", "Je bent vervanger voor")).toBe(1);
    expect(await countIn("yvonne-maas", "Escalatie")).toBe(1);
    expect(await countIn("hanna-visser", "Herinnering")).toBe(0);
    expect(await countIn("anouk-jansen", "Herinnering")).toBe(0);
  });

  it("is worked to closure by the owners of each step", async () => {
    const ack = await api.action(
      "pieter-claassen",
      must(await caseMessage("pieter-claassen"), 'await caseMessage("pieter-claassen")').id,
      "case.acknowledge",
    );
    expect(ack.body.ok).toBe(true);
    expect(field(await channelCard(), "Stap")).toBe("Eerste contact en terugkoppeling aan melder");
    const cardId = (await channelCard()).id;
    const wrongOwner = await api.action("anouk-jansen", cardId, "case.complete_step", { note: "" });
    expect(wrongOwner.status).toBe(403);
    const form = await api.action("hanna-visser", cardId, "case.complete_step");
    expect(form.body.form.fields[0].id).toBe("note");
    expect((await api.submit("hanna-visser", form.body.form.id, { note: PLANTED_NOTE })).body.ok).toBe(true);
    expect((await api.action("pieter-claassen", cardId, "case.complete_step", { note: "" })).body.ok).toBe(true);
    const escalate = await api.action("anouk-jansen", cardId, "case.escalate", { reason: PLANTED_REASON });
    expect(escalate.body.ok).toBe(true);
    expect(field(await channelCard(), "Niveau")).toBe("Casusoverleg met alle partijen");
    expect((await api.action("anouk-jansen", cardId, "case.deescalate", { reason: "" })).body.errors.reason).toBe(
      "Vul dit veld in.",
    );
    expect((await api.action("bram-de-vries", cardId, "case.complete_step", { note: "" })).body.ok).toBe(true);
    expect(field(await channelCard(), "Stap")).toMatch(/klaar om af te sluiten/);
    const closed = await api.action("anouk-jansen", cardId, "case.close", { outcome: "agreements", note: "" });
    expect(closed.body.ok).toBe(true);
    const card = await channelCard();
    expect(field(card, "Status")).toBe("Afgesloten");
    expect(field(card, "Uitkomst")).toBe("");
    const status = (await api.command("anouk-jansen", "/schakel", `status ${reference}`)).body.message as ApiMessage;
    expect(field(status, "Uitkomst")).toBe("Afspraken gemaakt");
    expect(must(card.card, "card.card").actions.map((a) => a.id)).toEqual(["case.details", "case.reopen"]);
  });

  it("shows the details only to routed contacts, privately, and records each view", async () => {
    const cardId = (await channelCard()).id;
    const view = await api.action("anouk-jansen", cardId, "case.details");
    expect(view.body.ok).toBe(true);
    const viewText = JSON.stringify(view.body.view);
    expect(viewText).toContain(PLANTED.resident_name);
    expect(viewText).toContain(PLANTED_NOTE);
    expect(viewText).toContain(PLANTED_REASON);
    const refused = await api.action("femke-de-wit", cardId, "case.details");
    expect(refused.status).toBe(403);
    const c = await app.ctx.store.read.caseByReference(reference);
    const events = await app.ctx.store.read.events(must(c, "c").id);
    expect(events.filter((e) => e.type === "details.viewed").map((e) => e.actorId)).toEqual(["anouk-jansen"]);
  });

  it("never puts a planted personal or free-text value in any channel message or DM", async () => {
    const channels = await api.channels();
    let checked = 0;
    for (const channel of channels) {
      for (const message of await api.messages(channel.id)) {
        const everything = JSON.stringify(message);
        for (const planted of plantedValues)
          expect(everything, `${channel.id}: ${message.text}`).not.toContain(planted);
        checked += 1 + (message.thread?.length ?? 0);
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("reopens the case at its last step with fresh deadlines", async () => {
    const cardId = (await channelCard()).id;
    expect((await api.action("hanna-visser", cardId, "case.reopen", { reason: "Nieuwe klacht" })).body.ok).toBe(true);
    const card = await channelCard();
    expect(must(card.card, "card.card").title).toContain(reference);
    expect(field(card, "Stap")).toBe("Plan van aanpak vastgesteld");
    expect(field(card, "Wacht op")).toContain("Woonstichting Woonhaven");
  });
});
