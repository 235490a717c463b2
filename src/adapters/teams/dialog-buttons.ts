// Buttons that open a form open it as a Teams dialog (task module): an Action.Submit with `msteams.type task/fetch`
// instead of an Action.Execute that would put the form inline. Applied at the adapter's edge (posted cards and
// invoke answers); the local Playground mode keeps inline forms, because the Playground cannot open dialogs.
import { NEEDS_FORM } from "../../app/interactions/run-action.ts";
import { t, type Locale } from "../../i18n/messages.ts";
import type { Form } from "../../ui/card.ts";
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard, adaptiveCard, textBlock } from "./adaptive-card.ts";
import { DIALOG_VERB_KEY } from "./dialog-card.ts";
import type { ActionResponse } from "./invoke-responses.ts";
import type { Connector, OutgoingMessage } from "./teams-connector.ts";
import type { TeamsConfig } from "./teams-config.ts";

/** The dialog verb of a command's "open the form" button (a report command, or any command that answers a form). */
export const OPEN_COMMAND_VERB = "command.open";

const FORM_VERBS: readonly string[] = NEEDS_FORM;

export const dialogButton = (title: string, verb: string, data: Record<string, unknown>, extra = {}) => ({
  type: "Action.Submit",
  title,
  ...extra,
  data: { ...data, [DIALOG_VERB_KEY]: verb, msteams: { type: "task/fetch" } },
});

function convert(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convert);
  if (!node || typeof node !== "object") return node;
  const copy: Record<string, unknown> = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, convert(v)]));
  if (copy.type !== "Action.Execute" || typeof copy.verb !== "string" || !FORM_VERBS.includes(copy.verb)) return copy;
  const { type: _type, verb, data, title, ...rest } = copy;
  const payload = data && typeof data === "object" ? { ...data } : {};
  return dialogButton(typeof title === "string" ? title : verb, verb, payload, rest);
}

/** The card with every form-opening button as a dialog button (nested "Meer acties" cards included). */
export function withDialogButtons(card: AdaptiveCard): AdaptiveCard {
  const { refresh, ...rest } = card;
  const converted = convert(rest) as AdaptiveCard;
  return refresh ? { ...converted, refresh } : converted;
}

/** A command that answers with a form, in a chat: a short card whose button opens the form as a dialog. */
export function commandLauncherCard(form: Form, command: { command: string; text?: string }, locale: Locale) {
  const data = { command: command.command, ...(command.text ? { text: command.text } : {}) };
  return adaptiveCard(
    [textBlock(form.title, { size: "Medium", weight: "Bolder" }), textBlock(t(locale, "teams.dialog.lead"))],
    [dialogButton(t(locale, "teams.dialog.open"), OPEN_COMMAND_VERB, data, { style: "positive" })],
  );
}

const usesDialogs = (config: TeamsConfig) => config.inlineForms !== true;

/** Every card this connector posts or updates opens its forms as dialogs. */
export function dialogConnector(connector: Connector, config: TeamsConfig): Connector {
  if (!usesDialogs(config)) return connector;
  const map = (m: OutgoingMessage): OutgoingMessage => (m.card ? { ...m, card: withDialogButtons(m.card) } : m);
  return {
    create: (target, message) => connector.create(target, map(message)),
    update: (target, activityId, message) => connector.update(target, activityId, map(message)),
  };
}

/** An answer to a card button (the refreshed card the presser sees) with dialog buttons too. */
export function dialogAnswer(config: TeamsConfig, response: ActionResponse): ActionResponse {
  if (!usesDialogs(config) || response.type !== ADAPTIVE_CARD_CONTENT_TYPE) return response;
  return { ...response, value: withDialogButtons(response.value) };
}
