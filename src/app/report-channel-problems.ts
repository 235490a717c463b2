// Use-case: at start an adapter found region channels its bot cannot post in. The coordinators of the regions
// using them are told once (remembered per platform until the set of problems changes), on the other platforms
// when their own channel on this one is among the broken.
import type { AppContext } from "./context.ts";
import type { Platform } from "./ports.ts";
import { sharedChannelsOf } from "./case/case-channel.ts";
import { platformName } from "./platform-names.ts";

const MEMORY_KEY = "check:channels";

export interface ReportChannelProblemsOptions {
  ctx: AppContext;
  platform: Platform;
  /** Schakel channel names (e.g. `wbw-casuistiek`) the bot cannot post in; empty when every channel is fine. */
  channels: readonly string[];
}

/** True when the coordinators were told now; false when there was nothing new to tell. */
export async function reportChannelProblems({ ctx, platform, channels }: ReportChannelProblemsOptions) {
  const problems = [...new Set(channels)].sort();
  const remembered = await ctx.store.chat.conversation(platform, MEMORY_KEY);
  if ((remembered?.data.channels ?? []).toString() === problems.toString()) return false;
  const at = ctx.clock.now();
  await ctx.store.transaction(async (tx) => {
    for (const region of await tx.regions()) {
      const broken = [...sharedChannelsOf(region), region.coordinatorsChannel].filter((c) => problems.includes(c));
      if (broken.length === 0) continue;
      const notice = {
        key: "notice.channels_unreachable",
        params: { platform: platformName(platform), channels: broken.map((c) => `#${c}`).join(", ") },
      } as const;
      const ownBroken = problems.includes(region.coordinatorsChannel);
      const platforms = ctx.platforms.filter((p) => !(ownBroken && p === platform));
      if (platforms.length) await tx.enqueue({ kind: "coordinators.post", regionId: region.id, notice }, at, platforms);
    }
  });
  const data = { channels: problems };
  await ctx.store.chat.saveConversation({ platform, key: MEMORY_KEY, conversationId: "", serviceUrl: null, data }, at);
  return problems.length > 0;
}
