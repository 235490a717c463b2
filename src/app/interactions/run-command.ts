// Slash commands and chat commands: "/overlast" opens the report form; "/schakel mijn|status|rooster|afwezig|help".
import { summaryForViewer } from "../case/viewer-outcome.ts";
import { asLocale, t, type Locale } from "../../i18n/messages.ts";
import { renderCaseCard } from "../../ui/case-card.ts";
import { renderReportForm } from "../../ui/report-form.ts";
import { cardToText } from "../../ui/card-text.ts";
import { optionsByField } from "../case/field-options.ts";
import { myObligationLine } from "../case/my-obligation-line.ts";
import { cardAudienceFor } from "../case/card-audience.ts";
import { formatDeadline } from "../case/format-deadline.ts";
import type { Actor, AppContext } from "../context.ts";
import { listMyObligations } from "../list-my-obligations.ts";
import { loadCaseSummary } from "../load-case-summary.ts";
import { buildWeeklyDigest } from "../build-weekly-digest.ts";
import { renderDigestCard } from "../../ui/digest-card.ts";
import { issueForm } from "./issue-form.ts";
import { failureResult, inactiveRefusal, type InteractionResult } from "./result.ts";
import { linkCommand } from "./link-command.ts";
import { rosterCommand } from "./roster-command.ts";
import { absenceCommand } from "./absence-command.ts";
import { avgCommand } from "./avg-command.ts";
import { externalCommand } from "./external-command.ts";
import { statusViewLog } from "../avg/status-view-log.ts";

export interface RunCommandOptions {
  ctx: AppContext;
  actor: Actor;
  command: string;
  text?: string;
}

const message = (text: string): InteractionResult => ({ kind: "message", message: { text } });

async function mine(ctx: AppContext, actor: Actor, locale: Locale): Promise<InteractionResult> {
  const list = await listMyObligations({ ctx, personId: actor.personId });
  if (list.length === 0) return message(t(locale, "cmd.mine.empty"));
  const lines = list.map((o) => myObligationLine(ctx, o, locale));
  return message([t(locale, "cmd.mine.header"), ...lines].join("\n"));
}

/** A case's card for whoever asks: the parties' card for those on the case, the channel's card for others. */
async function status(
  ctx: AppContext,
  actor: Actor,
  reference: string | undefined,
  locale: Locale,
): Promise<InteractionResult> {
  if (!reference) return message(t(locale, "cmd.status.usage"));
  const c = await ctx.store.read.caseByReference(reference.toUpperCase());
  const summary = c ? await loadCaseSummary(ctx, ctx.store.read, c.id) : null;
  if (!summary)
    return { kind: "error", code: "not_found", error: t(locale, "error.reference_not_found", { reference }) };
  const audience = c ? await cardAudienceFor(ctx, ctx.store.read, c, actor.personId) : "channel";
  const formatDate = (d: Date) => formatDeadline(d, ctx.calendar, locale);
  const own = c ? await summaryForViewer(ctx, ctx.store.read, c, summary, actor.personId) : summary;
  const shown = renderCaseCard(own, { locale, formatDate, audience });
  // The view log only for the case's own parties and coordinators (issue 14 item 10): never for the channel.
  const log = c ? await statusViewLog(ctx, actor, c, locale) : null;
  const card = log ? { ...shown, fields: [...shown.fields, log] } : shown;
  return { kind: "message", message: { text: cardToText(card), card } };
}

/** The weekly digest on demand: the named region, else the person's own (as coordinator), else the first. */
async function overview(
  ctx: AppContext,
  actor: Actor,
  regionArg: string | undefined,
  locale: Locale,
): Promise<InteractionResult> {
  const regionId =
    regionArg?.toLowerCase() ??
    (await ctx.store.read.coordinatorRegions(actor.personId))[0] ??
    (await ctx.store.read.regions())[0]?.id ??
    "";
  const card = renderDigestCard(await buildWeeklyDigest({ ctx, regionId }), locale);
  return { kind: "message", message: { text: card.title, card } };
}

export async function runCommand({ ctx, actor, command, text = "" }: RunCommandOptions): Promise<InteractionResult> {
  const person = await ctx.store.read.person(actor.personId);
  const locale = asLocale(person?.locale);
  if (!person) return { kind: "error", code: "unknown_person", error: t(locale, "error.unknown_person") };
  const refused = inactiveRefusal(person, locale, ctx.log);
  if (refused) return refused;
  try {
    const flow = ctx.flows.byCommand(command.trim().toLowerCase());
    if (flow) {
      const options = await optionsByField(ctx.store.read, flow.flow.form.fields);
      return { kind: "form", form: issueForm(renderReportForm(flow.flow, options, locale)) };
    }
    if (command.trim().toLowerCase() !== "/schakel")
      return { kind: "error", code: "invalid_input", error: t(locale, "error.unknown_command") };
    const [sub, ...rest] = text.trim().split(/\s+/);
    switch ((sub ?? "").toLowerCase()) {
      case "mijn":
      case "mine":
        return await mine(ctx, actor, locale);
      case "status":
        return await status(ctx, actor, rest[0], locale);
      case "koppel":
      case "link":
        return await linkCommand(ctx, actor, rest, locale);
      case "overzicht":
      case "overview":
      case "digest":
        return await overview(ctx, actor, rest[0], locale);
      case "rooster":
      case "roster":
        return await rosterCommand(ctx, actor, rest, locale);
      case "afwezig":
      case "absent":
        return await absenceCommand(ctx, actor, rest, locale);
      case "avg":
      case "gdpr":
        return await avgCommand(ctx, actor, rest, locale);
      case "extern":
      case "external":
        return await externalCommand(ctx, actor, rest, locale);
      case "":
      case "help":
      case "hulp":
        return message(
          t(locale, "cmd.help", {
            commands: ctx.flows
              .all()
              .map((f) => f.flow.command)
              .join(", "),
          }),
        );
      default:
        return { kind: "error", code: "invalid_input", error: t(locale, "error.unknown_command") };
    }
  } catch (error) {
    return failureResult(error, locale, ctx.log, { command, personId: actor.personId, platform: actor.platform });
  }
}
