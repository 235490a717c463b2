// `npm run keys -- generate | status | rotate [--new] | retire`: master key rotation (docs/privacy.md).
import { loadConfig } from "../src/config/config.ts";
import { runKeysCommand } from "../src/infra/keys/keys-command.ts";

process.exitCode = await runKeysCommand(loadConfig(), process.argv.slice(2), (line) => console.log(line));
