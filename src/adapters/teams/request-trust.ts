// Which Teams activities Schakel acts on: a Bot Framework token the SDK validated, a tenant on the allow-list,
// and a serviceUrl on Microsoft's connector hosts (or the one test connector given in code, never by config).
import { required } from "../../domain/required.ts";
import { Plugin, type IPluginActivityEvent } from "@microsoft/teams.apps";
import { isMicrosoftConnectorUrl } from "./connector-hosts.ts";
import type { IncomingActivity } from "./teams-activity.ts";
import type { TeamsConfig } from "./teams-config.ts";

/** What the SDK established about a request before any handler ran (see RequestAuthPlugin). */
export interface RequestAuth {
  authenticated: boolean;
  serviceUrl: string;
}

export type Admission = { ok: true; tenantId: string } | { ok: false; reason: string; mayReply: boolean };

const trimmed = (url: string) => url.replace(/\/+$/, "").toLowerCase();

export function isTrustedServiceUrl(config: TeamsConfig, url: string | undefined): boolean {
  if (!url) return false;
  const local = config.testConnectorUrl?.();
  if (local && trimmed(url) === trimmed(local)) return true;
  return isMicrosoftConnectorUrl(url);
}

/**
 * SDK plugin: after the SDK validated the request's JWT (issuer api.botframework.com, audience our app id, and
 * the token's serviceurl claim equal to the body's serviceUrl), it hands each plugin the resulting token; we
 * copy it into the turn's context as `schakelAuth`. In the SDK's unauthenticated mode the token is a stub with
 * an empty appId, so `authenticated` is false there.
 */
class RequestAuthPlugin {
  onActivity(event: IPluginActivityEvent): { schakelAuth: RequestAuth } {
    return { schakelAuth: { authenticated: event.token.appId !== "", serviceUrl: event.token.serviceUrl } };
  }
}
Plugin({ name: "schakel-request-auth", description: "exposes the validated token to Schakel" })(RequestAuthPlugin);

export const requestAuthPlugin = () => new RequestAuthPlugin();

function tenantsOf(activity: IncomingActivity): string[] {
  const named = [activity.channelData?.tenant?.id, activity.conversation.tenantId];
  return [...new Set(named.filter((t): t is string => Boolean(t)))];
}

/**
 * Admits an activity or says why not. Bot Framework tokens carry no tenant claim: the tenant is what
 * Microsoft's connector wrote into the activity, and only a validated token makes it Microsoft's word. In the
 * test-only unauthenticated mode there is no token, so the tenant below is just what the sender wrote; that
 * is acceptable in tests only, which is why that mode cannot be switched on by configuration.
 */
export function admitActivity(config: TeamsConfig, activity: IncomingActivity, auth?: RequestAuth): Admission {
  if (!auth?.authenticated && !config.dangerouslyAllowUnauthenticated) {
    return { ok: false, reason: "no validated Bot Framework token", mayReply: false };
  }
  const serviceUrl = auth?.serviceUrl || activity.serviceUrl;
  // A reply would carry the bot's token to this URL, so an untrusted one gets no answer at all.
  if (!isTrustedServiceUrl(config, serviceUrl) || trimmed(serviceUrl) !== trimmed(activity.serviceUrl ?? "")) {
    return { ok: false, reason: "serviceUrl is not a Microsoft connector host", mayReply: false };
  }
  const tenants = tenantsOf(activity);
  if (tenants.length !== 1) {
    return { ok: false, reason: tenants.length ? "conflicting tenant ids" : "no tenant id", mayReply: true };
  }
  if (!config.allowedTenants.includes(required(tenants[0], "the single tenant id").toLowerCase())) {
    return { ok: false, reason: "tenant is not on the allow-list", mayReply: true };
  }
  return { ok: true, tenantId: required(tenants[0], "the single tenant id").toLowerCase() };
}
