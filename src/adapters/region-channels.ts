// The channel ids a platform posts to: those the region files give (channels.<shared|coordinators>.<platform>),
// merged with SLACK_CHANNELS / TEAMS_CHANNELS. The environment wins for a name it lists, so one deployment
// (a test workspace) can point a region's channel elsewhere without editing the shared region file.
import type { AppContext } from "../app/context.ts";

type Channels = Record<string, string>;

export async function withRegionChannels(
  ctx: AppContext,
  platform: "slack" | "teams",
  fromEnv: Channels,
): Promise<Channels> {
  const regions = await ctx.store.read.regions();
  const fromFiles: Channels = Object.assign({}, ...regions.map((r) => r.channelIds[platform]));
  for (const [name, id] of Object.entries(fromEnv)) {
    if (fromFiles[name] && fromFiles[name] !== id) {
      const ids = { file: fromFiles[name], env: id };
      ctx.log.warn({ platform, channel: name, ...ids }, "channel id in the environment overrides the region file");
    }
  }
  return { ...fromFiles, ...fromEnv };
}
