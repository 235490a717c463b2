// The console's chat history port: channels hold messages; a case card can be updated in place.
import type { Card } from "../ui/card.ts";

export interface ConsoleMessage {
  id: string;
  channelId: string;
  text: string;
  card: Card | null;
  caseId: string | null;
  threadOf: string | null;
  createdAt: Date;
}

export interface ConsoleMessageStore {
  add(message: Omit<ConsoleMessage, "id">): Promise<ConsoleMessage>;
  /** The top-level card message of a case in a channel, if it was posted. */
  caseCard(channelId: string, caseId: string): Promise<ConsoleMessage | null>;
  /** Replaces the card on every message that shows this case (channel card and DMs). */
  updateCaseCards(caseId: string, card: Card): Promise<number>;
  list(channelId: string): Promise<ConsoleMessage[]>;
  get(id: string): Promise<ConsoleMessage | null>;
}
