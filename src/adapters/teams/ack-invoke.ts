// Before the answer to a Teams invoke that changes something, only what must come back inline: the field errors
// that keep a form open, a case that moved on since it was shown, a party to choose; then the idempotency key and
// one insert in the inbox. The answer says the work is under way; the result follows as the card's update.
import { createHash, randomUUID } from "node:crypto";
import { needsPartyChoice } from "../../app/acknowledge-choice.ts";
import type { Actor, AppContext } from "../../app/context.ts";
import { checkFormFields } from "../../app/interactions/check-form-fields.ts";
import type { Inbox } from "../../app/interactions/inbox.ts";
import type { InteractionResult } from "../../app/interactions/result.ts";
import { runAction } from "../../app/interactions/run-action.ts";
import { submitForm } from "../../app/interactions/submit-form.ts";
import { t, type Locale } from "../../i18n/messages.ts";
import { isActionId } from "../../ui/card.ts";
import { parseFormId } from "../../ui/form-instance.ts";
import type { AdaptiveCard } from "./adaptive-card.ts";
import { type ActionResponse, cardResponse, messageResponse } from "./invoke-responses.ts";
import { renderNoticeTeams } from "./render-card-teams.ts";
import { type ShowContext, showResult } from "./show-result-teams.ts";
import { type IncomingActivity, isPersonal } from "./teams-activity.ts";
import { recordInvoke, type TeamsInvokeItem } from "./teams-invoke-inbox.ts";

export interface AckContext {
  ctx: AppContext;
  locale: Locale;
  actor: Actor & { platform: "teams" };
  activity: IncomingActivity;
  inbox: Inbox;
}

/** The case a form is about (`<action>:<caseId>…`); undefined for a report form. */
export const caseOfForm = (formId: string) => {
  const { base } = parseFormId(formId);
  return isActionId(base.split(":")[0] ?? "") ? base.slice(base.indexOf(":") + 1) : undefined;
};

const valuesHash = (values: Record<string, unknown>) =>
  createHash("sha256").update(JSON.stringify(values)).digest("hex").slice(0, 32);

const whereOf = (activity: IncomingActivity): TeamsInvokeItem["where"] => ({
  serviceUrl: activity.serviceUrl,
  conversationId: activity.conversation.id,
  personal: isPersonal(activity),
});

/** What a person reads at once: the work is under way, the card follows (with the case card one click away). */
export function pendingText(locale: Locale, reference?: string): string {
  return reference ? t(locale, "teams.processing_case", { reference }) : t(locale, "teams.processing_report");
}

function pendingCard(locale: Locale, reference?: string, caseId?: string): AdaptiveCard {
  const back = caseId ? { label: t(locale, "teams.back"), caseId } : undefined;
  return renderNoticeTeams(pendingText(locale, reference), "good", back);
}

/** A case button that acts at once (Bevestigen): recorded, answered with "Wordt verwerkt…". */
export async function ackCaseButton(
  a: AckContext,
  show: ShowContext,
  press: { verb: string; caseId: string; revision?: number },
): Promise<ActionResponse> {
  const { ctx, locale, actor } = a;
  const { verb, caseId, revision } = press;
  const c = await ctx.store.read.case(caseId);
  if (!c) return messageResponse(t(locale, "error.case_not_found"));
  // The action key with the case version: a double click or a redelivery on the same card counts once.
  const key =
    revision !== undefined
      ? `teams:press:${caseId}:${verb}:${actor.personId}:r${revision}`
      : `teams:activity:${a.activity.id ?? randomUUID()}`;
  const shown = revision !== undefined ? { revision } : {};
  const inline = async () => showResult(await runAction({ ctx, actor, actionId: verb, caseId, ...shown }), show);
  // A card shown before the case moved on is refused politely with the current card, unless this very press was
  // recorded before (its own work moved the case on): a repeat gets the first answer.
  const repeat = revision !== undefined && revision !== c.revision && (await a.inbox.recorded(key));
  if (revision !== undefined && revision !== c.revision && !repeat) return inline();
  // A coordinator who must say for which party gets that choice inline, as a form: nothing changes yet.
  if (verb === "case.acknowledge" && (await needsPartyChoice({ ctx, caseId, personId: actor.personId }))) {
    return inline();
  }
  const work = { kind: "action" as const, actionId: verb, caseId, ...shown };
  if (!repeat)
    await recordInvoke(ctx, a.inbox, key, {
      type: "invoke",
      personId: actor.personId,
      where: whereOf(a.activity),
      work,
    });
  return cardResponse(pendingCard(locale, c.reference, caseId));
}

export type FormAck =
  /** Field errors that keep the form open, in the person's language. */
  | { kind: "errors"; errors: Record<string, string> }
  /** A form on a case that moved on: its earlier answer when it was sent before, else the polite refusal. */
  | { kind: "inline"; result: InteractionResult }
  | { kind: "recorded"; reference?: string; caseId?: string };

/** A submitted form (a dialog's or an inline card's): checked, recorded once per form key and values. */
export async function ackForm(
  a: AckContext,
  form: { formId: string; nonce: string; values: Record<string, string> },
): Promise<FormAck> {
  const { ctx, locale, actor } = a;
  const { formId, values } = form;
  const errors = await checkFormFields({ ctx, formId, values, locale });
  if (errors) return { kind: "errors", errors };
  const instance = parseFormId(formId);
  const caseId = caseOfForm(formId);
  const c = caseId ? await ctx.store.read.case(caseId) : null;
  // The one-time form key (with the values: a form corrected after an error later is another submission).
  const key = `teams:form:${instance.key ?? form.nonce}:${valuesHash(values)}`;
  const recorded = { kind: "recorded" as const, ...(c ? { reference: c.reference, caseId: c.id } : {}) };
  if (c && instance.revision !== undefined && instance.revision !== c.revision) {
    // Sent before, and its own work moved the case on: the first answer again. Else the polite refusal.
    if (await a.inbox.recorded(key)) return recorded;
    return { kind: "inline", result: await submitForm({ ctx, actor, formId, values }) };
  }
  const work = { kind: "form" as const, formId, values, ...(caseId ? { caseId } : {}) };
  await recordInvoke(ctx, a.inbox, key, { type: "invoke", personId: actor.personId, where: whereOf(a.activity), work });
  return recorded;
}

/** The answer to an inline form card once it is recorded. */
export const formPendingResponse = (locale: Locale, ack: FormAck & { kind: "recorded" }) =>
  cardResponse(pendingCard(locale, ack.reference, ack.caseId));
