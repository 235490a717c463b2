// What a person does in Teams, as activities posted to the bot: the driver for the shared contract suite and
// the Teams end-to-end tests. It keeps the last form card each person was shown, as Teams would.
import type { Parsed } from "../../support/parsed.ts";
import { must } from "../../support/must.ts";
import {
  CHANNEL_ID,
  type Activity,
  execute,
  inChannel,
  installInTeam,
  installPersonal,
  message,
  personal,
  personalConversation,
  taskFetch,
  taskSubmit,
} from "./activities.ts";
import {
  activityText,
  adaptiveCardText,
  cardOf,
  dialogButtons,
  executeActions,
  fieldErrors,
  inputIds,
} from "./card-text.ts";
import type { TeamsHarness } from "./teams-harness.ts";

type Json = Record<string, Parsed>;
type Where = () => ReturnType<typeof personal>;
export type PressResult = { ok: boolean; error?: string; privateText?: string; card?: Json };

/** The card a dialog answer shows (task "continue"), or null when it closed with a sentence. */
export const dialogCardOf = (body: Parsed): Json | null =>
  body?.task?.type === "continue" ? (body.task.value?.card?.content ?? null) : null;
/** A dialog's submit button: an Action.Submit carrying the form.submit verb. */
const dialogSubmit = (card: Json): Json | undefined =>
  (card.actions ?? []).find((a: Json) => a.type === "Action.Submit" && a.data?.schakelVerb === "form.submit");

/** Ack first: an invoke that changes something is answered with "Wordt verwerkt…" and done afterwards. */
const PENDING = /Wordt verwerkt|wordt verwerkt/;
const REFERENCE = /[A-Z]{2}-\d{4}-\d{4}/;

export function teamsDriver(h: TeamsHarness) {
  const url = h.connector.url;
  const user = (personId: string) =>
    h.users[personId] ??
    (() => {
      throw new Error(`no Teams user for ${personId}`);
    })();
  /** What Schakel told this person privately since `before` (their personal chat, or a mention of them). */
  const toldSince = (personId: string, before: number) => {
    const teamsUser = user(personId);
    return h.connector.sent
      .slice(before)
      .filter(
        (s) =>
          s.op === "create" &&
          (s.conversationId === personalConversation(teamsUser) ||
            JSON.stringify(s.activity.entities ?? []).includes(teamsUser.id)),
      )
      .map((s) => activityText(s.activity));
  };
  /** After a pending answer: a private notice means it did not go through; otherwise the card shows the result. */
  const outcome = async (as: string, before: number, reference: string): Promise<PressResult> => {
    await h.app.flush();
    const told = toldSince(as, before);
    if (told.length) return { ok: false, error: told.join("\n") };
    const found = channelCard(reference);
    const card = found ? cardOf(found.activity) : null;
    return { ok: true, privateText: card ? adaptiveCardText(card) : "", ...(card ? { card } : {}) };
  };
  const forms = new Map<string, Json>();
  const remember = (as: string, card: Json | null) => {
    if (card && (executeActions(card).some((a) => a.verb === "form.submit") || dialogSubmit(card))) forms.set(as, card);
  };

  /** Opens a dialog from a button and, with values, submits it as Teams would (task/fetch, then task/submit). */
  async function pressDialog(
    as: string,
    where: Where,
    opener: Json,
    values?: Record<string, string>,
  ): Promise<PressResult> {
    const opened = (await h.post(taskFetch(where(), opener.data))).body;
    const dialog = dialogCardOf(opened);
    if (!dialog) return { ok: false, error: String(opened?.task?.value ?? "") };
    const submit = dialogSubmit(dialog);
    if (!values || !submit) return { ok: true, privateText: adaptiveCardText(dialog), card: dialog };
    const before = h.connector.sent.length;
    const { body } = await h.post(taskSubmit(where(), { ...submit.data, ...values }));
    await h.app.flush();
    const again = dialogCardOf(body);
    if (again) return { ok: false, error: Object.values(fieldErrors(again)).join(" "), card: again };
    const closed = String(body?.task?.value ?? "");
    const reference = REFERENCE.exec(closed)?.[0];
    if (PENDING.test(closed) && reference) return outcome(as, before, reference);
    return { ok: true, privateText: closed };
  }

  /** The channel's case card for a reference, as it is now (top-level activities of the channel). */
  const channelCard = (reference: string) =>
    h.connector
      .inConversation(CHANNEL_ID)
      .reverse()
      .find(
        (s) =>
          cardOf(s.activity) && adaptiveCardText(must(cardOf(s.activity), "cardOf(s.activity)")).includes(reference),
      );

  /** Submits a form card as a new invoke (every click is its own activity, with its own id). */
  async function submitForm(
    as: string,
    where: () => ReturnType<typeof personal>,
    card: Json,
    values: Record<string, string>,
  ): Promise<{ status: number; body: Parsed }> {
    const submit = must(executeActions(card).find((a) => a.verb === "form.submit"));
    const response = await h.post(execute(where(), "form.submit", { ...submit.data, ...values }));
    if (response.body?.type === "application/vnd.microsoft.card.adaptive") remember(as, response.body.value);
    return response;
  }

  return {
    async installEverywhere(personIds: string[]) {
      await h.post(installInTeam(user(must(personIds[0], "personIds[0]")), url));
      for (const id of personIds) await h.post(installPersonal(user(id), url));
    },
    /** Posts an activity from this person and returns the bot's replies in that conversation. */
    async send(as: string, activity: Activity) {
      const before = h.connector.sent.length;
      const response = await h.post(activity);
      const replies = h.connector.sent.slice(before).filter((s) => s.conversationId === activity.conversation.id);
      for (const r of replies) remember(as, cardOf(r.activity));
      return { status: response.status, replies };
    },
    say(as: string, text: string) {
      return this.send(as, message(personal(user(as), url), text));
    },
    async openReportForm(as: string) {
      const { replies } = await this.say(as, "melding overlast");
      const card = replies.map((r) => cardOf(r.activity)).find(Boolean);
      const launcher = card ? dialogButtons(card)[0] : undefined;
      if (!card || !launcher) return card ? inputIds(card) : [];
      // The report command answers with a button that opens the form as a dialog.
      const dialog = dialogCardOf((await h.post(taskFetch(personal(user(as), url), launcher.data))).body);
      remember(as, dialog);
      return dialog ? inputIds(dialog) : [];
    },
    async submitReport(as: string, values: Record<string, string>) {
      if (!forms.has(as)) await this.openReportForm(as);
      const form = must(forms.get(as), `the report form opened for ${as}`);
      const submit = dialogSubmit(form);
      if (submit) return this.submitReportDialog(as, submit, values);
      const before = h.connector.sent.length;
      const { body } = await submitForm(as, () => personal(user(as), url), form, values);
      await h.app.flush();
      const card = body?.type === "application/vnd.microsoft.card.adaptive" ? body.value : null;
      const errors = card ? fieldErrors(card) : {};
      if (Object.keys(errors).length) return { ok: false as const, errors };
      // The form card answers "wordt verwerkt"; the confirmation with the reference follows privately.
      const told = card && PENDING.test(adaptiveCardText(card)) ? toldSince(as, before).join("\n") : "";
      const reference = REFERENCE.exec(told || (card ? adaptiveCardText(card) : ""))?.[0];
      if (reference) forms.delete(as);
      return reference
        ? { ok: true as const, reference }
        : { ok: false as const, errors: { _: String(body?.value ?? "") } };
    },
    async submitReportDialog(as: string, submit: Json, values: Record<string, string>) {
      const before = h.connector.sent.length;
      const { body } = await h.post(taskSubmit(personal(user(as), url), { ...submit.data, ...values }));
      await h.app.flush();
      const dialog = dialogCardOf(body);
      if (dialog) {
        remember(as, dialog);
        return { ok: false as const, errors: fieldErrors(dialog) };
      }
      // The dialog closes with "wordt verwerkt"; the confirmation with the reference follows privately.
      const closed = PENDING.test(String(body?.task?.value ?? ""))
        ? toldSince(as, before).join("\n")
        : String(body?.task?.value ?? "");
      const reference = closed.includes("is aangemaakt") ? REFERENCE.exec(closed)?.[0] : undefined;
      if (reference) forms.delete(as);
      return reference ? { ok: true as const, reference } : { ok: false as const, errors: { _: closed } };
    },
    async channelCardText(reference: string) {
      await h.app.flush();
      const found = channelCard(reference);
      return found ? adaptiveCardText(must(cardOf(found.activity), "cardOf(found.activity)")) : null;
    },
    async directText(personId: string) {
      await h.app.flush();
      return h.connector
        .inConversation(personalConversation(user(personId)))
        .map((s) => activityText(s.activity))
        .join("\n");
    },
    async press(
      as: string,
      reference: string,
      actionId: string,
      values?: Record<string, string>,
    ): Promise<PressResult> {
      await h.app.flush();
      const found = channelCard(reference);
      if (!found) throw new Error(`no channel card for ${reference}`);
      const shown = must(cardOf(found.activity), "cardOf(found.activity)");
      const button = executeActions(shown).find((a) => a.verb === actionId);
      const opener = dialogButtons(shown).find((a) => a.data?.schakelVerb === actionId);
      const where = () => inChannel(user(as), url, found.id);
      if (!button && opener) return pressDialog(as, where, opener, values);
      if (!button) return { ok: false, error: `no ${actionId} button on the card` };
      const before = h.connector.sent.length;
      let { body } = await h.post(execute(where(), actionId, button.data));
      if (
        body?.type === "application/vnd.microsoft.card.adaptive" &&
        values &&
        executeActions(body.value).some((a) => a.verb === "form.submit")
      ) {
        ({ body } = await submitForm(as, where, body.value, values));
      }
      await h.app.flush();
      if (body?.type !== "application/vnd.microsoft.card.adaptive")
        return { ok: false, error: String(body?.value ?? "") };
      if (PENDING.test(adaptiveCardText(body.value))) return outcome(as, before, reference);
      return { ok: true, privateText: adaptiveCardText(body.value), card: body.value };
    },
    async everythingPosted() {
      await h.app.flush();
      return h.connector.sent.map((s) => JSON.stringify(s.activity)).join("\n");
    },
    close: () => h.close(),
  };
}
