// The parts of an incoming Bot Framework activity Schakel reads (the SDK's types), and small helpers to read them.
import type { Account, IActivity } from "@microsoft/teams.api";

type SdkActivity = Pick<
  IActivity,
  "type" | "id" | "serviceUrl" | "from" | "recipient" | "conversation" | "channelData"
>;

/** The SDK's activity as the handlers read it: its base fields, a serviceUrl, and the fields of the kinds handled. */
export interface IncomingActivity extends SdkActivity {
  serviceUrl: string;
  name?: string;
  action?: string;
  text?: string;
  value?: unknown;
  membersAdded?: Account[];
}

const hasServiceUrl = <A extends SdkActivity>(a: A): a is A & { serviceUrl: string } =>
  typeof a.serviceUrl === "string";

/** teams-request-gate.ts refuses every request without a serviceUrl; this makes that visible to the types. */
export function incomingActivity<A extends SdkActivity>(activity: A): A & { serviceUrl: string } {
  if (hasServiceUrl(activity)) return activity;
  throw new Error("a Teams activity without a serviceUrl passed the request gate");
}

export const isPersonal = (a: IncomingActivity) => a.conversation.conversationType === "personal";

export const tenantOf = (a: IncomingActivity): string | undefined =>
  a.channelData?.tenant?.id ?? a.conversation.tenantId;

/** A channel conversation id points at a thread with ";messageid="; the channel itself is the part before it. */
export const channelConversationId = (conversationId: string) => conversationId.split(";")[0] ?? conversationId;

export const threadConversationId = (channelId: string, activityId: string) =>
  `${channelConversationId(channelId)};messageid=${activityId}`;

/** The command text of a message: mentions of the bot (<at>Schakel</at>) and markup removed, spaces collapsed. */
export function commandText(text: string | undefined): string {
  return (text ?? "")
    .replace(/<at>[^<]*<\/at>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The Action.Execute payload of an adaptiveCard/action invoke. */
export function executeAction(a: IncomingActivity): { verb: string; data: Record<string, unknown> } | null {
  const action = (a.value as { action?: { type?: string; verb?: unknown; data?: unknown } } | undefined)?.action;
  if (action?.type !== "Action.Execute" || typeof action.verb !== "string") return null;
  const data = action.data && typeof action.data === "object" ? (action.data as Record<string, unknown>) : {};
  return { verb: action.verb, data };
}
