// Malformed but correctly signed Slack requests through the real Bolt HTTP receiver: each gets 400 and an
// English log line, the process lives, and a normal request still works afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSlackHarness, type SlackHarness } from "./slack-harness.ts";
import { CHANNELS, slackUserId } from "./slack-requests.ts";

const FORM = "application/x-www-form-urlencoded";

describe("Slack adapter with malformed signed requests", () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => h?.close());

  const bodies: Array<[string, string]> = [
    ["payload=null", "payload=null"],
    ["payload that is not JSON", "payload=%7Bnot-json"],
    ["payload that is a number", "payload=42"],
    ["payload that is an array", `payload=${encodeURIComponent("[1,2]")}`],
    ["payload without a type", `payload=${encodeURIComponent(JSON.stringify({ user: { id: "U1" } }))}`],
    [
      "block_actions without actions",
      `payload=${encodeURIComponent(JSON.stringify({ type: "block_actions", user: { id: "U1" } }))}`,
    ],
    [
      "view_submission without a view",
      `payload=${encodeURIComponent(JSON.stringify({ type: "view_submission", user: { id: "U1" } }))}`,
    ],
    [
      "view_submission with a view of the wrong shape",
      `payload=${encodeURIComponent(JSON.stringify({ type: "view_submission", user: null, view: { callback_id: 7, state: "x" } }))}`,
    ],
    ["a command without a user", "command=%2Foverlast&text=&trigger_id=1.T"],
  ];

  it.each(bodies)("answers %s with 400 and stays alive", async (_name, body) => {
    const logged = h.waitForLog("refused a malformed Slack request");
    const response = await h.slack.send(body, FORM);
    expect(response.status).toBe(400);
    expect(await logged).toMatchObject({ reason: expect.any(String) });
  });

  it("answers JSON that is not an event with 400", async () => {
    expect((await h.slack.send("null", "application/json")).status).toBe(400);
    expect((await h.slack.send("{nope", "application/json")).status).toBe(400);
  });

  it("refuses a timestamp more than five minutes in the future", async () => {
    const inTenMinutes = Math.floor(Date.now() / 1000) + 600;
    const since = h.fake.calls.length;
    const sent = await h.slack.command(slackUserId("eva-bakker"), "/overlast", "", CHANNELS.shared, {
      timestamp: inTenMinutes,
    });
    expect(sent.status).toBe(401);
    expect(h.fake.calls.slice(since).filter((c) => c.method === "views.open")).toEqual([]);
  });

  it("still opens the report modal for a normal request afterwards", async () => {
    const view = await h.openModal("eva-bakker");
    expect(view.title.text).toBe("Overlast melden");
  });
});
