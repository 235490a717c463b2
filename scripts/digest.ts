// `npm run digest -- --dry-run [--region wbw]`: prints this week's digest to the terminal without posting
// it. Without --dry-run it queues the digest for the coordinators' channels (a running Schakel delivers it).
import { parseArgs } from "node:util";
import { buildWeeklyDigest } from "../src/app/build-weekly-digest.ts";
import { postWeeklyDigest } from "../src/app/post-weekly-digest.ts";
import { createCliContext } from "../src/infra/export/cli-context.ts";
import { loadSettings } from "../src/settings.ts";
import { cardToText } from "../src/ui/card-text.ts";
import { renderDigestCard } from "../src/ui/digest-card.ts";

const settings = loadSettings();
const { values } = parseArgs({
  options: { "dry-run": { type: "boolean", default: false }, region: { type: "string" }, url: { type: "string" } },
});
const { ctx, close } = await createCliContext({ config: settings.config });
try {
  const regions = values.region ? [values.region] : (await ctx.store.read.regions()).map((r) => r.id);
  if (values["dry-run"]) {
    for (const regionId of regions)
      console.log(`${cardToText(renderDigestCard(await buildWeeklyDigest({ ctx, regionId })))}\n`);
  } else {
    const { regions: queued } = await postWeeklyDigest({
      ctx,
      publicUrl: values.url ?? settings.scheduler.publicUrl ?? null,
    });
    console.log(
      `Queued the weekly digest for ${queued.join(", ")}; a running Schakel posts it to the coordinators' channels.`,
    );
  }
} finally {
  await close();
}
