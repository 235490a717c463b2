// A coordinator links a Slack user whose e-mail is not on the roster (by hand, or with a one-time code the
// person types themselves); nobody else can, and a code works once, for 24 hours.
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setClock } from "../../support/test-app.ts";
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
    expect(await ask(slackUserId("yvonne-maas"), "koppel")).toContain("Gebruik: /schakel koppel");
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

describe("linking with a one-time code", () => {
  const STRANGER = "U0NOPROFILE";
  const REFUSED = "Deze code is onbekend, al gebruikt of verlopen";
  const issue = async (person: string) => {
    const text = await ask(slackUserId("yvonne-maas"), `koppel ${person}`);
    const code = /[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(text)?.[0] ?? "";
    return { text, code };
  };

  it("gives a coordinator a code for a person, and nobody else", async () => {
    expect(await ask(slackUserId("eva-bakker"), "koppel karin-hendriks")).toContain("Alleen een coördinator");
    const { text, code } = await issue("karin-hendriks");
    expect(text).toContain(`Code voor Karin Hendriks: ${code}`);
    expect(text).toMatch(/werkt één keer, tot/);
    // Only the hash is stored: the code itself is nowhere in the database file.
    const file = h.app.databaseUrl.slice("file:".length);
    const raw = Buffer.concat([file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f)));
    expect(raw.includes(Buffer.from(code))).toBe(false);
  });

  it("links the account that types the code to that person, once; a wrong code links nothing", async () => {
    const { code } = await issue("karin-hendriks");
    expect(await ask(STRANGER, "koppel ABCD-EFGH")).toContain(REFUSED);
    expect(await h.app.ctx.store.read.personByIdentity("slack", STRANGER)).toBeNull();
    expect(await ask(STRANGER, `koppel ${code.toLowerCase()}`)).toContain(
      "Gekoppeld: je bent in Schakel Karin Hendriks",
    );
    expect((await h.app.ctx.store.read.personByIdentity("slack", STRANGER))?.id).toBe("karin-hendriks");
    expect(await ask(STRANGER, "mijn")).toContain("Je hebt geen openstaande taken");
    expect(await ask("U0SECOND", `koppel ${code}`)).toContain(REFUSED);
    expect(await h.app.ctx.store.read.personByIdentity("slack", "U0SECOND")).toBeNull();
  });

  it("refuses a code after 24 hours", async () => {
    const { code } = await issue("maaike-dekker");
    setClock(h.app, new Date(h.app.ctx.clock.now().getTime() + 24 * 60 * 60 * 1000 + 1000));
    expect(await ask("U0LATE", `koppel ${code}`)).toContain(REFUSED);
    expect(await h.app.ctx.store.read.personByIdentity("slack", "U0LATE")).toBeNull();
  });
});
