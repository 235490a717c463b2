// The external participant's page on the production web surface: the invitation-code form and their one case
// (the role's fields and steps, a form per step they may complete). Server-rendered, no scripts.
import { DateTime } from "luxon";
import { t } from "../i18n/messages.ts";
import { renderShell } from "./coordinator-layout.ts";
import { escapeXml as h } from "./digest-chart-svg.ts";
import type { ExternalCaseView } from "./view-models/external-case.ts";

/** What the page shows: the use-case's view of the one case. */
export type ExternalPageView = ExternalCaseView;

const heading = () => `<h1>${h(t("nl", "extern.page.heading"))}</h1>`;
const sentence = (text: string | undefined) => (text ? `<p data-testid="message">${h(text)}</p>` : "");

/** The sign-in form; `message` is a refusal or notice shown above it. */
export function renderExternalSignIn(message?: string): string {
  const form = `<form method="post" action="/extern" data-testid="external-sign-in">
<label for="code">${h(t("nl", "extern.page.code"))}</label>
<input id="code" name="code" autocomplete="one-time-code" required placeholder="ABCD-EFGH-JKLM">
<button type="submit">${h(t("nl", "extern.page.sign_in"))}</button></form>`;
  return renderShell(t("nl", "extern.page.heading"), `${heading()}${sentence(message)}${form}`, null);
}

function stepItem(step: ExternalPageView["steps"][number], csrfToken: string, zone: string): string {
  const due = step.dueAt
    ? t("nl", "extern.page.due", { at: DateTime.fromJSDate(step.dueAt, { zone }).toFormat("d-M-yyyy HH:mm") })
    : "";
  const status = `${h(step.label)}: ${h(t("nl", `extern.page.status.${step.status}`))}${h(due)}`;
  if (!step.mayComplete) return `<li data-step="${h(step.id)}">${status}</li>`;
  return `<li data-step="${h(step.id)}">${status}
<form method="post" action="/extern/stappen/${encodeURIComponent(step.id)}/afronden">
<input type="hidden" name="_csrf" value="${h(csrfToken)}">
<label>${h(t("nl", "extern.page.note"))} <textarea name="note" maxlength="4000"></textarea></label>
<button type="submit">${h(t("nl", "extern.page.complete"))}</button></form></li>`;
}

/** One form for the case events the role may record (none: nothing shown). */
function eventForm(view: ExternalPageView, csrfToken: string): string {
  if (view.events.length === 0) return "";
  const options = view.events.map((e) => `<option value="${h(e.id)}">${h(e.label)}</option>`).join("");
  return `<h3>${h(t("nl", "extern.page.events"))}</h3>
<form method="post" action="/extern/gebeurtenissen" data-testid="external-event">
<input type="hidden" name="_csrf" value="${h(csrfToken)}">
<label>${h(t("nl", "extern.page.event"))} <select name="event" required>${options}</select></label>
<label>${h(t("nl", "extern.page.reason"))} <textarea name="reason" maxlength="2000" required></textarea></label>
<button type="submit">${h(t("nl", "extern.page.record"))}</button></form>`;
}

/** The one case of the signed-in external participant. */
export function renderExternalCase(view: ExternalPageView, csrfToken: string, zone: string, message?: string) {
  const { reference, title: flow, municipality, role } = view;
  const title = t("nl", "extern.page.title", { reference, title: flow, municipality, role });
  const fields = view.fields.map((f) => `<dt>${h(f.label)}</dt><dd>${h(f.value)}</dd>`).join("");
  const steps = view.steps.map((s) => stepItem(s, csrfToken, zone)).join("\n");
  const signOut = `<form method="post" action="/extern/afmelden">
<input type="hidden" name="_csrf" value="${h(csrfToken)}"><button type="submit">${h(t("nl", "extern.page.sign_out"))}</button></form>`;
  const body = `${heading()}${sentence(message)}<h2 data-testid="case-title">${h(title)}</h2><dl>${fields}</dl>
<h3>${h(t("nl", "extern.page.steps"))}</h3><ul>${steps}</ul>${eventForm(view, csrfToken)}${signOut}`;
  return renderShell(title, body, null);
}
