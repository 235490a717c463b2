// Messages to the bot (a personal chat, or an @mention in a channel): "melding overlast" answers with the
// report form as an Adaptive Card; "mijn taken", "status <referentie>" and "help" answer in text.
import { randomUUID } from "node:crypto";
import type { AppContext } from "../../app/context.ts";
import { linkCodeIn } from "../../app/interactions/link-command.ts";
import { runCommand } from "../../app/interactions/run-command.ts";
import { redeemLinkCode } from "../../app/link-code.ts";
import { t } from "../../i18n/messages.ts";
import { actingPerson, claimOnce } from "./acting-person.ts";
import type { AdaptiveCard } from "./adaptive-card.ts";
import { renderInfoCardTeams } from "./render-card-teams.ts";
import { renderFormTeams } from "./render-form-teams.ts";
import { commandLauncherCard } from "./dialog-buttons.ts";
import { commandText, tenantOf, type IncomingActivity } from "./teams-activity.ts";
import { parseTeamsCommand, reportCommands } from "./teams-commands.ts";
import type { TeamsConfig } from "./teams-config.ts";
import type { MemberLookup } from "./teams-identity.ts";
import { guestMessage, redeemAsGuest } from "./teams-guests.ts";

export interface Reply {
  text?: string;
  card?: AdaptiveCard;
}

export async function handleMessage(
  ctx: AppContext,
  config: TeamsConfig,
  activity: IncomingActivity,
  lookup: MemberLookup,
): Promise<Reply | null> {
  if (activity.id && !(await claimOnce(ctx, `teams:activity:${activity.id}`))) return null;
  return answerMessage(ctx, config, activity, lookup);
}

/** The reply to a message whose activity was already counted once (here, or by the inbox: teams-inbox.ts). */
export async function answerMessage(
  ctx: AppContext,
  config: TeamsConfig,
  activity: IncomingActivity,
  lookup: MemberLookup,
): Promise<Reply | null> {
  const linked =
    (await redeemCode(ctx, config, activity, lookup)) ?? (await redeemAsGuest(ctx, config, activity, lookup));
  if (linked) return linked;
  const acting = await actingPerson(ctx, config, activity, lookup);
  if (!acting.ok) return (await guestMessage(ctx, activity)) ?? { text: acting.text };
  const { person, locale } = acting;
  const parsed = parseTeamsCommand(commandText(activity.text), ctx.flows);
  ctx.log.info(
    { personId: person.id, command: parsed.kind === "run" ? parsed.command : parsed.kind },
    "Teams message command",
  );
  if (parsed.kind === "help") return { text: t(locale, "teams.help", { commands: reportCommands(ctx.flows) }) };
  if (parsed.kind === "unknown") return { text: t(locale, "teams.unknown_command") };
  const result = await runCommand({
    ctx,
    actor: { personId: person.id, platform: "teams" },
    command: parsed.command,
    ...(parsed.text !== undefined ? { text: parsed.text } : {}),
  });
  switch (result.kind) {
    case "form": {
      // A form opens as a dialog from a button; inline only where dialogs cannot open (the local Playground).
      if (!config.inlineForms) return { card: commandLauncherCard(result.form, parsed, locale) };
      return { card: renderFormTeams(result.form, randomUUID(), { required: t(locale, "form.required") }) };
    }
    case "message":
      return result.message.card ? { card: renderInfoCardTeams(result.message.card) } : { text: result.message.text };
    case "view":
      return { card: renderInfoCardTeams(result.view) };
    case "done":
      return { text: result.text };
    case "error":
      return { text: result.error };
    case "field_errors":
      return { text: Object.values(result.errors).join(" ") };
  }
}

/** "koppel <code>": links this Teams account (Entra object id, from an allowed tenant) with a one-time code. */
async function redeemCode(
  ctx: AppContext,
  config: TeamsConfig,
  activity: IncomingActivity,
  lookup: MemberLookup,
): Promise<Reply | null> {
  const code = await linkCodeIn(ctx, "/schakel", commandText(activity.text).replace(/^schakel\s+/i, ""));
  const tenant = tenantOf(activity)?.toLowerCase();
  const objectId = activity.from.aadObjectId;
  if (!code || !objectId || !tenant || !config.allowedTenants.includes(tenant)) return null;
  const result = await redeemLinkCode({ ctx, platform: "teams", externalId: objectId, code });
  // Now known: remember their personal chat and user id as for any other turn.
  if (result.kind === "done") await actingPerson(ctx, config, activity, lookup);
  return { text: result.kind === "done" ? result.text : result.kind === "error" ? result.error : "" };
}
