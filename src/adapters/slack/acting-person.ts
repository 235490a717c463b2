// The roster person behind an interaction, or a private Dutch explanation to an unlinked Slack user.
import type { AppContext } from "../../app/context.ts";
import type { PersonRecord } from "../../app/ports.ts";
import { asLocale, t, type Locale } from "../../i18n/messages.ts";
import { personOfSlackUser, type SlackClient } from "./slack-identity.ts";
import { tellPrivately, type ReplyTarget } from "./slack-replies.ts";

export interface Acting {
  person: PersonRecord;
  locale: Locale;
  actor: { personId: string; platform: "slack" };
}

/** `otherwise`: serves someone Schakel does not know as a roster person (a guest); true when it did. */
export async function actingPerson(
  ctx: AppContext,
  client: SlackClient,
  target: ReplyTarget,
  otherwise?: () => Promise<boolean>,
): Promise<Acting | null> {
  const own = target.workspace;
  const person = own
    ? await personOfSlackUser(ctx, own.client, target.user, own)
    : await personOfSlackUser(ctx, client, target.user);
  if (!person) {
    if (await otherwise?.()) return null;
    await tellPrivately(ctx, client, target, `:warning: ${t("nl", "slack.unlinked")}`);
    return null;
  }
  return { person, locale: asLocale(person.locale), actor: { personId: person.id, platform: "slack" } };
}
