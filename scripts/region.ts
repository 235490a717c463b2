// `npm run region -- check|diff|apply [--by <name>]|log [--region <id>]`: see docs/regions.md.
import type { Platform } from "../src/app/ports.ts";
import { loadSettings } from "../src/settings.ts";
import { runRegionCommand } from "../src/infra/region/region-command.ts";

const { config, slack, teams } = loadSettings();
// Notices of a roster change go wherever `npm start` delivers them: the console plus the configured platforms.
const platforms: Platform[] = ["local"];
if (slack) platforms.push("slack");
if (teams) platforms.push("teams");
process.exitCode = await runRegionCommand({
  args: process.argv.slice(2),
  config,
  platforms,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
