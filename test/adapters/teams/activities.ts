// Bot Framework activity fixtures in the shapes Teams sends: personal chats, channel mentions, Action.Execute
// invokes and installation events, from users of one tenant to the Schakel bot.
import { randomUUID } from "node:crypto";
import type { Member } from "./fake-connector.ts";

export const TENANT_ID = "7c0a1f3e-2b4d-4e6f-8a9b-0c1d2e3f4a5b";
export const CLIENT_ID = "0f1e2d3c-4b5a-4697-8877-665544332211";
export const TEAM_ID = "19:team-wbw@thread.tacv2";
export const CHANNEL_ID = "19:casuistiek@thread.tacv2";
export const COORDINATORS_ID = "19:coordinatoren@thread.tacv2";
const BOT = { id: `28:${CLIENT_ID}`, name: "Schakel" };

export interface TeamsUser extends Member {
  personId: string;
}

/** A demo person as a Teams user: Entra object id, Teams user id, and the roster e-mail address as UPN. */
export function teamsUser(personId: string, name = personId, email = `${personId}@demo.schakel.nl`): TeamsUser {
  const hex = Buffer.from(personId).toString("hex").padEnd(32, "0").slice(0, 32);
  const aadObjectId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  return { personId, id: `29:${personId}`, name, aadObjectId, email, userPrincipalName: email };
}

export const personalConversation = (user: TeamsUser) => `a:personal-${user.personId}`;

export interface Conversation {
  id: string;
  conversationType: string;
  tenantId: string;
  isGroup?: boolean;
}

function base(
  user: TeamsUser,
  serviceUrl: string,
  conversation: Omit<Conversation, "tenantId">,
  channelData: Record<string, unknown>,
) {
  return {
    id: `f:${randomUUID()}`,
    timestamp: new Date().toISOString(),
    channelId: "msteams",
    serviceUrl,
    locale: "nl-NL",
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: BOT,
    conversation: { tenantId: TENANT_ID, ...conversation } as Conversation,
    channelData: { tenant: { id: TENANT_ID }, ...channelData },
  };
}

export function personal(user: TeamsUser, serviceUrl: string) {
  return base(user, serviceUrl, { id: personalConversation(user), conversationType: "personal" }, {});
}

export function inChannel(user: TeamsUser, serviceUrl: string, threadId?: string) {
  return base(
    user,
    serviceUrl,
    { id: threadId ? `${CHANNEL_ID};messageid=${threadId}` : CHANNEL_ID, conversationType: "channel", isGroup: true },
    { team: { id: TEAM_ID, name: "WBW Casuïstiek" }, channel: { id: CHANNEL_ID, name: "Casuïstiek" } },
  );
}

export type Activity = ReturnType<typeof base> & { type: string; text?: string; entities?: unknown[] };

export const message = (where: ReturnType<typeof base>, text: string): Activity =>
  ({ ...where, type: "message", text, textFormat: "plain" }) as Activity;

export const mention = (where: ReturnType<typeof base>, text: string): Activity => ({
  ...where,
  type: "message",
  text: `<at>Schakel</at> ${text}`,
  entities: [{ type: "mention", text: "<at>Schakel</at>", mentioned: BOT }],
});

export const execute = (where: ReturnType<typeof base>, verb: string, data: Record<string, unknown>) => ({
  ...where,
  type: "invoke",
  name: "adaptiveCard/action",
  value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
});

export const installPersonal = (user: TeamsUser, serviceUrl: string) => ({
  ...personal(user, serviceUrl),
  type: "installationUpdate",
  action: "add",
});

export const installInTeam = (user: TeamsUser, serviceUrl: string) => ({
  ...inChannel(user, serviceUrl),
  type: "conversationUpdate",
  membersAdded: [BOT],
  channelData: {
    tenant: { id: TENANT_ID },
    team: { id: TEAM_ID, name: "WBW Casuïstiek" },
    channel: { id: CHANNEL_ID },
    eventType: "teamMemberAdded",
  },
});

/** Teams' dialog invokes: task/fetch with the pressed button's data, task/submit with the dialog's inputs. */
const dialogInvoke = (name: "task/fetch" | "task/submit") => (where: ReturnType<typeof base>, data: object) => ({
  ...where,
  type: "invoke",
  name,
  value: { type: name, data, context: { theme: "default" } },
});
export const taskFetch = dialogInvoke("task/fetch");
export const taskSubmit = dialogInvoke("task/submit");
