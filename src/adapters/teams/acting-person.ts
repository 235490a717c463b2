// Every turn starts here: the activity must come from our tenant, and its sender from the roster. Known
// senders are remembered (their Teams user id for @mentions, their personal chat for private messages).
import type { AppContext } from "../../app/context.ts";
import type { PersonRecord } from "../../app/ports.ts";
import { asLocale, t, type Locale } from "../../i18n/messages.ts";
import { tenantOf, type IncomingActivity } from "./teams-activity.ts";
import type { TeamsConfig } from "./teams-config.ts";
import { rememberPersonalChat, rememberServiceUrl } from "./teams-conversations.ts";
import { personOfActivity, type MemberLookup } from "./teams-identity.ts";

export type Acting = { ok: true; person: PersonRecord; locale: Locale } | { ok: false; text: string };

export async function actingPerson(
  ctx: AppContext,
  config: TeamsConfig,
  activity: IncomingActivity,
  lookup: MemberLookup,
): Promise<Acting> {
  // teams-routes.ts admitted the activity (token, serviceUrl, tenant); this re-check keeps every caller safe.
  const tenant = tenantOf(activity)?.toLowerCase();
  if (!tenant || !config.allowedTenants.includes(tenant)) {
    ctx.log.warn({ tenant, activityType: activity.type }, "ignored a Teams activity from another tenant");
    return { ok: false, text: t("nl", "teams.wrong_tenant") };
  }
  await rememberServiceUrl(ctx, activity);
  const person = await personOfActivity(ctx, activity, lookup);
  if (!person) return { ok: false, text: t("nl", "teams.unlinked") };
  const seen = await ctx.store.chat.conversation("teams", `user:${person.id}`);
  if (seen?.conversationId !== activity.from.id) {
    await ctx.store.chat.saveConversation(
      {
        platform: "teams",
        key: `user:${person.id}`,
        conversationId: activity.from.id,
        serviceUrl: activity.serviceUrl,
        data: {},
      },
      ctx.clock.now(),
    );
  }
  await rememberPersonalChat(ctx, person.id, activity);
  return { ok: true, person, locale: asLocale(person.locale) };
}

/** Records an idempotency key; false when this activity (or form) was handled before. */
export async function claimOnce(ctx: AppContext, key: string): Promise<boolean> {
  const fresh = await ctx.store.transaction((tx) => tx.claimRequest(key, ctx.clock.now()));
  if (!fresh) ctx.log.info({ key }, "ignored a repeated Teams activity");
  return fresh;
}
