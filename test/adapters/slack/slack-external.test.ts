// The parties' side of external participants on Slack: `/schakel extern` adds one (the code comes back to the
// sender only), lists, records on their behalf and removes, exactly as on the console.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseDriver } from "../../support/case-driver.ts";
import { startSlackHarness, type SlackHarness } from "./slack-harness.ts";
import { slackUserId } from "./slack-requests.ts";

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => h?.close());

const ask = async (person: string, text: string) => {
  const since = h.fake.calls.length;
  const sent = await h.slack.command(slackUserId(person), "/schakel", text);
  return (await h.waitForReply(since, sent.response_id)).body.text as string;
};

describe("/schakel extern on Slack", () => {
  it("adds, lists, refuses on-behalf while no step is open, and removes a neighbourhood team worker", async () => {
    const drive = caseDriver(h.app.url);
    const { caseRef } = await drive.report("hanna-visser", "/uitstroom", {
      municipality: "bergen-op-zoom",
      care_provider: "zorggroep-kompas",
      corporation: "woonhaven",
      leaving: "bw",
      under_27: false,
      legal_basis: "consent",
      resident_name: "Iemand",
      address: "Laan 1",
    });
    const added = await ask("hanna-visser", `extern ${caseRef} toevoegen neighbourhood_team Jan Buiten; 0611`);
    expect(added).toMatch(/Wijkteammedewerker toegevoegd aan .* als E1\. .*[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/);
    expect(await ask("anouk-jansen", `extern ${caseRef} toevoegen neighbourhood_team X`)).toContain(
      "Alleen de contactpersonen van",
    );
    expect(await ask("anouk-jansen", `extern ${caseRef}`)).toContain("E1 Wijkteammedewerker");
    // The warm handover has not started yet: nothing to record on their behalf.
    expect(await ask("hanna-visser", `extern ${caseRef} namens E1`)).toContain(
      `Voor Wijkteammedewerker staat bij ${caseRef} nu geen stap open.`,
    );
    expect(await ask("hanna-visser", `extern ${caseRef} verwijderen E1`)).toContain("de toegang is direct beëindigd");
    expect(await ask("hanna-visser", `extern ${caseRef} namens E1`)).toContain("geen (actieve) externe deelnemer E1");
  });
});
