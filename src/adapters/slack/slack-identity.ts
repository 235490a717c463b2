// Who is this Slack user in Schakel, and which Slack user is this person? Linked once, by e-mail address,
// read with the token of the user's own workspace (with OAuth installs identities carry that workspace).
import type { App } from "@slack/bolt";
import type { AppContext } from "../../app/context.ts";
import type { PersonRecord } from "../../app/ports.ts";
import { platformErrorCode } from "./slack-errors.ts";
import { identityId, isHome, type SlackPlace } from "./slack-workspace.ts";

export type SlackClient = App["client"];

/** The user's place with OAuth installs (it keys the identity); `home` accepts region-file plain ids there. */
export interface UserWorkspace {
  place: SlackPlace;
  home: string;
}

async function linkOnce(ctx: AppContext, personId: string, slackUserId: string, place?: SlackPlace): Promise<void> {
  await ctx.store.transaction((tx) => tx.linkIdentity(personId, "slack", slackUserId, place));
  ctx.log.info({ personId, slackUserId }, "linked a Slack user to a roster person by e-mail");
}

type SlackUser = NonNullable<Awaited<ReturnType<SlackClient["users"]["info"]>>["user"]>;

/** Only an address the user's own workspace has confirmed counts; in a Grid org, only for a member of that org. */
function verifiedEmail(user: SlackUser | undefined, place: SlackPlace | undefined): string | undefined {
  if (user?.is_email_confirmed === false) return undefined;
  // A Slack Connect guest seen through a Grid org's install is no member of that org: not linked under its key.
  if (place?.enterpriseId && user?.enterprise_user?.enterprise_id !== place.enterpriseId) return undefined;
  return user?.profile?.email?.toLowerCase();
}

/** The roster person behind a Slack user; null when their e-mail is not on the roster (an unlinked user). */
export async function personOfSlackUser(
  ctx: AppContext,
  client: SlackClient,
  slackUserId: string,
  workspace?: UserWorkspace,
): Promise<PersonRecord | null> {
  const identity = identityId(workspace?.place ?? null, slackUserId);
  const linked = await ctx.store.read.personByIdentity("slack", identity);
  if (linked) return linked;
  // Region files name plain user ids (U…); those belong to the home workspace only.
  const home = !workspace || isHome(workspace.place, workspace.home);
  const plain = workspace && home ? await ctx.store.read.personByIdentity("slack", slackUserId) : null;
  if (plain) return plain;
  let email: string | undefined;
  try {
    const info = await client.users.info({ user: slackUserId });
    email = verifiedEmail(info.user, workspace?.place);
  } catch (error) {
    ctx.log.warn({ slackUserId, err: error }, "could not read a Slack user's profile to link them");
    return null;
  }
  const person = email ? (await ctx.store.read.people()).find((p) => p.email?.toLowerCase() === email) : undefined;
  if (!person) {
    ctx.log.info({ slackUserId }, "Slack user is not linked to a roster person");
    return null;
  }
  await linkOnce(ctx, person.id, identity, workspace?.place);
  return person;
}

/** The Slack user id of a person, looked up by e-mail the first time; null when they are not in the workspace. */
export async function slackUserOfPerson(
  ctx: AppContext,
  client: SlackClient,
  personId: string,
): Promise<string | null> {
  const [known] = await ctx.store.read.identitiesOf(personId, "slack");
  if (known) return known;
  const person = await ctx.store.read.person(personId);
  if (!person?.email) return null;
  try {
    const found = await client.users.lookupByEmail({ email: person.email });
    if (!found.user?.id) return null;
    await linkOnce(ctx, personId, found.user.id);
    return found.user.id;
  } catch (error) {
    if (platformErrorCode(error) === "users_not_found") return null;
    throw error;
  }
}
