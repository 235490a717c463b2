// The parts of an incoming Bot Framework activity Schakel reads, and small helpers to read them safely.

export interface TeamsAccount {
  id: string;
  name?: string;
  aadObjectId?: string;
}
export interface IncomingActivity {
  type: string;
  id?: string;
  name?: string;
  action?: string;
  serviceUrl: string;
  text?: string;
  from: TeamsAccount;
  recipient: TeamsAccount;
  conversation: { id: string; conversationType?: string; tenantId?: string };
  channelData?: {
    tenant?: { id?: string };
    team?: { id?: string; name?: string };
    channel?: { id?: string; name?: string };
    eventType?: string;
  };
  membersAdded?: TeamsAccount[];
  value?: unknown;
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
