// At start: can the bot post in every mapped channel? Asks Slack (conversations.info) per channel and logs, by
// name, each one it cannot post in (not a member, archived, unknown), so an operator fixes it before a card fails.
import type { Logger } from "../../app/ports.ts";
import { platformErrorCode } from "./slack-errors.ts";
import type { SlackClient } from "./slack-identity.ts";

/** Reasons that say for certain the bot cannot post (not a rate limit or a network failure). */
const DEFINITE = new Set(["archived", "not_in_channel", "channel_not_found", "is_archived"]);
export const isDefinite = (problem: ChannelProblem) => DEFINITE.has(problem.reason);

export interface ChannelProblem {
  channel: string;
  id: string;
  reason: string;
}

async function problemOf(client: SlackClient, channel: string, id: string): Promise<ChannelProblem | null> {
  try {
    const info = await client.conversations.info({ channel: id });
    if (info.channel?.is_archived) return { channel, id, reason: "archived" };
    // A private channel the bot can see is one it is in; a public one says whether it is a member.
    if (info.channel?.is_member === false) return { channel, id, reason: "not_in_channel" };
    return null;
  } catch (error) {
    return { channel, id, reason: platformErrorCode(error) ?? String(error) };
  }
}

/** The mapped channels (name → id) the bot cannot post in; never throws, never stops the start. */
export async function checkSlackChannels(
  client: SlackClient,
  channels: Record<string, string>,
  log: Logger,
): Promise<ChannelProblem[]> {
  const checks = Object.entries(channels).map(([name, id]) => problemOf(client, name, id));
  const problems = (await Promise.all(checks)).filter((p): p is ChannelProblem => p !== null);
  for (const p of problems) {
    const hint = p.reason === "not_in_channel" ? " (invite the app with /invite @Schakel)" : "";
    log.warn({ ...p }, `Slack: the bot cannot post in #${p.channel}${hint}; case cards wait until that is fixed`);
  }
  if (problems.length === 0) log.info({ channels: Object.keys(channels) }, "Slack: the bot can post in every channel");
  return problems;
}
