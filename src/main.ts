// `npm start`: Schakel on the embedded default (SQLite and the local web console).
import { startSchakel } from "./bootstrap.ts";
import { loadConfig } from "./config/config.ts";
import { YamlFileError } from "./infra/yaml/yaml-file.ts";
import { createLogger } from "./infra/logger.ts";
import { platformAdapters } from "./adapters/platform-adapters.ts";
import { loadSchedulerConfig } from "./infra/scheduler/scheduler-config.ts";

try {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const scheduler = loadSchedulerConfig(process.env);
  const running = await startSchakel({ config, log, scheduler, adapters: platformAdapters(process.env, log) });
  console.log(`\n  Schakel draait (${config.mode}): open ${config.auth?.publicUrl ?? running.url} in je browser.\n`);
  const stop = async () => { await running.close(); process.exit(0); };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
} catch (error) {
  if (error instanceof YamlFileError) console.error(`\n${error.message}\n\nFix the ${error.kind} file and start again.`);
  else console.error(`\nSchakel could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
