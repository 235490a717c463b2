// A coordinator links a Slack user whose e-mail is not on the roster; nobody else can.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OUTSIDER, startSlackHarness, type SlackHarness } from "./slack-harness.ts";
import { slackUserId } from "./slack-requests.ts";

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => h?.close());

const ask = async (userId: string, text: string) => {
  const since = h.fake.calls.length;
  const sent = await h.slack.command(userId, "/schakel", text);
  return (await h.waitForReply(since, sent.response_id)).body.text as string;
};

describe("linking a Slack account by a coordinator", () => {
  it("refuses anyone who is not a coordinator", async () => {
    expect(await ask(slackUserId("eva-bakker"), `koppel <@${OUTSIDER}|buiten> femke-de-wit`)).toContain(
      "Alleen een coördinator kan accounts koppelen",
    );
    expect(await h.app.ctx.store.read.personByIdentity("slack", OUTSIDER)).toBeNull();
  });

  it("links the mentioned user to the roster person, who can then work in Slack", async () => {
    expect(await ask(slackUserId("yvonne-maas"), "koppel femke-de-wit")).toContain("Gebruik: /schakel koppel");
    expect(await ask(slackUserId("yvonne-maas"), `koppel <@${OUTSIDER}|buiten> niemand@example.com`)).toContain(
      "niemand@example.com staat niet in het rooster",
    );
    expect(
      await ask(slackUserId("yvonne-maas"), `koppel <@${OUTSIDER}|buiten> femke-de-wit@demo.schakel.nl`),
    ).toContain("Gekoppeld aan Femke de Wit");
    expect((await h.app.ctx.store.read.personByIdentity("slack", OUTSIDER))?.id).toBe("femke-de-wit");
    expect(await ask(OUTSIDER, "mijn")).toContain("Je hebt geen openstaande taken");
  });
});
