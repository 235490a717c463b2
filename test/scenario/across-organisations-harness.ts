// The set-up of the cross-organisation scenario: the console, Slack workspace A (the corporation, which holds
// the region channel), workspace B (the care provider, joined to that channel through Slack Connect) with
// OAuth installs on one fake Slack, and one Teams tenant (the municipality) on a fake connector.
import { createSlackAdapter } from "../../src/adapters/slack/slack-adapter.ts";
import { VALID_REPORT } from "../contract/adapter-contract.ts";
import { FakeSlackApi, type FakeWorkspace, type StoredMessage } from "../adapters/slack/fake-slack-api.ts";
import { CHANNELS, SIGNING_SECRET, slackRequests, type SlackRequests } from "../adapters/slack/slack-requests.ts";
import { teamsUser } from "../adapters/teams/activities.ts";
import { startTeamsHarness, type TeamsHarness } from "../adapters/teams/teams-harness.ts";

/** A Teams user whose e-mail address is on no roster: only a coordinator's code can link them. */
export const TEAMS_GUEST = teamsUser("teams-guest", "Gast", "gast@elders.example");

export const A: FakeWorkspace = {
  teamId: "TCORP",
  code: "code-a",
  botToken: "xoxb-corporatie-0a1b2c3d",
  users: { U0EVA: "eva-bakker@demo.schakel.nl" },
};
export const B: FakeWorkspace = {
  teamId: "TZORG",
  code: "code-b",
  botToken: "xoxb-zorg-4e5f6a7b",
  users: { U0JORIS: "joris-de-bruijn@demo.schakel.nl" },
};

export interface CrossOrg {
  slack: FakeSlackApi;
  teams: TeamsHarness;
  from(teamId: string): SlackRequests;
  /** Eva reports from workspace A through /overlast and the modal; returns the case reference. */
  report(values?: Record<string, string>): Promise<string>;
  /** Slack messages (channel cards, DMs) whose blocks mention the reference. */
  slackCopies(reference: string, channel: string): StoredMessage[];
  close(): Promise<void>;
}

async function install(base: string, code: string): Promise<void> {
  const start = await fetch(`${base}/slack/install`, { redirect: "manual" });
  const state = new URL(start.headers.get("location") ?? "").searchParams.get("state") ?? "";
  const cookie = (start.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const done = await fetch(`${base}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, {
    headers: { cookie },
    redirect: "manual",
  });
  await done.text();
  if (done.status !== 200) throw new Error(`install with ${code} failed: ${done.status}`);
}

export async function startCrossOrg(): Promise<CrossOrg> {
  const slack = await new FakeSlackApi({}, [A, B]).start();
  const factory = createSlackAdapter({
    botToken: null,
    apiUrl: slack.apiUrl,
    oauth: {
      clientId: "1234.5678",
      clientSecret: "client-secret-x",
      stateSecret: "state-secret-0123456789",
      homeWorkspace: A.teamId,
    },
    mode: { kind: "http", signingSecret: SIGNING_SECRET, port: 0, path: "/slack/events" },
    channels: { "wbw-casuistiek": CHANNELS.shared, "wbw-coordinatoren": CHANNELS.coordinators },
  });
  const teams = await startTeamsHarness({ otherAdapters: [factory], extraUsers: [TEAMS_GUEST] });
  const base = `http://127.0.0.1:${factory.address()?.port}`;
  await install(base, A.code);
  await install(base, B.code);
  const makers = new Map<string, SlackRequests>();
  const from = (teamId: string): SlackRequests => {
    const made = makers.get(teamId) ?? slackRequests(`${base}/slack/events`, slack.url, teamId);
    makers.set(teamId, made);
    return made;
  };
  return {
    slack,
    teams,
    from,
    async report(values = VALID_REPORT) {
      const since = slack.calls.length;
      const opened = await from(A.teamId).command("U0EVA", "/overlast");
      const view = (
        await slack.waitFor((c) => c.method === "views.open" && c.body.trigger_id === opened.trigger_id, since)
      ).body.view;
      await from(A.teamId).submitView("U0EVA", view, values);
      const done = await slack.waitFor(
        (c) => c.method === "response_url" && /OV-\d{4}-\d{4}/.test(String(c.body.text)),
        since,
      );
      await teams.app.flush();
      return /OV-\d{4}-\d{4}/.exec(String(done.body.text))?.[0] ?? "";
    },
    slackCopies: (reference, channel) =>
      slack.messages.filter(
        (m) => m.channel === channel && !m.thread_ts && JSON.stringify(m.blocks).includes(reference),
      ),
    async close() {
      await teams.close();
      await slack.close();
    },
  };
}
