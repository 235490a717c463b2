// The message action "Melden als overlast": Teams sends composeExtension/fetchTask for a message, Schakel opens the
// report form as a dialog with the message as description, and composeExtension/submitAction files the report.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VALID_REPORT } from "../../contract/adapter-contract.ts";
import { CHANNEL_ID, inChannel, teamsUser, type TeamsUser } from "./activities.ts";
import { activityText } from "./card-text.ts";
import { startTeamsHarness, type TeamsHarness } from "./teams-harness.ts";

// biome-ignore lint/suspicious/noExplicitAny: invoke answers are untyped JSON, read field by field in assertions
type Json = Record<string, any>;

describe("Teams message action: Melden als overlast", () => {
  let h: TeamsHarness;
  const stranger = teamsUser("onbekend", "Onbekende Collega", "iemand@elders.example");

  beforeAll(async () => {
    h = await startTeamsHarness({ extraUsers: [stranger] });
  });
  afterAll(async () => h?.close());

  const user = (personId: string): TeamsUser => {
    const found = h.users[personId];
    if (!found) throw new Error(`no Teams user ${personId}`);
    return found;
  };
  const invoke = (as: string, name: string, value: Json) =>
    h.post({ ...inChannel(user(as), h.connector.url, "1700000000100"), type: "invoke", name, value });

  const fetchTask = (as: string) =>
    invoke(as, "composeExtension/fetchTask", {
      commandId: "reportNuisance",
      commandContext: "message",
      messagePayload: {
        id: "1700000000100",
        body: { contentType: "html", content: "<p>Buren slaan 's nachts op de muur</p>" },
      },
    });

  /** The dialog's card, and the data its submit button sends (every Action.Submit in a dialog carries its verb). */
  function dialogForm(body: Json) {
    expect(body.task.type).toBe("continue");
    const card = body.task.value.card.content;
    const submit = card.actions.find((a: Json) => a.data?.schakelVerb === "form.submit");
    expect(submit?.type).toBe("Action.Submit");
    return { card, submitData: submit.data as Json };
  }
  const submitAction = (as: string, data: Json) =>
    invoke(as, "composeExtension/submitAction", { commandId: "reportNuisance", commandContext: "message", data });

  it("opens the nuisance form as a dialog, with the message as what happened", async () => {
    const { status, body } = await fetchTask("eva-bakker");
    expect(status).toBe(200);
    const { card } = dialogForm(body);
    expect(body.task.value.title).toBe("Overlast melden");
    const description = JSON.stringify(card.body.find((e: Json) => e.id === "description"));
    expect(description).toContain("Buren slaan 's nachts op de muur");
    expect(JSON.stringify(card)).not.toContain("Action.Execute");
  });

  it("keeps the dialog open with Dutch field errors, then files the report once and closes", async () => {
    const { submitData } = dialogForm((await fetchTask("eva-bakker")).body);
    const refused = await submitAction("eva-bakker", { ...submitData, municipality: "roosendaal" });
    const again = dialogForm(refused.body);
    expect(JSON.stringify(again.card)).toContain("Vul dit veld in.");

    const filed = await submitAction("eva-bakker", { ...again.submitData, ...VALID_REPORT });
    expect(filed.body.task.type).toBe("message");
    const reference = /OV-\d{4}-\d{4}/.exec(filed.body.task.value)?.[0];
    expect(reference, filed.body.task.value).toBeDefined();
    const twice = await submitAction("eva-bakker", { ...again.submitData, ...VALID_REPORT });
    expect(twice.body.task.value).toContain("al verwerkt");
    await h.app.flush();
    const cards = h.connector.sent.filter(
      (s) =>
        s.op === "create" && s.conversationId === CHANNEL_ID && activityText(s.activity).includes(reference ?? "?"),
    );
    expect(cards).toHaveLength(1);
  });

  it("tells someone who is not on the roster why, and opens nothing", async () => {
    const { body } = await fetchTask("onbekend");
    expect(body.task.type).toBe("message");
    expect(body.task.value).toContain("nog niet gekoppeld");
  });
});
