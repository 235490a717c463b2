// Who is this Teams user in Schakel? Linked by Entra object id; on first contact by e-mail address or UPN,
// read from the conversation's member list (the Bot Framework connector), then remembered.
import type { AppContext } from "../../app/context.ts";
import type { PersonRecord } from "../../app/ports.ts";
import { channelConversationId, type IncomingActivity } from "./teams-activity.ts";

export interface TeamsMember {
  email?: string | null;
  userPrincipalName?: string | null;
  /** "guest" for a B2B guest of the tenant (the connector's member list says so). */
  userRole?: string | null;
}
export type MemberLookup = (conversationId: string, userId: string) => Promise<TeamsMember>;

export async function personOfActivity(
  ctx: AppContext,
  activity: IncomingActivity,
  lookup: MemberLookup,
): Promise<PersonRecord | null> {
  const aadObjectId = activity.from.aadObjectId;
  if (!aadObjectId) return null;
  const linked = await ctx.store.read.personByIdentity("teams", aadObjectId);
  if (linked) return linked;
  let member: TeamsMember;
  try {
    member = await lookup(channelConversationId(activity.conversation.id), activity.from.id);
  } catch (error) {
    ctx.log.warn({ aadObjectId, err: error }, "could not read a Teams member's profile to link them");
    return null;
  }
  const addresses = [member.email, member.userPrincipalName]
    .filter((a): a is string => Boolean(a))
    .map((a) => a.toLowerCase());
  const person = (await ctx.store.read.people()).find((p) => p.email && addresses.includes(p.email.toLowerCase()));
  if (!person) {
    ctx.log.info({ aadObjectId }, "Teams user is not linked to a roster person");
    return null;
  }
  await ctx.store.transaction((tx) => tx.linkIdentity(person.id, "teams", aadObjectId));
  ctx.log.info({ personId: person.id, aadObjectId }, "linked a Teams user to a roster person by e-mail");
  return person;
}
