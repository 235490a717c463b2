// `npm start`: Schakel on the embedded default (SQLite and the local web console). Says what it is doing
// while it starts, so the first run (migrations, demo region) is not a silent wait.
import type { StartStage } from "./bootstrap.ts";
import { t } from "./i18n/messages.ts";

console.log(`\n  ${t("nl", "startup.loading")}`);
const { startSchakel } = await import("./bootstrap.ts");
const { loadSettings } = await import("./settings.ts");
const { YamlFileError } = await import("./infra/yaml/yaml-file.ts");
const { createLogger, personalFieldIds } = await import("./infra/logger.ts");
const { loadFlowDirectory } = await import("./infra/flow-loader.ts");
const { platformAdapters } = await import("./adapters/platform-adapters.ts");

try {
  const settings = loadSettings();
  const { config, scheduler } = settings;
  const personalKeys = personalFieldIds(loadFlowDirectory(config.flowsDir).map((p) => p.flow));
  const log = createLogger(config.logLevel, { personalKeys });
  const progress = (stage: StartStage) => console.log(`  ${t("nl", `startup.${stage}`)}`);
  const adapters = platformAdapters(settings, log);
  const running = await startSchakel({ config, log, scheduler, adapters, progress });
  const url = config.auth?.publicUrl ?? running.url;
  console.log(`\n  ${t("nl", "startup.ready", { url, mode: config.mode })}\n`);
  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
} catch (error) {
  if (error instanceof YamlFileError)
    console.error(`\n${error.message}\n\nFix the ${error.kind} file and start again.`);
  else console.error(`\nSchakel could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
