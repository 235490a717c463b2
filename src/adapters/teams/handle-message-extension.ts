// The message action "Melden als overlast" (Slack's message shortcut, in Teams): composeExtension/fetchTask opens
// the nuisance report form as a dialog with the message's text as description; submitAction files the report.
import type { AppContext } from "../../app/context.ts";
import { runCommand } from "../../app/interactions/run-command.ts";
import { t } from "../../i18n/messages.ts";
import type { Form } from "../../ui/card.ts";
import { actingPerson } from "./acting-person.ts";
import { FORM_SUBMIT_VERB } from "./adaptive-card.ts";
import { DIALOG_VERB_KEY, dialogStep, type TaskResponse, taskResponse } from "./dialog-card.ts";
import { handleCardAction } from "./handle-card-action.ts";
import { formCard } from "./show-result-teams.ts";
import { commandText, type IncomingActivity } from "./teams-activity.ts";
import type { TeamsConfig } from "./teams-config.ts";
import type { MemberLookup } from "./teams-identity.ts";

/** The manifest's composeExtensions command id, and the flow it reports in. */
export const REPORT_MESSAGE_COMMAND = "reportNuisance";
const NUISANCE_FLOW = "overlast";
const DESCRIPTION_FIELD = "description";

interface ExtensionValue {
  commandId?: string;
  messagePayload?: { body?: { content?: string } };
  data?: Record<string, unknown>;
}

const closing = (text: string): TaskResponse => ({ task: { type: "message", value: text } });

/** The message's text (HTML in Teams) as the report's description, where the person has not typed one. */
function withDescription(form: Form, message: string): Form {
  if (!message) return form;
  const fields = form.fields.map((f) => (f.id === DESCRIPTION_FIELD && !f.value ? { ...f, value: message } : f));
  return { ...form, fields };
}

export async function openReportFromMessage(
  ctx: AppContext,
  config: TeamsConfig,
  activity: IncomingActivity,
  lookup: MemberLookup,
): Promise<TaskResponse> {
  const value = (activity.value ?? {}) as ExtensionValue;
  if (value.commandId !== REPORT_MESSAGE_COMMAND) return closing(t("nl", "error.unknown_action"));
  const acting = await actingPerson(ctx, config, activity, lookup);
  if (!acting.ok) return closing(acting.text);
  const { person, locale } = acting;
  const flow = ctx.flows.current(NUISANCE_FLOW);
  if (!flow) return closing(t(locale, "error.unknown_action"));
  const actor = { personId: person.id, platform: "teams" as const };
  const result = await runCommand({ ctx, actor, command: flow.flow.command });
  if (result.kind !== "form") return closing(result.kind === "error" ? result.error : t(locale, "error.internal"));
  ctx.log.info({ personId: person.id }, "Teams message action opened the report form");
  const form = withDescription(result.form, commandText(value.messagePayload?.body?.content));
  return dialogStep(form.title, formCard(form, { ctx, locale, audience: "channel" }));
}

/** The dialog's submit, handled exactly as the inline form's Action.Execute would be (once per form). */
export async function submitReportFromMessage(
  ctx: AppContext,
  config: TeamsConfig,
  activity: IncomingActivity,
  lookup: MemberLookup,
): Promise<TaskResponse> {
  const { [DIALOG_VERB_KEY]: verb, ...data } = ((activity.value ?? {}) as ExtensionValue).data ?? {};
  const action = { type: "Action.Execute", verb: typeof verb === "string" ? verb : FORM_SUBMIT_VERB, data };
  const response = await handleCardAction(ctx, config, { ...activity, value: { action } }, lookup);
  return taskResponse(response, "Schakel");
}
