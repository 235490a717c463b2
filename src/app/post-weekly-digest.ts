// Use-case: queue the weekly digest of every region for the coordinators' channel on every platform.
import { buildWeeklyDigest } from "./build-weekly-digest.ts";
import type { AppContext } from "./context.ts";

export interface PostWeeklyDigestOptions {
  ctx: AppContext;
  at?: Date /** Base URL of the console, for the chart link. */;
  publicUrl?: string | null;
}

export const digestLink = (publicUrl: string | null | undefined, regionId: string) =>
  publicUrl ? `${publicUrl.replace(/\/+$/, "")}/digest?region=${encodeURIComponent(regionId)}` : null;

export async function postWeeklyDigest({
  ctx,
  at,
  publicUrl,
}: PostWeeklyDigestOptions): Promise<{ regions: string[] }> {
  const now = at ?? ctx.clock.now();
  const regions: string[] = [];
  for (const region of await ctx.store.read.regions()) {
    const digest = await buildWeeklyDigest({
      ctx,
      regionId: region.id,
      at: now,
      link: digestLink(publicUrl, region.id),
    });
    await ctx.store.transaction((tx) =>
      tx.enqueue({ kind: "digest.post", regionId: region.id, digest }, now, ctx.platforms),
    );
    regions.push(region.id);
    ctx.log.info(
      { regionId: region.id, week: digest.week.number, municipalities: digest.municipalities.length },
      "weekly digest queued",
    );
  }
  return { regions };
}
