// Structured English log lines (pino); tests pass a silent logger.
import { pino } from "pino";
import type { Logger } from "../app/ports.ts";

export function createLogger(level: string): Logger & { child(bindings: object): Logger } {
  return pino({ level, base: { app: "schakel" }, redact: { paths: ["values", "*.values", "personal"], censor: "[redacted]" } });
}
