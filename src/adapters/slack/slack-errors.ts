// Turns Web API failures into what the outbox understands: RetryLaterError when Slack asks to slow down,
// a DeliveryError with Slack's code otherwise (permanent for codes that waiting cannot fix).
import { DeliveryError, type DeliveryErrorCode, RetryLaterError } from "../../app/chat-port.ts";

/** Slack error codes that no retry can fix, by what they mean; any other code is taken as "unavailable". */
const SLACK_CODES: Record<string, DeliveryErrorCode> = {
  invalid_blocks: "invalid_message",
  invalid_blocks_format: "invalid_message",
  msg_too_long: "invalid_message",
  no_text: "invalid_message",
  channel_not_found: "target_not_found",
  user_not_found: "target_not_found",
  users_not_found: "target_not_found",
  message_not_found: "target_not_found",
  not_in_channel: "not_permitted",
  is_archived: "not_permitted",
  account_inactive: "not_permitted",
  cannot_dm_bot: "not_permitted",
  restricted_action: "not_permitted",
  cant_update_message: "not_permitted",
  invalid_auth: "unauthorized",
  not_authed: "unauthorized",
  missing_scope: "unauthorized",
  token_revoked: "unauthorized",
};

const DEFAULT_RATE_LIMIT_WAIT_SECONDS = 30;
/** The codes @slack/web-api puts on its errors (ErrorCode), spelled out to avoid importing a transitive package. */
const RATE_LIMITED = "slack_webapi_rate_limited_error";
const PLATFORM_ERROR = "slack_webapi_platform_error";

interface SlackishError {
  code?: string;
  retryAfter?: number;
  statusCode?: number;
  data?: { error?: string };
}

/** The Slack error code of a platform error (e.g. "users_not_found"), if it is one. */
export function platformErrorCode(error: unknown): string | undefined {
  const e = error as SlackishError;
  return e?.code === PLATFORM_ERROR ? e.data?.error : undefined;
}

export function toDeliveryError(method: string, error: unknown): Error {
  const e = error as SlackishError;
  if (e?.code === RATE_LIMITED) {
    return new RetryLaterError(`slack ${method} rate limited`, e.retryAfter ?? DEFAULT_RATE_LIMIT_WAIT_SECONDS);
  }
  if (platformErrorCode(error) === "ratelimited")
    return new RetryLaterError(`slack ${method} rate limited`, DEFAULT_RATE_LIMIT_WAIT_SECONDS);
  const code = platformErrorCode(error);
  const other = e?.statusCode ? `HTTP ${e.statusCode}` : error instanceof Error ? error.message : String(error);
  const coded = (code !== undefined && Object.hasOwn(SLACK_CODES, code) && SLACK_CODES[code]) || "unavailable";
  return new DeliveryError(`slack ${method} failed: ${code ?? other}`, coded, code ?? "unavailable");
}

/** Runs one Web API call for the outbox, translating its failure. */
export async function deliveryCall<T>(method: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toDeliveryError(method, error);
  }
}
