// At start the Teams adapter asks the connector, per mapped channel, whether the bot is in that channel's team, and
// names each one it cannot reach; the coordinators are told once, elsewhere when their own channel is the broken
// one. A connector that does not answer is a warning and tells nobody anything untrue; the start never waits.
import { afterEach, describe, expect, it } from "vitest";
import type { Logger } from "../../../src/app/ports.ts";
import { reportChannelProblems } from "../../../src/app/report-channel-problems.ts";
import { drainOutbox } from "../../support/drain-outbox.ts";
import { must } from "../../support/must.ts";
import { silentLog } from "../../support/test-app.ts";
import { CHANNEL_ID, COORDINATORS_ID } from "./activities.ts";
import { startTeamsHarness, type TeamsHarness } from "./teams-harness.ts";

type Line = { level: "info" | "warn"; fields: object; message: string };

/** A logger that keeps every line and resolves `done` when the channel check has finished. */
function recordingLog() {
  const lines: Line[] = [];
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const log: Logger = {
    ...silentLog,
    info: (fields, message) => {
      lines.push({ level: "info", fields, message });
      if (message === "Teams: channel check done") finish();
    },
    // Only the check's own lines (the test mode and others warn too).
    warn: (fields, message) => void (message.startsWith("Teams: ") && lines.push({ level: "warn", fields, message })),
  };
  return { lines, done, log };
}

const NOTICE = "Schakel kan op Teams niet posten in";

describe("Teams channel check at start", () => {
  let h: TeamsHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  async function start(channelProblems: Record<string, 403 | 404 | 500>) {
    const recorded = recordingLog();
    h = await startTeamsHarness({ log: recorded.log, channelProblems });
    await recorded.done;
    await drainOutbox(h.app);
    const noticesIn = async (channel: string) =>
      ((await (await fetch(`${h?.app.url}/api/channels/${channel}/messages`)).json()) as { text: string }[])
        .map((m) => m.text)
        .filter((text) => text.includes(NOTICE));
    return { ...recorded, noticesIn };
  }

  it("names the channel whose team has not added the bot, and tells the coordinators once", async () => {
    const { lines, noticesIn } = await start({ [COORDINATORS_ID]: 403 });
    const warned = lines.filter((l) => l.message.startsWith("Teams: the bot cannot post in"));
    expect(warned.map((l) => l.fields)).toEqual([
      { channel: "wbw-coordinatoren", id: COORDINATORS_ID, reason: "not_installed" },
    ]);
    expect(warned[0]?.message).toContain("add the Schakel app to that channel's team");
    // Their Teams channel is the broken one: the coordinators read it on the console instead.
    expect(await noticesIn("wbw-coordinatoren")).toEqual([
      "Schakel kan op Teams niet posten in #wbw-coordinatoren: de app is daar niet toegevoegd of het kanaal bestaat " +
        "niet. Meldingen voor die kanalen wachten tot de beheerder dit herstelt. Je hoort dit één keer.",
    ]);
    expect(h?.connector.inConversation(COORDINATORS_ID).map((a) => a.activity.text)).toEqual([]);

    // The next start finds the same problem: nobody is told again.
    const told = await reportChannelProblems({
      ctx: must(h, "the harness").app.ctx,
      platform: "teams",
      channels: ["wbw-coordinatoren"],
    });
    expect(told).toBe(false);
  });

  it("posts the notice in the Teams coordinators' channel when only the shared channel is unreachable", async () => {
    const { lines, noticesIn } = await start({ [CHANNEL_ID]: 404 });
    expect(lines.filter((l) => l.level === "warn").map((l) => l.fields)).toEqual([
      { channel: "wbw-casuistiek", id: CHANNEL_ID, reason: "channel_not_found" },
    ]);
    expect(await noticesIn("wbw-coordinatoren")).toHaveLength(1);
    const inTeams = h?.connector.inConversation(COORDINATORS_ID).map((a) => JSON.stringify(a.activity)) ?? [];
    expect(inTeams.filter((a) => a.includes(NOTICE))).toHaveLength(1);
  });

  it("says the bot can post everywhere when it can, and tells nobody anything", async () => {
    const { lines, noticesIn } = await start({});
    expect(lines.some((l) => l.message === "Teams: the bot can post in every channel")).toBe(true);
    expect(lines.filter((l) => l.level === "warn")).toEqual([]);
    expect(await noticesIn("wbw-coordinatoren")).toEqual([]);
  });

  it("only warns when the connector does not answer, and starts anyway", async () => {
    const { lines, noticesIn } = await start({ [CHANNEL_ID]: 500 });
    expect(lines.filter((l) => l.level === "warn").map((l) => l.message)).toEqual([
      "Teams: could not check channel wbw-casuistiek; the connector did not answer",
    ]);
    expect(await noticesIn("wbw-coordinatoren")).toEqual([]);
    const answered = await fetch(`${h?.app.url}/api/channels/wbw-casuistiek/messages`);
    expect(answered.status).toBe(200);
  });
});
