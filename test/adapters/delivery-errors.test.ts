// Both platforms code a failed delivery in one vocabulary (DeliveryErrorCode) that decides whether waiting can
// help, and keep the platform's own word for it, which the outbox stores and the coordinators' notice shows.
import { describe, expect, it } from "vitest";
import { toDeliveryError } from "../../src/adapters/slack/slack-errors.ts";
import { toConnectorError } from "../../src/adapters/teams/teams-connector.ts";
import { DeliveryError, RetryLaterError } from "../../src/app/chat-port.ts";

/** Shaped like @slack/web-api's platform and rate-limit errors. */
const slackPlatformError = (error: string) =>
  Object.assign(new Error(`An API error occurred: ${error}`), {
    code: "slack_webapi_platform_error",
    data: { ok: false, error },
  });
const slackRateLimited = (retryAfter: number) =>
  Object.assign(new Error("A rate limit was exceeded"), { code: "slack_webapi_rate_limited_error", retryAfter });
/** Shaped like the HTTP client error the Teams SDK throws for a connector answer. */
const connectorError = (status: number, headers: Record<string, string> = {}) =>
  Object.assign(new Error(`Request failed with status code ${status}`), { response: { status, headers } });

const coded = (error: Error) => {
  if (!(error instanceof DeliveryError)) throw new Error(`not a DeliveryError: ${error.name}`);
  return { code: error.code, platformCode: error.platformCode, retryable: error.retryable };
};

describe("coded delivery errors", () => {
  it("Slack: codes no retry can fix are permanent and keep Slack's own code", () => {
    expect(coded(toDeliveryError("chat.postMessage", slackPlatformError("channel_not_found")))).toEqual({
      code: "target_not_found",
      platformCode: "channel_not_found",
      retryable: false,
    });
    expect(coded(toDeliveryError("chat.postMessage", slackPlatformError("invalid_blocks"))).code).toBe(
      "invalid_message",
    );
    expect(coded(toDeliveryError("chat.postMessage", slackPlatformError("token_revoked"))).code).toBe("unauthorized");
    expect(coded(toDeliveryError("chat.postMessage", slackPlatformError("not_in_channel"))).code).toBe("not_permitted");
  });

  it("Slack: an unknown code or a network failure may heal by waiting", () => {
    expect(coded(toDeliveryError("chat.update", slackPlatformError("internal_error")))).toEqual({
      code: "unavailable",
      platformCode: "internal_error",
      retryable: true,
    });
    expect(coded(toDeliveryError("chat.update", new Error("socket hang up")))).toEqual({
      code: "unavailable",
      platformCode: "unavailable",
      retryable: true,
    });
    // An inherited property name is not a Slack code.
    expect(coded(toDeliveryError("chat.update", slackPlatformError("constructor"))).retryable).toBe(true);
  });

  it("Slack: rate limiting waits as long as Slack asks", () => {
    const error = toDeliveryError("chat.postMessage", slackRateLimited(42));
    expect(error).toBeInstanceOf(RetryLaterError);
    expect(error).toMatchObject({ code: "rate_limited", retryable: true, retryAfterSeconds: 42 });
  });

  it("Teams: the connector's HTTP status decides, and the status is kept as http_<status>", () => {
    expect(coded(toConnectorError("send", connectorError(404)))).toEqual({
      code: "target_not_found",
      platformCode: "http_404",
      retryable: false,
    });
    expect(coded(toConnectorError("send", connectorError(403))).code).toBe("not_permitted");
    expect(coded(toConnectorError("send", connectorError(400))).code).toBe("invalid_message");
    expect(coded(toConnectorError("send", connectorError(409)))).toMatchObject({ code: "rejected", retryable: false });
    expect(coded(toConnectorError("send", connectorError(502)))).toMatchObject({
      code: "unavailable",
      retryable: true,
    });
    expect(coded(toConnectorError("send", connectorError(408))).retryable).toBe(true);
    expect(coded(toConnectorError("update", new Error("ECONNRESET")))).toEqual({
      code: "unavailable",
      platformCode: "unavailable",
      retryable: true,
    });
  });

  it("Teams: a 429 waits for its Retry-After", () => {
    const error = toConnectorError("send", connectorError(429, { "retry-after": "17" }));
    expect(error).toBeInstanceOf(RetryLaterError);
    expect(error).toMatchObject({ code: "rate_limited", retryAfterSeconds: 17 });
  });
});
