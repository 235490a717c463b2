// Fuzz-style: ~200 correctly signed but malformed Slack payloads and ~100 malformed Teams activities, made by
// mutating real shapes with a seeded generator. None may get a 500, and the process keeps serving afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Logger } from "../../src/app/ports.ts";
import { must } from "../support/must.ts";
import { silentLog } from "../support/test-app.ts";
import { startSlackHarness, type SlackHarness } from "./slack/slack-harness.ts";
import { CHANNELS, slackUserId } from "./slack/slack-requests.ts";
import { execute, message, personal } from "./teams/activities.ts";
import { startTeamsHarness, type TeamsHarness } from "./teams/teams-harness.ts";

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function seeded(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T };
}

const ODD_VALUES = [null, 0, -1, 1e308, "", "x".repeat(5000), [], [1, "a"], {}, { a: { b: null } }, true, "💥\u0000"];

/** Replaces, removes or retypes one value somewhere in the object (a path chosen at random). */
function mutate(value: unknown, rng: ReturnType<typeof seeded>, depth = 0): unknown {
  if (value === null || typeof value !== "object" || depth > 4 || rng.next() < 0.25) return rng.pick(ODD_VALUES);
  const copy: Record<string, unknown> = Array.isArray(value) ? { ...value } : { ...(value as object) };
  const keys = Object.keys(copy);
  if (keys.length === 0) return rng.pick(ODD_VALUES);
  const key = rng.pick(keys);
  if (rng.next() < 0.2) delete copy[key];
  else copy[key] = mutate(copy[key], rng, depth + 1);
  return Array.isArray(value) ? Object.values(copy) : copy;
}

describe("malformed payloads never crash Schakel or answer 500", () => {
  let slack: SlackHarness;
  let teams: TeamsHarness;
  const TEAMS_REFUSAL = "refused a malformed Teams activity";
  const teamsRefusals: object[] = [];
  beforeAll(async () => {
    const log: Logger = { ...silentLog, warn: (o, m) => void (m === TEAMS_REFUSAL && teamsRefusals.push(o)) };
    [slack, teams] = await Promise.all([startSlackHarness(), startTeamsHarness({ log })]);
  });
  afterAll(async () => Promise.all([slack?.close(), teams?.close()]));

  const slackShapes = (user: string) => [
    {
      type: "block_actions",
      user: { id: user },
      actions: [{ action_id: "case.acknowledge", value: "x", action_ts: "1" }],
    },
    {
      type: "view_submission",
      user: { id: user },
      view: { id: "V1", callback_id: "schakel_form", state: { values: {} } },
    },
    {
      type: "message_action",
      callback_id: "report_from_message",
      user: { id: user },
      channel: { id: CHANNELS.shared },
    },
    { type: "view_closed", user: { id: user }, view: { id: "V2" } },
  ];

  it("answers 200 signed malformed Slack payloads without a 500", async () => {
    const rng = seeded(10);
    const shapes = slackShapes(slackUserId("eva-bakker"));
    const statuses: number[] = [];
    for (let i = 0; i < 200; i++) {
      const payload = mutate(rng.pick(shapes), rng);
      const form = i % 10 === 9;
      const body = form
        ? new URLSearchParams({ command: "/overlast", user_id: String(rng.pick(ODD_VALUES)), text: "x" }).toString()
        : new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      statuses.push((await slack.slack.send(body, "application/x-www-form-urlencoded")).status);
    }
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 400).length).toBeGreaterThan(50);
    await slack.app.inbox.idle();
    expect((await slack.openModal("eva-bakker")).title.text).toBe("Overlast melden");
  }, 60_000);

  it("answers 100 malformed Teams activities without a 500", async () => {
    const rng = seeded(20);
    const eva = must(teams.users["eva-bakker"], "eva-bakker");
    const where = personal(eva, teams.connector.url);
    const shapes = [message(where, "help"), execute(where, "case.acknowledge", { caseId: "c1", revision: 1 })];
    const statuses: number[] = [];
    const { port, path } = teams.address;
    const post = (body: unknown) =>
      fetch(`http://127.0.0.1:${port}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const failures: string[] = [];
    for (let i = 0; i < 100; i++) {
      const activity = mutate(rng.pick(shapes), rng);
      const response = await post(activity);
      statuses.push(response.status);
      if (response.status >= 500) failures.push(`${response.status} ${JSON.stringify(activity).slice(0, 300)}`);
    }
    expect(failures).toEqual([]);
    // Each refusal says why, in English (a reason such as "from.id: Invalid input").
    expect(statuses.filter((s) => s === 400).length).toBeGreaterThan(30);
    expect(teamsRefusals).toHaveLength(statuses.filter((s) => s === 400).length);
    expect(teamsRefusals[0]).toMatchObject({ reason: expect.stringMatching(/^[\x20-\x7e]+$/) });
    const help = await teams.post(message(where, "help"));
    expect(help.status).toBeLessThan(300);
  }, 60_000);
});
