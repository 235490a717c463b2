// `npm run keys -- generate | status | rotate [--new] | retire`: master key rotation (docs/privacy.md).
import { loadSettings } from "../src/settings.ts";
import { runKeysCommand } from "../src/infra/keys/keys-command.ts";

process.exitCode = await runKeysCommand(loadSettings().config, process.argv.slice(2), (line) => console.log(line));
