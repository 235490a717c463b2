// `npm run outbox -- list | retry <id…> | retry --all`: list and requeue dead letters (see src/infra/outbox).
import { createCliContext } from "../src/infra/export/cli-context.ts";
import { loadSettings } from "../src/settings.ts";
import { runOutboxCommand } from "../src/infra/outbox/outbox-command.ts";

const settings = loadSettings();
const { ctx, close } = await createCliContext({ config: settings.config });
try {
  process.exitCode = await runOutboxCommand(ctx, process.argv.slice(2), (line) => console.log(line));
} finally {
  await close();
}
