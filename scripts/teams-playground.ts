// `npm run teams:playground`: Schakel (demo region, web console) with its Teams adapter in the local mode, and
// Microsoft 365 Agents Playground as the Teams client, so anyone can try Schakel in Teams without a tenant.
import { startSchakel } from "../src/bootstrap.ts";
import { loadSettings } from "../src/settings.ts";
import { loadFlowDirectory } from "../src/infra/flow-loader.ts";
import { createLogger, personalFieldIds } from "../src/infra/logger.ts";
import { teamsPlayground } from "../src/adapters/teams/playground/teams-playground.ts";

try {
  const { config } = loadSettings();
  // Refuses SCHAKEL_MODE=production before anything listens.
  const local = teamsPlayground(config.mode);
  const personalKeys = personalFieldIds(loadFlowDirectory(config.flowsDir).map((p) => p.flow));
  const log = createLogger(config.logLevel, { personalKeys });
  const running = await startSchakel({ config, log, adapters: [local.adapter] });
  const port = process.env.PLAYGROUND_PORT ? Number(process.env.PLAYGROUND_PORT) : 0;
  const currentUser = process.env.PLAYGROUND_USER || undefined;
  const playground = await local.attach(running.ctx, { port, ...(currentUser ? { currentUser } : {}) });
  console.log(`\n  Agents Playground (Teams): ${playground.url}\n  Schakel console: ${running.url}\n`);
  const stop = async () => {
    await playground.close();
    await running.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
} catch (error) {
  console.error(`\nThe Teams Playground could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
