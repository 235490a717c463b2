// What a chat adapter must be able to do for the outbox: the one seam between the core and a platform.
import type { Card } from "../ui/card.ts";
import type { NoticeAlert, Platform } from "./ports.ts";

export interface ChatPort {
  readonly platform: Platform;
  /** Post the case card in a channel, or update it in place when it was posted before. */
  upsertCaseCard(input: { caseId: string; channel: string; text: string; card: Card }): Promise<void>;
  /** A reply in the case card's thread (the timeline as people read it). */
  postInThread(input: { caseId: string; channel: string; text: string }): Promise<void>;
  /**
   * A private message; with a case card, its copy is remembered so it can be kept current. `alert` marks a
   * reminder or escalation, which a platform may also raise as a notification (it never holds up the message).
   */
  sendDirect(input: {
    personId: string;
    text: string;
    card?: Card;
    caseId?: string;
    alert?: NoticeAlert;
  }): Promise<void>;
  /**
   * Update every copy of a case card in people's private chats in place (each with that person's buttons).
   * Platforms that render private copies on reading (the console) need not implement it.
   */
  refreshDirectCards?(input: { caseId: string; cardFor: (personId: string) => Promise<Card | null> }): Promise<void>;
  postToChannel(input: { channel: string; text: string; card?: Card }): Promise<void>;
  /**
   * A private message to an external participant's account on this platform (a guest who redeemed their code
   * here); nothing when they have none. `card` is their own case card, without it when their access ended.
   */
  sendExternal?(input: { actorId: string; caseId: string; text: string; card?: Card }): Promise<void>;
}

/** Why a platform refused a delivery, in one vocabulary for every platform. */
export type DeliveryErrorCode =
  | "rate_limited"
  | "target_not_found"
  | "not_permitted"
  | "invalid_message"
  | "unauthorized"
  | "rejected"
  | "unavailable";

/**
 * Which failures may heal by waiting. The others (a channel that does not exist, blocks the platform refuses, a
 * revoked token) become a dead letter after a few attempts. Typed by the union, so a new code needs an answer here.
 */
export const RETRYABLE = {
  rate_limited: true,
  unavailable: true,
  target_not_found: false,
  not_permitted: false,
  invalid_message: false,
  unauthorized: false,
  rejected: false,
} as const satisfies Record<DeliveryErrorCode, boolean>;

/**
 * A delivery failure, coded the same on every platform; `platformCode` keeps the platform's own word for it
 * (Slack's "channel_not_found", Teams' "http_404"), which the outbox stores and the coordinators' notice shows.
 */
export class DeliveryError extends Error {
  readonly retryable: boolean;
  constructor(
    message: string,
    readonly code: DeliveryErrorCode,
    readonly platformCode: string = code,
  ) {
    super(message);
    this.name = "DeliveryError";
    this.retryable = RETRYABLE[code];
  }
}

/** Thrown by an adapter when the platform asks to slow down; the outbox waits at least this long. */
export class RetryLaterError extends DeliveryError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, "rate_limited");
    this.name = "RetryLaterError";
  }
}
