// Bolt's Logger interface on top of Schakel's logger, so Slack SDK lines land in the same log, without the
// payloads (modals, form values, request bodies) the SDK dumps into them.
import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../../app/ports.ts";
import { sdkLogLine } from "../sdk-log-line.ts";

export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const line = sdkLogLine;
  return {
    debug: (...msg) => log.debug({ sdk: "bolt" }, line(msg)),
    info: (...msg) => log.info({ sdk: "bolt" }, line(msg)),
    warn: (...msg) => log.warn({ sdk: "bolt" }, line(msg)),
    error: (...msg) => log.error({ sdk: "bolt" }, line(msg)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
