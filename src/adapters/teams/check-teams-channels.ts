// At start: is the bot in the team of every mapped Teams channel? Asks the Bot Framework connector for a page of
// each channel's members; names in the log each channel it cannot reach and tells the coordinators once. Never
// throws and never holds up the start: a connector that does not answer is a warning, not a finding.
import type { App } from "@microsoft/teams.apps";
import type { AppContext } from "../../app/context.ts";
import { reportChannelProblems } from "../../app/report-channel-problems.ts";
import type { TeamsConfig } from "./teams-config.ts";
import { ConnectorError, toConnectorError } from "./teams-connector.ts";
import { channelTarget, type Target } from "./teams-conversations.ts";

export interface TeamsChannelProblem {
  channel: string;
  id: string;
  reason: "not_installed" | "channel_not_found" | "unauthorized";
}

/** Throws a ConnectorError when the connector refuses to show the channel's members. */
export type ChannelProbe = (target: Target) => Promise<void>;

export function connectorProbe(app: Pick<App, "api">): ChannelProbe {
  return async ({ serviceUrl, conversationId }) => {
    try {
      await app.api.clone({ serviceUrl }).conversations.getPagedMembers(conversationId, 50);
    } catch (error) {
      throw toConnectorError("members", error);
    }
  };
}

const REASONS: Record<number, TeamsChannelProblem["reason"]> = {
  403: "not_installed",
  404: "channel_not_found",
  401: "unauthorized",
};

/** A finding about one channel, null when it is fine; undefined when the connector could not tell. */
async function problemOf(ctx: AppContext, probe: ChannelProbe, name: string, target: Target) {
  try {
    await probe(target);
    return null;
  } catch (error) {
    const reason = error instanceof ConnectorError && error.status ? REASONS[error.status] : undefined;
    if (reason) return { channel: name, id: target.conversationId, reason };
    ctx.log.warn({ channel: name, err: error }, `Teams: could not check channel ${name}; the connector did not answer`);
    return undefined;
  }
}

/** Checks every mapped channel; logs and reports what it finds, and returns the channels the bot cannot reach. */
export async function checkTeamsChannels(ctx: AppContext, config: TeamsConfig, probe: ChannelProbe) {
  const found: TeamsChannelProblem[] = [];
  let unknown = 0;
  for (const name of Object.keys(config.channels)) {
    const target = await channelTarget(ctx, config, name);
    const problem = target ? await problemOf(ctx, probe, name, target) : null;
    if (problem === undefined) unknown++;
    else if (problem) found.push(problem);
  }
  for (const p of found) {
    const hint = p.reason === "not_installed" ? " (add the Schakel app to that channel's team)" : "";
    ctx.log.warn({ ...p }, `Teams: the bot cannot post in ${p.channel}${hint}; case cards wait until that is fixed`);
  }
  if (found.length === 0 && unknown === 0)
    ctx.log.info({ channels: Object.keys(config.channels) }, "Teams: the bot can post in every channel");
  // Without an answer for every channel the picture is incomplete: tell nobody rather than something untrue.
  if (unknown === 0) await reportChannelProblems({ ctx, platform: "teams", channels: found.map((p) => p.channel) });
  ctx.log.info({ problems: found.length, unchecked: unknown }, "Teams: channel check done");
  return found;
}
