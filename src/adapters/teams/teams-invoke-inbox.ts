// Ack first for Teams invokes that change something (Bevestigen, a submitted form): recorded in the inbox before
// Teams gets its answer; afterwards the work runs, the outbox updates the case card in place (personal copies too),
// and what did not go through, or a report's confirmation, is told to the person privately.
import { randomUUID } from "node:crypto";
import type { ChatPort } from "../../app/chat-port.ts";
import type { AppContext } from "../../app/context.ts";
import { confirmReport } from "../../app/interactions/card-waiting.ts";
import type { Inbox } from "../../app/interactions/inbox.ts";
import { refreshCaseCard } from "../../app/interactions/refresh-case-card.ts";
import type { InteractionResult } from "../../app/interactions/result.ts";
import { runAction } from "../../app/interactions/run-action.ts";
import { submitForm } from "../../app/interactions/submit-form.ts";
import { asLocale, t, type Locale } from "../../i18n/messages.ts";
import type { AdaptiveCard } from "./adaptive-card.ts";
import { renderInfoCardTeams, renderNoticeTeams } from "./render-card-teams.ts";
import { renderFormTeams } from "./render-form-teams.ts";
import type { Connector } from "./teams-connector.ts";
import { personalTarget, type Target } from "./teams-conversations.ts";

export type InvokeWork =
  | { kind: "action"; actionId: string; caseId: string; revision?: number }
  | { kind: "form"; formId: string; values: Record<string, unknown>; caseId?: string };

export interface TeamsInvokeItem {
  type: "invoke";
  personId: string;
  /** Where it was pressed: the private answer goes there when it is a personal chat the bot has not saved. */
  where: { serviceUrl: string; conversationId: string; personal: boolean };
  work: InvokeWork;
}

/** One insert before the ack; false when the key was recorded before (a double click or a redelivery). */
export async function recordInvoke(ctx: AppContext, inbox: Inbox, key: string, item: TeamsInvokeItem) {
  const ticket = await inbox.accept("teams", key, item);
  if (!ticket) return void ctx.log.info({ key }, "repeated Teams invoke; answered as the first");
  ticket.process(); // the inbox starts it on a later turn of the event loop, after this answer is written
}

export interface InvokeDeps {
  ctx: AppContext;
  connector: Connector;
  port: Pick<ChatPort, "sendDirect">;
  /** Delivers what the work queued, so a report's confirmation can say whether its card reached the channel. */
  deliver: () => Promise<void>;
}

const caseOf = (work: InvokeWork) => work.caseId;

function run(ctx: AppContext, personId: string, work: InvokeWork): Promise<InteractionResult> {
  const actor = { personId, platform: "teams" as const };
  if (work.kind === "form") return submitForm({ ctx, actor, formId: work.formId, values: work.values });
  const shown = work.revision !== undefined ? { revision: work.revision } : {};
  return runAction({ ctx, actor, actionId: work.actionId, caseId: work.caseId, ...shown });
}

/** The person's personal chat, else the place they pressed in when that is one; null: only the outbox knows. */
async function privatePlace(ctx: AppContext, item: TeamsInvokeItem): Promise<Target | null> {
  const saved = await personalTarget(ctx, item.personId);
  if (saved) return saved;
  const { serviceUrl, conversationId, personal } = item.where;
  return personal ? { serviceUrl, conversationId } : null;
}

async function tell(deps: InvokeDeps, item: TeamsInvokeItem, text: string, card?: AdaptiveCard): Promise<void> {
  const place = await privatePlace(deps.ctx, item);
  // A card says it all (the sentence is its first line); a plain sentence is sent as text.
  if (place) return void (await deps.connector.create(place, card ? { card } : { text }));
  // No personal chat yet: the outbox's own way to reach them (a Graph install, or a mention in the case's thread).
  const caseId = caseOf(item.work);
  await deps.port.sendDirect({ personId: item.personId, text, ...(caseId ? { caseId } : {}) });
}

function reasonOf(result: InteractionResult, locale: Locale): string {
  switch (result.kind) {
    case "error":
      return result.error;
    case "message":
      return result.message.text;
    case "field_errors":
      return t(locale, "teams.fix_and_send_again", { errors: Object.values(result.errors).join(" ") });
    default:
      return t(locale, "error.internal");
  }
}

async function tellFailure(deps: InvokeDeps, item: TeamsInvokeItem, result: InteractionResult, locale: Locale) {
  const { ctx } = deps;
  const caseId = caseOf(item.work);
  const c = caseId ? await ctx.store.read.case(caseId) : null;
  // The card showed "Wordt verwerkt…": put it back as it is (a stale refusal has queued that already).
  if (caseId && !(result.kind === "error" && result.code === "stale")) await refreshCaseCard({ ctx, caseId });
  const reason = reasonOf(result, locale);
  // A button that no longer applies says so itself, with the case's reference; the rest is framed as not done.
  const text =
    result.kind === "message"
      ? reason
      : c
        ? t(locale, "teams.not_processed", { reference: c.reference, reason })
        : t(locale, "teams.report_not_processed", { reason });
  ctx.log.info({ personId: item.personId, kind: result.kind, caseId }, "Teams invoke not carried out; told privately");
  await tell(deps, item, text);
}

async function tellOutcome(deps: InvokeDeps, item: TeamsInvokeItem, result: InteractionResult, locale: Locale) {
  switch (result.kind) {
    case "done":
      return; // a case change answers itself: the outbox updates the card in place
    case "form": {
      const lead = t(locale, "teams.choose_in_form");
      const labels = { required: t(locale, "form.required") };
      return tell(deps, item, lead, renderFormTeams(result.form, randomUUID(), labels));
    }
    case "view": {
      // Private content goes only to a personal chat, never to a place others read.
      const place = await privatePlace(deps.ctx, item);
      if (place) return void (await deps.connector.create(place, { card: renderInfoCardTeams(result.view) }));
      return tellFailure(deps, item, { kind: "error", code: "internal", error: t(locale, "error.internal") }, locale);
    }
    default:
      return tellFailure(deps, item, result, locale);
  }
}

/** Runs one recorded invoke after its ack; a failure, too, reaches the person (never only the log). */
export function teamsInvokeHandler(deps: InvokeDeps): (item: TeamsInvokeItem) => Promise<void> {
  return async (item) => {
    const { ctx } = deps;
    const locale = asLocale((await ctx.store.read.person(item.personId))?.locale);
    const result = await run(ctx, item.personId, item.work).catch((error: unknown): InteractionResult => {
      ctx.log.error({ err: error, work: item.work.kind }, "Teams invoke failed after its ack");
      return { kind: "error", code: "internal", error: t(locale, "error.internal") };
    });
    if (result.kind === "done" && result.caseRef) {
      // A report is confirmed privately, after its card's delivery: a card not in the channel yet reads as a warning.
      await deps.deliver();
      const confirmed = await confirmReport({ ctx, result, platform: "teams", locale });
      const text = confirmed.kind === "done" ? confirmed.text : result.text;
      return tell(deps, item, text, renderNoticeTeams(text, confirmed === result ? "good" : "attention"));
    }
    await tellOutcome(deps, item, result, locale);
  };
}
