// `npm run flow -- schema | check | simulate ...`: tools for coordinators who write flow files.
import { loadSettings } from "../src/settings.ts";
import { createWorkingCalendar } from "../src/domain/calendar/working-calendar.ts";
import { runFlowCli } from "../src/infra/flow-tools/flow-cli.ts";

const { config } = loadSettings();
const calendar = createWorkingCalendar({
  zone: config.timeZone,
  workdayStart: config.workdayStart,
  workdayEnd: config.workdayEnd,
});
process.exitCode = await runFlowCli({
  args: process.argv.slice(2),
  flowsDir: config.flowsDir,
  calendar,
  out: (line) => console.log(line),
});
