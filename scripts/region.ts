// `npm run region -- check|diff|apply [--by <name>]|log [--region <id>]`: see docs/regions.md.
import { loadSlackConfig } from "../src/adapters/slack/slack-config.ts";
import { loadTeamsConfig } from "../src/adapters/teams/teams-config.ts";
import type { Platform } from "../src/app/ports.ts";
import { loadConfig } from "../src/config/config.ts";
import { runRegionCommand } from "../src/infra/region/region-command.ts";

const config = loadConfig();
// Notices of a roster change go wherever `npm start` delivers them: the console plus the configured platforms.
const platforms: Platform[] = ["local"];
if (loadSlackConfig(process.env)) platforms.push("slack");
if (loadTeamsConfig(process.env)) platforms.push("teams");
process.exitCode = await runRegionCommand({
  args: process.argv.slice(2),
  config,
  platforms,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
