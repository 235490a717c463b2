// App Home: on opening the Home tab, publish my open obligations and my organisation's open cases.
import type { HomeView } from "@slack/types";
import type { App } from "@slack/bolt";
import type { AppContext } from "../../app/context.ts";
import { formatDeadline } from "../../app/case/format-deadline.ts";
import { myObligationLine } from "../../app/case/my-obligation-line.ts";
import { listMyObligations } from "../../app/list-my-obligations.ts";
import type { PersonRecord } from "../../app/ports.ts";
import { asLocale, t, type Locale } from "../../i18n/messages.ts";
import { renderHomeView } from "./render-home-slack.ts";
import { personOfSlackUser } from "./slack-identity.ts";
import { workspaceOf } from "./slack-actor.ts";

async function organisationCases(ctx: AppContext, person: PersonRecord, locale: Locale): Promise<string[]> {
  const read = ctx.store.read;
  const obligations = await read.openObligationsOfOrganisations([person.organisationId]);
  const lines: string[] = [];
  for (const o of obligations) {
    const c = await read.case(o.caseId);
    if (c?.status !== "open") continue;
    const flow = await ctx.flows.forCase(c);
    lines.push(
      t(locale, "slack.home.case_line", {
        reference: c.reference,
        municipality: (await read.municipality(c.municipalityId))?.name ?? c.municipalityId,
        step: flow.steps.find((s) => s.id === o.stepId)?.label ?? o.stepId,
        deadline: formatDeadline(o.dueAt, ctx.calendar, locale),
      }),
    );
  }
  return lines;
}

export async function homeView(ctx: AppContext, person: PersonRecord | null): Promise<HomeView> {
  const locale = asLocale(person?.locale);
  const more = (count: number) => t(locale, "slack.more", { count });
  if (!person)
    return renderHomeView({
      title: t(locale, "slack.home.title"),
      sections: [{ heading: t(locale, "slack.home.mine"), lines: [], empty: t(locale, "slack.unlinked") }],
      more,
    });
  const mine = (await listMyObligations({ ctx, personId: person.id })).map((o) => myObligationLine(ctx, o, locale));
  const organisation = (await ctx.store.read.organisation(person.organisationId))?.name ?? person.organisationId;
  return renderHomeView({
    title: t(locale, "slack.home.title"),
    sections: [
      { heading: t(locale, "slack.home.mine"), lines: mine, empty: t(locale, "cmd.mine.empty") },
      {
        heading: t(locale, "slack.home.organisation", { organisation }),
        lines: await organisationCases(ctx, person, locale),
        empty: t(locale, "slack.home.none"),
      },
    ],
    more,
  });
}

export function registerHome(app: App, ctx: AppContext): void {
  app.event("app_home_opened", async ({ event, client, context }) => {
    if (event.tab !== "home") return;
    // Publishing is idempotent, so Slack's retries of this event do no harm.
    const own = workspaceOf(context).workspace;
    const person = own
      ? await personOfSlackUser(ctx, own.client, event.user, own)
      : await personOfSlackUser(ctx, client, event.user);
    await client.views.publish({ user_id: event.user, view: await homeView(ctx, person) });
  });
}
