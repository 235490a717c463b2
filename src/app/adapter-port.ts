// The contract between the composition root and a chat platform's adapter: how it starts and what it may ask.
import type { ChatPort } from "./chat-port.ts";
import type { AppContext } from "./context.ts";
import type { Inbox } from "./interactions/inbox.ts";
import type { Platform } from "./ports.ts";

/** A chat platform next to the console (Slack, Teams): started once the core is ready. */
export interface AdapterFactory {
  platform: Platform;
  start(ctx: AppContext, tools: AdapterTools): Promise<StartedAdapter>;
}
export interface StartedAdapter {
  port: ChatPort;
  close(): Promise<void>;
}
/** What an adapter may ask of the core: deliver queued messages now, and record interactions before the ack. */
export interface AdapterTools {
  flush(): Promise<void>;
  inbox: Inbox;
}
