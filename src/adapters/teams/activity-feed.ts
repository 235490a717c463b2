// Teams Activity feed notifications for reminders and escalations, through Microsoft Graph (application permission
// TeamsActivity.Send): one per notice, to the person's Entra object id, with the activity types the manifest declares.
import type { App } from "@microsoft/teams.apps";
import type { AppContext } from "../../app/context.ts";
import type { NoticeAlert } from "../../app/ports.ts";
import { asLocale, t } from "../../i18n/messages.ts";
import type { TeamsConfig } from "./teams-config.ts";

/** The manifest's `activities.activityTypes[].type` per kind of notice. */
export const FEED_ACTIVITY_TYPES = { reminder: "caseReminder", escalation: "caseEscalation" } as const;

/** Graph must answer within this long: the chat message is already sent, and the outbox should move on. */
const GRAPH_TIMEOUT_MS = 10_000;

export interface ActivityFeed {
  /** Never throws: a Graph failure is logged (the chat message was delivered before). */
  notify(personId: string, alert: NoticeAlert): Promise<void>;
}

/** The feed entry opens the person's chat with the bot (a Teams deep link; `28:` marks a bot). */
const botChatLink = (config: TeamsConfig) =>
  `https://teams.microsoft.com/l/chat/0/0?tenantId=${encodeURIComponent(config.tenantId)}` +
  `&users=${encodeURIComponent(`28:${config.clientId}`)}`;

/** The request body: only the kind, the case reference and the step, here and on a lock screen. */
export function feedNotification(config: TeamsConfig, alert: NoticeAlert, locale: "nl" | "en") {
  return {
    topic: { source: "text", value: "Schakel", webUrl: botChatLink(config) },
    activityType: FEED_ACTIVITY_TYPES[alert.kind],
    previewText: { content: t(locale, `teams.feed.${alert.kind}`, { reference: alert.reference, step: alert.step }) },
    templateParameters: [
      { name: "reference", value: alert.reference },
      { name: "step", value: alert.step },
    ],
  };
}

const statusOf = (error: unknown): number | undefined =>
  (error as { response?: { status?: number } } | null)?.response?.status;

export function createActivityFeed(ctx: AppContext, app: Pick<App, "graph">, config: TeamsConfig): ActivityFeed | null {
  const graph = config.graph;
  if (!graph) return null;
  const http = app.graph.http.clone({ baseUrl: `${graph.baseUrl}/v1.0`, timeout: GRAPH_TIMEOUT_MS });
  return {
    async notify(personId, alert) {
      try {
        const person = await ctx.store.read.person(personId);
        // The Entra object id once linked; otherwise the roster e-mail address, which Graph takes as UPN.
        const user = (await ctx.store.read.identitiesOf(personId, "teams"))[0] ?? person?.email;
        if (!user) return void ctx.log.info({ personId }, "no Entra id for a Teams activity feed notification");
        const body = feedNotification(config, alert, asLocale(person?.locale));
        await http.post(`/users/${encodeURIComponent(user)}/teamwork/sendActivityNotification`, body);
        ctx.log.info(
          { personId, kind: alert.kind, reference: alert.reference },
          "sent a Teams activity feed notification",
        );
      } catch (error) {
        ctx.log.warn(
          { personId, kind: alert.kind, reference: alert.reference, status: statusOf(error), err: error },
          "could not send a Teams activity feed notification; the chat message was delivered",
        );
      }
    },
  };
}
