// Sends activities through the Bot Framework connector at a conversation's serviceUrl, and turns its
// failures into errors the outbox understands (429 with Retry-After waits; anything else backs off).
import type { IMessageActivityInput, MentionEntity } from "@microsoft/teams.api";
import type { App } from "@microsoft/teams.apps";
import { DeliveryError, type DeliveryErrorCode, RetryLaterError } from "../../app/chat-port.ts";
import type { AdaptiveCard } from "./adaptive-card.ts";
import { attachment } from "./adaptive-card.ts";
import type { Target } from "./teams-conversations.ts";

export interface OutgoingMessage {
  text?: string;
  card?: AdaptiveCard;
  mention?: { id: string; name: string };
}

/** What a connector HTTP status means: 4xx (other than 408 and 429) will not heal by waiting; 5xx and no answer may. */
export function connectorCode(status: number | null): DeliveryErrorCode {
  if (status === null || status >= 500 || status === 408) return "unavailable";
  if (status === 429) return "rate_limited";
  if (status === 404) return "target_not_found";
  if (status === 401) return "unauthorized";
  if (status === 403) return "not_permitted";
  if (status === 400 || status === 413) return "invalid_message";
  return "rejected";
}

/** A connector failure, with the HTTP status (null: no answer) as the platform's own code. */
export class ConnectorError extends DeliveryError {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message, connectorCode(status), status ? `http_${status}` : "unavailable");
    this.name = "ConnectorError";
  }
}

function statusOf(error: unknown): { status: number | null; retryAfter: number | null } {
  const response = (error as { response?: { status?: number; headers?: Record<string, unknown> } })?.response;
  const header = response?.headers?.["retry-after"];
  const retryAfter = header === undefined ? null : Number.parseInt(String(header), 10);
  return { status: response?.status ?? null, retryAfter: Number.isFinite(retryAfter) ? retryAfter : null };
}

export function toConnectorError(operation: string, error: unknown): Error {
  const { status, retryAfter } = statusOf(error);
  if (status === 429) return new RetryLaterError(`teams ${operation} was throttled (429)`, retryAfter ?? 30);
  const reason = status ? `HTTP ${status}` : error instanceof Error ? error.message : String(error);
  return new ConnectorError(`teams ${operation} failed: ${reason}`, status);
}

/**
 * The mentioned person as Teams receives it: id and name, as the Bot Framework schema allows (role is optional there).
 * The SDK's Account type requires a role, so this is the one place that says the JSON is sent as it always was.
 */
function mentionedUser(mention: { id: string; name: string }): MentionEntity["mentioned"] {
  // Escape with the reason above: adding a role would change the message Teams receives.
  return { id: mention.id, name: mention.name } as MentionEntity["mentioned"];
}

function activity(message: OutgoingMessage): IMessageActivityInput {
  const mention = message.mention;
  const text = mention ? `<at>${mention.name}</at> ${message.text ?? ""}`.trim() : message.text;
  return {
    type: "message" as const,
    ...(text ? { text } : {}),
    ...(message.card ? { attachments: [attachment(message.card)] } : {}),
    ...(mention
      ? {
          entities: [{ type: "mention", text: `<at>${mention.name}</at>`, mentioned: mentionedUser(mention) }],
        }
      : {}),
  };
}

export interface Connector {
  create(target: Target, message: OutgoingMessage): Promise<string>;
  update(target: Target, activityId: string, message: OutgoingMessage): Promise<void>;
}

export function createConnector(app: Pick<App, "api">): Connector {
  const conversations = (serviceUrl: string) => app.api.clone({ serviceUrl }).conversations;
  return {
    async create(target, message) {
      try {
        const sent = await conversations(target.serviceUrl).createActivity(target.conversationId, activity(message));
        if (!sent?.id) throw new Error("the connector returned no activity id");
        return sent.id;
      } catch (error) {
        throw toConnectorError("send", error);
      }
    },
    async update(target, activityId, message) {
      try {
        await conversations(target.serviceUrl).updateActivity(target.conversationId, activityId, {
          ...activity(message),
          id: activityId,
        });
      } catch (error) {
        throw toConnectorError("update", error);
      }
    },
  };
}
