// A contact who never installed Schakel personally cannot get a private message from a bot, so the message
// goes to the region channel (in the case's thread when there is one) with an @mention, and the coordinators
// are told once that this person should install the app.
import type { AppContext } from "../../app/context.ts";
import { caseChannelOf } from "../../app/case/case-channel.ts";
import { reportUnreachable } from "../../app/report-unreachable.ts";
import { asLocale, t } from "../../i18n/messages.ts";
import type { Connector } from "./teams-connector.ts";
import { channelTarget, type Target } from "./teams-conversations.ts";
import { threadConversationId } from "./teams-activity.ts";
import type { TeamsConfig } from "./teams-config.ts";

async function regionOf(ctx: AppContext, personId: string, caseId?: string) {
  const c = caseId ? await ctx.store.read.case(caseId) : null;
  const municipalityId = c?.municipalityId ?? (await ctx.store.read.rosterForPerson(personId))[0]?.municipalityId;
  const municipality = municipalityId ? await ctx.store.read.municipality(municipalityId) : null;
  return (
    (municipality ? await ctx.store.read.region(municipality.regionId) : null) ??
    (await ctx.store.read.regions())[0] ??
    null
  );
}

/** The Teams id to @mention: the user id seen in a conversation, else the Entra object id Teams also accepts. */
async function mentionId(ctx: AppContext, personId: string): Promise<string | null> {
  const seen = await ctx.store.chat.conversation("teams", `user:${personId}`);
  if (seen?.conversationId) return seen.conversationId;
  return (await ctx.store.read.identitiesOf(personId, "teams"))[0] ?? null;
}

/** A person with no Teams account Schakel knows, but an account on another active platform, is reached there. */
export async function reachedElsewhere(ctx: AppContext, personId: string): Promise<boolean> {
  if ((await ctx.store.read.identitiesOf(personId, "teams")).length) return false;
  const others = ctx.platforms.filter((p) => p !== "teams" && p !== "local");
  for (const platform of others) if ((await ctx.store.read.identitiesOf(personId, platform)).length) return true;
  return false;
}

export async function reachInChannel(
  ctx: AppContext,
  config: TeamsConfig,
  connector: Connector,
  input: { personId: string; text: string; caseId?: string },
): Promise<void> {
  const person = await ctx.store.read.person(input.personId);
  const region = await regionOf(ctx, input.personId, input.caseId);
  const c = input.caseId ? await ctx.store.read.case(input.caseId) : null;
  const name = region && c ? caseChannelOf(region, c.municipalityId) : region?.sharedChannel;
  const channel = name ? await channelTarget(ctx, config, name) : null;
  if (!person || !region || !channel)
    throw new Error(`no personal chat and no region channel to reach ${input.personId} in Teams`);
  const ref = input.caseId ? await ctx.store.chat.messageRef(input.caseId, "teams", channel.conversationId) : null;
  // The mention belongs in the case's thread: until the card is posted, failing lets the outbox try again later.
  if (input.caseId && !ref)
    throw new Error(`case card for ${input.caseId} is not in Teams yet; reaching that person later`);
  const target: Target = ref
    ? { ...channel, conversationId: threadConversationId(channel.conversationId, ref.externalId) }
    : channel;
  const id = await mentionId(ctx, person.id);
  // A name in plain text notifies nobody: without an id to mention, the person is reachable nowhere.
  if (!id) {
    const caseId = input.caseId;
    return reportUnreachable({ ctx, personId: person.id, platform: "teams", ...(caseId ? { caseId } : {}) });
  }
  // The channel is read by everyone in it: a message about a case (its category, dates, a decision) stays private,
  // the mention only says that something is waiting.
  const text = c ? t(asLocale(person.locale), "teams.waiting_privately", { reference: c.reference }) : input.text;
  await connector.create(target, { text, mention: { id, name: person.name } });
  ctx.log.info(
    { personId: person.id, caseId: input.caseId },
    "person has no Teams personal chat; mentioned them in the region channel",
  );
  await tellCoordinatorsOnce(ctx, config, connector, region.coordinatorsChannel, person.id, person.name);
}

async function tellCoordinatorsOnce(
  ctx: AppContext,
  config: TeamsConfig,
  connector: Connector,
  channelName: string,
  personId: string,
  name: string,
): Promise<void> {
  const marker = `unreachable:${personId}`;
  if (await ctx.store.chat.conversation("teams", marker)) return;
  const coordinators = await channelTarget(ctx, config, channelName);
  if (!coordinators) {
    ctx.log.warn(
      { personId, channel: channelName },
      "no Teams coordinators channel to report a contact without a personal chat",
    );
    return;
  }
  await connector.create(coordinators, { text: t("nl", "teams.not_installed", { name }) });
  await ctx.store.chat.saveConversation(
    { platform: "teams", key: marker, conversationId: "", serviceUrl: null, data: {} },
    ctx.clock.now(),
  );
}
