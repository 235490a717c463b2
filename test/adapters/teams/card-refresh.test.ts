// Universal Actions refresh: the channel's case card names the routed people Teams refreshes it for
// (refresh.userIds), and a refresh answers each viewer with only the buttons that apply to them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VALID_REPORT } from "../../contract/adapter-contract.ts";
import { CHANNEL_ID, execute, inChannel } from "./activities.ts";
import { adaptiveCardText, cardOf } from "./card-text.ts";
import { teamsDriver } from "./teams-driver.ts";
import { startTeamsHarness, type TeamsHarness } from "./teams-harness.ts";

type Json = Record<string, unknown> & { refresh?: { action: { data: Record<string, unknown> }; userIds?: string[] } };

function cardIn(activity: Record<string, unknown>): Json {
  const card = cardOf(activity);
  if (!card) throw new Error("the activity has no Adaptive Card");
  return card as Json;
}

describe("Teams card refresh per viewer", () => {
  let h: TeamsHarness;
  let driver: ReturnType<typeof teamsDriver>;
  let reference = "";
  let caseCard: { id: string; card: Json };

  beforeAll(async () => {
    h = await startTeamsHarness();
    driver = teamsDriver(h);
    // Anouk works for Woonhaven in Bergen op Zoom: known to the bot, but not on a Roosendaal case.
    await driver.installEverywhere(["eva-bakker", "joris-de-bruijn", "yvonne-maas", "anouk-jansen"]);
    const report = await driver.submitReport("eva-bakker", VALID_REPORT);
    if (!report.ok) throw new Error(`report refused: ${JSON.stringify(report.errors)}`);
    reference = report.reference;
    await h.app.flush();
    const posted = h.connector
      .inConversation(CHANNEL_ID)
      .filter((s) => cardOf(s.activity) && adaptiveCardText(cardIn(s.activity)).includes(reference));
    const last = posted.at(-1);
    if (!last) throw new Error(`no channel card for ${reference}`);
    caseCard = { id: last.id, card: cardIn(last.activity) };
  });
  afterAll(async () => h?.close());

  const refreshAs = async (personId: string) => {
    const user = h.users[personId];
    if (!user) throw new Error(`no Teams user ${personId}`);
    const activity = execute(inChannel(user, h.connector.url, caseCard.id), "card.refresh", { caseId: caseId() });
    const { body } = await h.post({ ...activity, value: { ...activity.value, trigger: "automatic" } });
    expect(body?.type).toBe("application/vnd.microsoft.card.adaptive");
    return body.value as { actions?: { verb?: string; title: string }[]; refresh: { userIds?: string[] } };
  };
  const caseId = () => caseCard.card.refresh?.action.data.caseId;
  const verbs = (card: { actions?: { verb?: string }[] }) => (card.actions ?? []).map((a) => a.verb);

  it("lists the case's contacts and coordinators that Teams knows for automatic refresh, and nobody else", () => {
    const userIds = caseCard.card.refresh?.userIds;
    expect(userIds).toEqual(expect.arrayContaining(["29:eva-bakker", "29:joris-de-bruijn", "29:yvonne-maas"]));
    expect(userIds).not.toContain("29:anouk-jansen");
  });

  it("gives the reporter no Bevestigen (her party confirmed by reporting), the care contact one", async () => {
    const eva = await refreshAs("eva-bakker");
    expect(verbs(eva)).not.toContain("case.acknowledge");
    expect(verbs(eva)).toContain("case.details");
    const joris = await refreshAs("joris-de-bruijn");
    expect(verbs(joris)).toContain("case.acknowledge");
    // The refreshed card keeps naming the same people, so Teams goes on refreshing it.
    expect(joris.refresh.userIds).toEqual(caseCard.card.refresh?.userIds);
  });

  it("shows someone who is not on the case no button to acknowledge", async () => {
    expect(verbs(await refreshAs("anouk-jansen"))).not.toContain("case.acknowledge");
  });
});
