// The ports the adapters' delivery and platform state go through: the outbox with its dead letters, where cards and
// conversations are on each platform, app installations, one-time form keys and the ack-first inbox.
import type { PendingDelivery, Platform } from "./ports.ts";

export interface DeliveryFailure {
  error: string;
  code: string;
  nextAttemptAt: Date;
  dead: boolean;
}
export interface DeadLetter {
  deliveryId: string;
  platform: Platform;
  kind: string;
  caseId: string | null;
  attempts: number;
  code: string | null;
  error: string | null;
  createdAt: Date;
}

export interface OutboxStore {
  /** Due deliveries, claimed by nobody (a read; tests and the operator's listing). */
  pendingDeliveries(platform: Platform, now: Date, limit: number): Promise<PendingDelivery[]>;
  /** Claims due deliveries for this instance (a lease): several instances send each message once between them. */
  claimDeliveries(platform: Platform, now: Date, limit: number): Promise<PendingDelivery[]>;
  markDelivered(deliveryId: string): Promise<void>;
  /** Records a failure and frees the claim; `dead` parks the delivery as a dead letter. */
  markFailed(deliveryId: string, failure: DeliveryFailure): Promise<void>;
  deadLetters(): Promise<DeadLetter[]>;
  /** Queues dead letters again (all of them, or these ids); how many were requeued. */
  retryDead(deliveryIds: string[] | "all", now: Date): Promise<number>;
  /** A number that grows whenever this process queues a message: work that left it as it was queued nothing. */
  queuedMark(): Promise<number>;
}

export interface LinkCodeRecord {
  hash: string;
  personId: string;
  issuedById: string;
  createdAt: Date;
  expiresAt: Date;
}
export interface MessageRef {
  caseId: string;
  platform: Platform;
  channelKey: string;
  externalId: string;
  threadId: string | null;
  /** A copy in a person's private chat: whose it is, and the notice text it came with (kept on update). */
  personId?: string | null;
  lead?: string | null;
}
export interface ConversationRef {
  platform: Platform;
  key: string;
  conversationId: string;
  serviceUrl: string | null;
  data: Record<string, unknown>;
}

/** An app installation in a workspace (Slack OAuth); `sealed` is encrypted by the adapter with ctx.sealer. */
export interface InstallationRecord {
  platform: Platform;
  key: string;
  teamId: string | null;
  enterpriseId: string | null;
  sealed: string;
}

/** What adapters remember about a platform: where a case card was posted, how to reach a person or channel. */
export interface ChatStateStore {
  messageRef(caseId: string, platform: Platform, channelKey: string): Promise<MessageRef | null>;
  saveMessageRef(ref: MessageRef): Promise<void>;
  /** The copies of a case card in people's private chats on one platform. */
  directRefs(caseId: string, platform: Platform): Promise<MessageRef[]>;
  conversation(platform: Platform, key: string): Promise<ConversationRef | null>;
  saveConversation(ref: ConversationRef, at: Date): Promise<void>;
  installation(platform: Platform, key: string): Promise<InstallationRecord | null>;
  installations(platform: Platform): Promise<InstallationRecord[]>;
  saveInstallation(record: InstallationRecord, at: Date): Promise<void>;
  deleteInstallation(platform: Platform, key: string): Promise<void>;
}

/** One-time keys of opened forms (a form instance submitted twice gives one change and the same answer). */
export interface FormSubmissionStore {
  /** Claims the key; when it was claimed before, the stored answer (null while the first is still being handled). */
  claim(key: string, at: Date): Promise<{ claimed: true } | { claimed: false; answer: string | null }>;
  saveAnswer(key: string, answer: string): Promise<void>;
  /** Frees the key again, for a submission that changed nothing (field errors, a refusal). */
  release(key: string): Promise<void>;
}

/** Interactions recorded before their ack (ack first); `payload` is sealed by the caller. */
export interface InboxStore {
  /** Records an interaction under its idempotency key, leased until `leaseUntil`; null when the key is known. */
  add(item: { key: string; platform: Platform; payload: string }, at: Date, leaseUntil: Date): Promise<number | null>;
  /** Whether an item with this key was recorded (done or not). */
  seen(key: string): Promise<boolean>;
  /** Claims unfinished items whose lease ran out (their process died), each for one instance. */
  claimStale(
    platform: Platform,
    now: Date,
    leaseUntil: Date,
    limit: number,
  ): Promise<{ id: number; payload: string }[]>;
  /** Marks an item done and drops its payload. */
  markDone(id: number, at: Date): Promise<void>;
}
