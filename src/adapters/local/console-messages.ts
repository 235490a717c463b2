// The console's chat channels: a person's direct-message channel id; the history port lives in app (infra implements it).
export type { ConsoleMessage, ConsoleMessageStore } from "../../app/console-message-port.ts";

export const dmChannelId = (personId: string) => `dm-${personId}`;
