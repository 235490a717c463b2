// A reporter whose case card could not be posted in the Teams channel (the bot is not in the team) reads that in
// their confirmation, on Teams and on the console, instead of "sent to the parties"; with the card posted, the
// confirmation is as before.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VALID_REPORT } from "../../contract/adapter-contract.ts";
import { consoleClient } from "../../support/console-client.ts";
import { drainOutbox } from "../../support/drain-outbox.ts";
import { must } from "../../support/must.ts";
import type { Parsed } from "../../support/parsed.ts";
import { CHANNEL_ID, personal, taskFetch, taskSubmit } from "./activities.ts";
import { activityText, cardOf, dialogButtons } from "./card-text.ts";
import { dialogCardOf } from "./teams-driver.ts";
import { startTeamsHarness, type TeamsHarness } from "./teams-harness.ts";

const WAITING = "kon nog niet in het gedeelde kanaal";
const SENT = "naar de partijen gestuurd";

describe("the reporter's confirmation when the Teams card cannot be posted", () => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness();
  });
  afterAll(async () => h?.close());

  /** Reports through the form card in the reporter's personal chat; the text of the card Teams answers with. */
  async function reportInTeams(as: string): Promise<string> {
    const user = must(h.users[as], as);
    // Earlier reports' deliveries (case cards with dialog buttons, in this person's chat too) land first, so the
    // launcher found below is the command's answer and not a late case card.
    await drainOutbox(h.app);
    const sentBefore = h.connector.sent.length;
    const opened = await h.post({ ...personal(user, h.connector.url), type: "message", text: "melding overlast" });
    expect(opened.status).toBe(200);
    const chat = personal(user, h.connector.url).conversation.id;
    // The command answers with a card whose button opens the report form as a dialog.
    const launcher = h.connector.sent
      .slice(sentBefore)
      .filter((s) => s.conversationId === chat)
      .map((s) => cardOf(s.activity))
      .find((card) => card && dialogButtons(card).length > 0);
    const button = must(dialogButtons(must(launcher, "the card with the form's button"))[0], "its button");
    const dialog = dialogCardOf((await h.post(taskFetch(personal(user, h.connector.url), button.data))).body);
    const submit = must(
      (dialog?.actions ?? []).find((a: Parsed) => a.type === "Action.Submit" && a.data?.schakelVerb === "form.submit"),
      "the report dialog's submit",
    );
    const before = h.connector.sent.length;
    const answer = await h.post(taskSubmit(personal(user, h.connector.url), { ...submit.data, ...VALID_REPORT }));
    const body = answer.body as Parsed;
    // Ack first: the dialog closes with "wordt verwerkt"; the confirmation follows in the personal chat.
    expect(String(body?.task?.value ?? ""), JSON.stringify(body)).toMatch(/^Je melding wordt verwerkt/);
    await h.app.flush();
    const told = h.connector.sent.slice(before).filter((s) => s.conversationId === chat && s.op === "create");
    return told.map((s) => activityText(s.activity)).join("\n");
  }

  async function reportOnConsole(as: string): Promise<string> {
    const web = consoleClient(h.app.url);
    const opened = await web.command(as, "/overlast");
    const submitted = await web.submit(as, opened.body.form.id, VALID_REPORT);
    expect(submitted.status).toBe(200);
    return submitted.body.message.text;
  }

  it("on Teams: says the card is not in the channel yet, with the reference", async () => {
    h.connector.refusedConversations.set(CHANNEL_ID, 403);
    const text = await reportInTeams("eva-bakker");
    expect(text).toMatch(/OV-\d{4}-\d{4} is aangemaakt, maar de kaart kon nog niet in het gedeelde kanaal/);
    expect(text).not.toContain(SENT);
  });

  it("on the console: names Teams as the platform whose channel does not have the card yet", async () => {
    const text = await reportOnConsole("eva-bakker");
    expect(text).toContain(`${WAITING} op Teams worden geplaatst`);
    expect(text).not.toContain(SENT);
  });

  it("confirms as before on the console once the bot is in the channel", async () => {
    h.connector.refusedConversations.delete(CHANNEL_ID);
    expect(await reportOnConsole("eva-bakker")).toContain(SENT);
  });

  it("confirms as before on Teams once the bot is in the channel", async () => {
    expect(await reportInTeams("eva-bakker")).toContain(SENT);
  });
});
