// Private answers to one person: via the interaction's response_url, else an ephemeral message in the
// channel, else a DM. Never a visible channel message.
import type { AppContext } from "../../app/context.ts";
import { clip, LIMITS, type Block } from "./block-kit.ts";
import type { SlackClient } from "./slack-identity.ts";

import type { UserWorkspace } from "./slack-identity.ts";

/** Who to answer and where; `workspace` (OAuth installs only) is the user's own installed workspace. */
export interface ReplyTarget {
  user: string;
  channel?: string;
  responseUrl?: string;
  workspace?: UserWorkspace & { client: SlackClient };
}

async function viaResponseUrl(url: string, text: string, blocks?: Block[]): Promise<boolean> {
  const body = {
    response_type: "ephemeral",
    replace_original: false,
    text: clip(text, LIMITS.messageText),
    ...(blocks ? { blocks } : {}),
  };
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return response.ok;
}

export async function tellPrivately(
  ctx: AppContext,
  client: SlackClient,
  target: ReplyTarget,
  text: string,
  blocks?: Block[],
): Promise<void> {
  const payload = { text: clip(text, LIMITS.messageText), ...(blocks ? { blocks } : {}) };
  if (target.responseUrl) {
    try {
      if (await viaResponseUrl(target.responseUrl, text, blocks)) return;
      ctx.log.warn({ user: target.user }, "Slack response_url refused the reply; trying an ephemeral message");
    } catch (error) {
      ctx.log.warn({ user: target.user, err: error }, "Slack response_url failed; trying an ephemeral message");
    }
  }
  if (target.channel) {
    try {
      await client.chat.postEphemeral({ channel: target.channel, user: target.user, ...payload });
      return;
    } catch (error) {
      ctx.log.warn(
        { user: target.user, channel: target.channel, err: error },
        "ephemeral reply failed; sending a DM instead",
      );
    }
  }
  const opened = await client.conversations.open({ users: target.user });
  if (!opened.channel?.id) throw new Error("slack conversations.open returned no channel");
  await client.chat.postMessage({ channel: opened.channel.id, ...payload });
}
