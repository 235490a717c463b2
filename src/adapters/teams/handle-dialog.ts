// Forms as Teams dialogs (task modules): a card button that asks for input, or a command's "open the form" button,
// sends task/fetch and gets the form as a dialog; task/submit files it once per form key (issue 10), field errors
// re-show the dialog with the Dutch error, and the case card is updated in place by the outbox afterwards.
import { randomUUID } from "node:crypto";
import type { AppContext } from "../../app/context.ts";
import { confirmReport } from "../../app/interactions/card-waiting.ts";
import type { InteractionResult } from "../../app/interactions/result.ts";
import { NEEDS_FORM, runAction } from "../../app/interactions/run-action.ts";
import { runCommand } from "../../app/interactions/run-command.ts";
import { submitForm } from "../../app/interactions/submit-form.ts";
import { t, type Locale } from "../../i18n/messages.ts";
import { type Form, isActionId } from "../../ui/card.ts";
import { actingPerson, claimOnce } from "./acting-person.ts";
import { FORM_SUBMIT_VERB } from "./adaptive-card.ts";
import { DIALOG_VERB_KEY, dialogStep, type TaskResponse } from "./dialog-card.ts";
import { OPEN_COMMAND_VERB } from "./dialog-buttons.ts";
import { reopenForm } from "./handle-card-action.ts";
import { renderInfoCardTeams } from "./render-card-teams.ts";
import { FORM_ID_KEY, FORM_NONCE_KEY, formValues, refill, renderFormTeams } from "./render-form-teams.ts";
import type { IncomingActivity } from "./teams-activity.ts";
import type { TeamsConfig } from "./teams-config.ts";
import type { MemberLookup } from "./teams-identity.ts";
import type { Inbox } from "../../app/interactions/inbox.ts";
import { type AckContext, ackForm, pendingText } from "./ack-invoke.ts";

const closing = (text: string): TaskResponse => ({ task: { type: "message", value: text } });

/** The data of a dialog invoke: the button's data (task/fetch) or the inputs with the submit's data (task/submit). */
function dialogData(activity: IncomingActivity): Record<string, unknown> {
  const data = (activity.value as { data?: unknown } | undefined)?.data;
  return data && typeof data === "object" ? (data as Record<string, unknown>) : {};
}

const text = (value: unknown) => (typeof value === "string" ? value : "");

function formStep(form: Form, locale: Locale, errors: Record<string, string> = {}): TaskResponse {
  // A dialog has its own close button: no "back to the case" button under the form.
  return dialogStep(form.title, renderFormTeams(form, randomUUID(), { required: t(locale, "form.required") }, errors));
}

/** An interaction's answer inside a dialog: a form stays open, a card is shown, a sentence closes it. */
function asTask(result: InteractionResult, locale: Locale): TaskResponse {
  switch (result.kind) {
    case "form":
      return formStep(result.form, locale);
    case "view":
      return dialogStep(result.view.title, renderInfoCardTeams(result.view));
    case "message": {
      const card = result.message.card;
      return card
        ? dialogStep(card.title, renderInfoCardTeams(card, undefined, result.message.text))
        : closing(result.message.text);
    }
    case "error":
      return result.card
        ? dialogStep(result.card.title, renderInfoCardTeams({ ...result.card, subtitle: result.error }))
        : closing(result.error);
    case "done":
      return closing(result.text);
    case "field_errors":
      return closing(Object.values(result.errors).join(" "));
  }
}

export async function openDialog(
  ctx: AppContext,
  config: TeamsConfig,
  activity: IncomingActivity,
  lookup: MemberLookup,
): Promise<TaskResponse> {
  const acting = await actingPerson(ctx, config, activity, lookup);
  if (!acting.ok) return closing(acting.text);
  const { person, locale } = acting;
  const actor = { personId: person.id, platform: "teams" as const };
  const data = dialogData(activity);
  const verb = text(data[DIALOG_VERB_KEY]);
  ctx.log.info({ verb, personId: person.id }, "Teams dialog opened");
  if (verb === OPEN_COMMAND_VERB && text(data.command)) {
    const typed = text(data.text);
    return asTask(
      await runCommand({ ctx, actor, command: text(data.command), ...(typed ? { text: typed } : {}) }),
      locale,
    );
  }
  const caseId = text(data.caseId);
  // A dialog only ever opens a form: a button that acts at once (Bevestigen) never runs through here.
  if (!isActionId(verb) || !NEEDS_FORM.includes(verb) || !caseId) return closing(t(locale, "error.unknown_action"));
  const revision = typeof data.revision === "number" ? { revision: data.revision } : {};
  return asTask(await runAction({ ctx, actor, actionId: verb, caseId, ...revision }), locale);
}

export interface SubmitDialogOptions {
  /** The inline path: delivers what a report queued, so its closing sentence can say where the card is. */
  deliver?: () => Promise<void>;
  /** Ack first: the submit is recorded here, the dialog closes at once and the result follows. */
  inbox?: Inbox;
}

/** Ack first: field errors keep the dialog open; otherwise it is recorded and closes with "Wordt verwerkt…". */
async function ackDialog(a: AckContext, form: { formId: string; nonce: string; values: Record<string, string> }) {
  const ack = await ackForm(a, form);
  if (ack.kind === "recorded") return closing(pendingText(a.locale, ack.reference));
  if (ack.kind === "inline") return asTask(ack.result, a.locale);
  const reopened = await reopenForm(a.ctx, a.actor, form.formId);
  if (reopened) return formStep(refill(reopened, form.values), a.locale, ack.errors);
  return closing(Object.values(ack.errors).join(" "));
}

export async function submitDialog(
  ctx: AppContext,
  config: TeamsConfig,
  activity: IncomingActivity,
  lookup: MemberLookup,
  { deliver, inbox }: SubmitDialogOptions = {},
): Promise<TaskResponse> {
  const acting = await actingPerson(ctx, config, activity, lookup);
  if (!acting.ok) return closing(acting.text);
  const { person, locale } = acting;
  const actor = { personId: person.id, platform: "teams" as const };
  const { [DIALOG_VERB_KEY]: verb, ...data } = dialogData(activity);
  const formId = text(data[FORM_ID_KEY]);
  const nonce = text(data[FORM_NONCE_KEY]);
  if (verb !== FORM_SUBMIT_VERB || !formId || !nonce) return closing(t(locale, "error.invalid_form"));
  ctx.log.info({ personId: person.id }, "Teams dialog submitted");
  const values = formValues(data);
  if (inbox) return ackDialog({ ctx, locale, actor, activity, inbox }, { formId, nonce, values });
  // The same dialog submitted twice (a redelivery, a double click) counts once; the form key guards the rest.
  if (!(await claimOnce(ctx, `teams:form:${nonce}`))) return closing(t(locale, "teams.already_handled"));
  const result = await submitForm({ ctx, actor, formId, values });
  if (result.kind === "field_errors") {
    const form = await reopenForm(ctx, actor, formId);
    if (form) return formStep(refill(form, values), locale, result.errors);
  }
  if (!deliver || result.kind !== "done" || !result.caseRef) return asTask(result, locale);
  // A report: its card is delivered first, so the reporter reads it when the card is not in the channel yet.
  await deliver();
  return asTask(await confirmReport({ ctx, result, platform: "teams", locale }), locale);
}
