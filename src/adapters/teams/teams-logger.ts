// Routes the Teams SDK's log lines into Schakel's logger (structured, English), instead of the SDK's console,
// without the activities and form values the SDK dumps into them.
import type { ILogger, LogLevel } from "@microsoft/teams.common";
import type { Logger } from "../../app/ports.ts";
import { sdkLogLine } from "../sdk-log-line.ts";

const text = sdkLogLine;

export function teamsLogger(log: Logger, name = "teams"): ILogger {
  const write = (level: LogLevel, parts: unknown[]) => {
    const line = text(parts);
    if (level === "error") log.error({ source: name }, line);
    else if (level === "warn") log.warn({ source: name }, line);
    else if (level === "info") log.info({ source: name }, line);
    else log.debug({ source: name }, line);
  };
  return {
    debug: (...msg) => write("debug", msg),
    info: (...msg) => write("info", msg),
    warn: (...msg) => write("warn", msg),
    error: (...msg) => write("error", msg),
    trace: (...msg) => write("trace", msg),
    log: (level, ...msg) => write(level, msg),
    child: (child) => teamsLogger(log, `${name}/${child}`),
  };
}
