// What a chat adapter must be able to do for the outbox: the one seam between the core and a platform.
import type { Card } from "../ui/card.ts";
import type { Platform } from "./ports.ts";

export interface ChatPort {
  readonly platform: Platform;
  /** Post the case card in a channel, or update it in place when it was posted before. */
  upsertCaseCard(input: { caseId: string; channel: string; text: string; card: Card }): Promise<void>;
  /** A reply in the case card's thread (the timeline as people read it). */
  postInThread(input: { caseId: string; channel: string; text: string }): Promise<void>;
  /** A private message; with a case card, its copy is remembered so it can be kept current. */
  sendDirect(input: { personId: string; text: string; card?: Card; caseId?: string }): Promise<void>;
  /**
   * Update every copy of a case card in people's private chats in place (each with that person's buttons).
   * Platforms that render private copies on reading (the console) need not implement it.
   */
  refreshDirectCards?(input: { caseId: string; cardFor: (personId: string) => Promise<Card | null> }): Promise<void>;
  postToChannel(input: { channel: string; text: string; card?: Card }): Promise<void>;
}

/**
 * A delivery failure as the platform coded it. `retryable: false` (a channel that does not exist, blocks the
 * platform refuses) will not heal by waiting: after a few attempts the delivery becomes a dead letter.
 */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = "DeliveryError";
  }
}

/** Thrown by an adapter when the platform asks to slow down; the outbox waits at least this long. */
export class RetryLaterError extends DeliveryError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, "rate_limited", true);
    this.name = "RetryLaterError";
  }
}
