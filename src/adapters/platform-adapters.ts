// The chat platforms that run next to the console, each enabled by its own settings in the environment.
import type { Logger } from "../app/ports.ts";
import type { AdapterFactory } from "../bootstrap.ts";

export function platformAdapters(env: NodeJS.ProcessEnv, log: Logger): AdapterFactory[] {
  const adapters: AdapterFactory[] = [];
  void env;
  void log;
  return adapters;
}
