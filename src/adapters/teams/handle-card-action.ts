// adaptiveCard/action invokes (Universal Actions): case buttons, form submits and card refreshes. Each
// activity and each form counts once, so a retried delivery or a double click changes nothing twice.
import type { AppContext } from "../../app/context.ts";
import { runAction } from "../../app/interactions/run-action.ts";
import { runCommand } from "../../app/interactions/run-command.ts";
import { submitForm } from "../../app/interactions/submit-form.ts";
import { t } from "../../i18n/messages.ts";
import type { Form } from "../../ui/card.ts";
import { isActionId } from "../../ui/card.ts";
import { parseFormId } from "../../ui/form-instance.ts";
import type { Inbox } from "../../app/interactions/inbox.ts";
import { type AckContext, ackCaseButton, ackForm, caseOfForm, formPendingResponse } from "./ack-invoke.ts";
import { actingPerson, claimOnce } from "./acting-person.ts";
import { CARD_REFRESH_VERB, FORM_SUBMIT_VERB, HANDLED_VERBS } from "./adaptive-card.ts";
import { currentCaseCard } from "./current-case-card.ts";
import { cardResponse, messageResponse, type ActionResponse } from "./invoke-responses.ts";
import { FORM_ID_KEY, FORM_NONCE_KEY, formValues, refill } from "./render-form-teams.ts";
import { cardWaitingResponse } from "./confirm-report-teams.ts";
import { formCard, showResult, type ShowContext } from "./show-result-teams.ts";
import { executeAction, isPersonal, type IncomingActivity } from "./teams-activity.ts";
import { cardAudienceFor } from "../../app/case/card-audience.ts";
import { readOnlyRequest } from "../../app/request-reads.ts";
import type { CardAudience } from "../../ui/case-card.ts";
import type { TeamsConfig } from "./teams-config.ts";
import type { MemberLookup } from "./teams-identity.ts";
import { guestCardAction } from "./teams-guests.ts";

/** The form again, to show it with its field errors (never re-running a button that acts without a form). */
export async function reopenForm(
  ctx: AppContext,
  actor: { personId: string; platform: "teams" },
  formId: string,
): Promise<Form | null> {
  const { base } = parseFormId(formId);
  const [kind = "", target = ""] = [base.slice(0, base.indexOf(":")), base.slice(base.indexOf(":") + 1)];
  // The same form instance again (its key and revision), so that fixing the errors submits the form first opened.
  const same = (form: Form): Form => ({ ...form, id: formId });
  if (kind === "report") {
    const flow = ctx.flows.current(target);
    const result = flow ? await runCommand({ ctx, actor, command: flow.flow.command }) : null;
    return result?.kind === "form" ? same(result.form) : null;
  }
  if (!isActionId(kind) || kind === "case.acknowledge") return null;
  const result = await runAction({ ctx, actor, actionId: kind, caseId: target });
  return result.kind === "form" ? same(result.form) : null;
}

async function submit(
  show: ShowContext,
  actor: { personId: string; platform: "teams" },
  data: Record<string, unknown>,
): Promise<ActionResponse> {
  const { ctx, locale } = show;
  const formId = typeof data[FORM_ID_KEY] === "string" ? data[FORM_ID_KEY] : "";
  const nonce = typeof data[FORM_NONCE_KEY] === "string" ? data[FORM_NONCE_KEY] : "";
  if (!formId || !nonce) return messageResponse(t(locale, "error.invalid_form"));
  if (!(await claimOnce(ctx, `teams:form:${nonce}`))) return messageResponse(t(locale, "teams.already_handled"));
  const values = formValues(data);
  const result = await submitForm({ ctx, actor, formId, values });
  const waiting = show.deliver ? await cardWaitingResponse(ctx, locale, result, show.deliver) : null;
  if (waiting) return waiting;
  if (result.kind === "field_errors") {
    const form = await reopenForm(ctx, actor, formId);
    if (form) return cardResponse(formCard(refill(form, values), show, result.errors));
  }
  return showResult(result, show);
}

/** A card in a channel or group chat is seen by all its members: the channel's card there, whoever pressed. */
async function audienceIn(
  ctx: AppContext,
  activity: IncomingActivity,
  caseId: string,
  personId: string,
): Promise<CardAudience> {
  const c = isPersonal(activity) ? await ctx.store.read.case(caseId) : null;
  return c ? cardAudienceFor(ctx, ctx.store.read, c, personId) : "channel";
}

/** An inline form card's submit, ack first: field errors keep the form, otherwise it is recorded and answered. */
async function ackInlineForm(a: AckContext, show: ShowContext, data: Record<string, unknown>): Promise<ActionResponse> {
  const formId = typeof data[FORM_ID_KEY] === "string" ? data[FORM_ID_KEY] : "";
  const nonce = typeof data[FORM_NONCE_KEY] === "string" ? data[FORM_NONCE_KEY] : "";
  if (!formId || !nonce) return messageResponse(t(a.locale, "error.invalid_form"));
  const values = formValues(data);
  const ack = await ackForm(a, { formId, nonce, values });
  if (ack.kind === "recorded") return formPendingResponse(a.locale, ack);
  if (ack.kind === "inline") return showResult(ack.result, show);
  const form = await reopenForm(a.ctx, a.actor, formId);
  if (form) return cardResponse(formCard(refill(form, values), show, ack.errors));
  return messageResponse(Object.values(ack.errors).join(" "));
}

/** What changes something is acked first: a form's submit and Bevestigen; null for what answers with its result. */
function ackFirst(a: AckContext, show: ShowContext, action: { verb: string; data: Record<string, unknown> }) {
  if (action.verb === FORM_SUBMIT_VERB) return ackInlineForm(a, show, action.data);
  if (!show.caseId || action.verb !== "case.acknowledge") return null;
  const revision = typeof action.data.revision === "number" ? { revision: action.data.revision } : {};
  return ackCaseButton(a, show, { verb: action.verb, caseId: show.caseId, ...revision });
}

export interface CardActionOptions {
  /** Delivers what the work queued now (the inline path: a report's answer says whether its card was posted). */
  deliver?: () => Promise<void>;
  /** Ack first: what changes something is recorded here and done after the answer. */
  inbox?: Inbox;
}

export async function handleCardAction(
  ctx: AppContext,
  config: TeamsConfig,
  activity: IncomingActivity,
  lookup: MemberLookup,
  { deliver, inbox }: CardActionOptions = {},
): Promise<ActionResponse> {
  const action = executeAction(activity);
  if (!action || !HANDLED_VERBS.includes(action.verb)) {
    ctx.log.warn({ verb: action?.verb }, "unknown Teams card action");
    return messageResponse(t("nl", "error.unknown_action"));
  }
  const acting = await actingPerson(ctx, config, activity, lookup);
  if (!acting.ok) return (await guestCardAction(ctx, activity)) ?? messageResponse(acting.text);
  const { person, locale } = acting;
  const formId = typeof action.data[FORM_ID_KEY] === "string" ? action.data[FORM_ID_KEY] : "";
  const caseId = typeof action.data.caseId === "string" ? action.data.caseId : caseOfForm(formId);
  const reads = readOnlyRequest(ctx); // for what this turn only reads (the audience, a refreshed card)
  const audience = caseId ? await audienceIn(reads, activity, caseId, person.id) : "channel";
  const show: ShowContext = { ctx, locale, audience, ...(caseId ? { caseId } : {}), ...(deliver ? { deliver } : {}) };
  const actor = { personId: person.id, platform: "teams" as const };
  const acked = inbox ? ackFirst({ ctx, locale, actor, activity, inbox }, show, action) : null;
  if (acked) return acked;
  // A refresh only reads: nothing to claim, and each row it needs is read once (readOnlyRequest).
  const refresh = action.verb === CARD_REFRESH_VERB;
  const repeated = !refresh && activity.id ? !(await claimOnce(ctx, `teams:activity:${activity.id}`)) : false;
  if (repeated || refresh) {
    // A refresh is the viewer's own copy: only the buttons that apply to them (a redelivery gets the same).
    const card = caseId ? await currentCaseCard(reads, caseId, locale, audience, person.id) : null;
    return card
      ? cardResponse(card)
      : messageResponse(t(locale, repeated ? "teams.already_handled" : "error.case_not_found"));
  }
  ctx.log.info({ verb: action.verb, caseId, personId: person.id }, "Teams card action");
  if (action.verb === FORM_SUBMIT_VERB) return submit(show, actor, action.data);
  if (!caseId) return messageResponse(t(locale, "error.unknown_action"));
  const revision = typeof action.data.revision === "number" ? { revision: action.data.revision } : {};
  return showResult(await runAction({ ctx, actor, actionId: action.verb, caseId, ...revision }), show);
}
