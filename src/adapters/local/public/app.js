// Schakel's local web console (browser side): renders channels, DMs, case cards, forms and private views
// from the console's JSON API, acts as any demo person and moves the simulated clock. Vanilla ES module:
// no framework, no build step, no external requests. Server text is only ever set with textContent.

const POLL_MS = 2000;
const STORAGE = { person: "schakel.console.person", channel: "schakel.console.channel" };
const state = {
  people: [], channels: [], personId: null, channelId: null,
  renderedKey: "", openThreads: new Set(), form: null, polling: false, offline: false, toastTimer: 0, scrollToEnd: false,
};
const $ = (id) => document.getElementById(id);

// ---------------------------------------------------------------- API

/** Calls the JSON API; network and parse failures come back as `{ ok: false, error }` in Dutch. */
async function api(method, path, body) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    return { ok: false, error: "Geen verbinding met de Schakel-server." };
  }
  const data = await response.json().catch(() => null);
  if (data === null) return { ok: false, error: `De server gaf een onverwacht antwoord (${response.status}).` };
  return data;
}

// ---------------------------------------------------------------- small helpers

/** Creates an element. `text` sets textContent; `on…` adds a listener; false/null/undefined props are skipped. */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "text") node.textContent = String(value);
    else if (key === "className") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  node.append(...present(children.flat()));
  return node;
}

const present = (nodes) => nodes.filter((n) => n !== null && n !== undefined && n !== false);

function remember(key, value) {
  try { localStorage.setItem(key, value); } catch { /* storage may be unavailable; the console still works */ }
}

function recall(key) {
  try { return localStorage.getItem(key); } catch { return null; }
}

const dateParts = new Intl.DateTimeFormat("nl-NL", {
  timeZone: "Europe/Amsterdam", weekday: "short", day: "numeric", month: "short", year: "numeric",
  hour: "2-digit", minute: "2-digit", hourCycle: "h23",
});

/** "ma 23 nov 2026 10:00" in Amsterdam time; without the year for message stamps. */
function formatDateTime(iso, { year = true } = {}) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const p = Object.fromEntries(dateParts.formatToParts(date).map((part) => [part.type, part.value.replace(/\.$/, "")]));
  return `${p.weekday} ${p.day} ${p.month}${year ? ` ${p.year}` : ""} ${p.hour}:${p.minute}`;
}

// ---------------------------------------------------------------- cards and messages

/** The plain-text form of a card, as the server appends it to a message's `text`. */
function cardToText(card) {
  const lines = [card.title];
  if (card.subtitle) lines.push(card.subtitle);
  for (const field of card.fields ?? []) lines.push(`${field.label}: ${field.value}`);
  if (card.actions?.length) lines.push(`[${card.actions.map((a) => a.label).join("] [")}]`);
  if (card.footer) lines.push(card.footer);
  return lines.join("\n");
}

/** The message's own text without the card's plain-text copy (the card is shown as a card). */
function messageBody(message) {
  const text = message.text ?? "";
  if (!message.card) return text;
  const copy = cardToText(message.card);
  if (text.endsWith(copy)) return text.slice(0, text.length - copy.length).trim();
  const at = text.indexOf(message.card.title);
  return at >= 0 ? text.slice(0, at).trim() : text;
}

function renderCard(card, { messageId = null, title = true } = {}) {
  const fields = (card.fields ?? []).map((f) =>
    el("div", { className: "card-field", "data-testid": "card-field" }, el("dt", { text: f.label }), el("dd", { text: f.value })));
  const actions = messageId && card.actions?.length
    ? el("div", { className: "card-actions" }, card.actions.map((a) => actionButton(a)))
    : null;
  return el("div", { className: "card", "data-testid": "card" },
    title ? el("h3", { className: "card-title", text: card.title }) : null,
    card.subtitle ? el("p", { className: "card-subtitle", text: card.subtitle }) : null,
    fields.length ? el("dl", { className: "card-fields" }, fields) : null,
    actions,
    card.footer ? el("p", { className: "card-footer", text: card.footer }) : null);
}

function actionButton(action) {
  const style = action.style === "primary" || action.style === "danger" ? ` btn-${action.style}` : "";
  return el("button", { type: "button", className: `btn btn-small${style}`, "data-testid": `action-${action.id}`, "data-action-id": action.id, text: action.label });
}

function renderThread(message) {
  const replies = message.thread ?? [];
  if (!replies.length) return null;
  const details = el("details", { className: "thread", open: state.openThreads.has(message.id) },
    el("summary", { text: replies.length === 1 ? "1 reactie" : `${replies.length} reacties` }),
    el("ol", { className: "thread-list" }, replies.map((r) => el("li", { className: "thread-item" },
      r.at ? el("time", { className: "muted small", datetime: r.at, text: formatDateTime(r.at, { year: false }) }) : null,
      el("p", { className: "message-text", text: r.text })))));
  details.addEventListener("toggle", () => {
    if (details.open) state.openThreads.add(message.id); else state.openThreads.delete(message.id);
  });
  return details;
}

function renderMessage(message) {
  const body = messageBody(message);
  return el("article", { className: "message", "data-testid": "message", "data-message-id": message.id },
    el("div", { className: "avatar", "aria-hidden": "true", text: "S" }),
    el("div", { className: "message-main" },
      el("div", { className: "message-meta" },
        el("span", { className: "author", text: "Schakel" }),
        message.at ? el("time", { className: "muted small", datetime: message.at, text: formatDateTime(message.at, { year: false }) }) : null),
      body ? el("p", { className: "message-text", text: body }) : null,
      message.card ? renderCard(message.card, { messageId: message.id }) : null,
      renderThread(message)));
}

// ---------------------------------------------------------------- the message list

async function refreshMessages() {
  const channelId = state.channelId;
  if (!channelId) return;
  const messages = await api("GET", `/api/channels/${encodeURIComponent(channelId)}/messages`);
  if (channelId !== state.channelId) return; // the person switched channels meanwhile
  if (!Array.isArray(messages)) return reportOffline(messages.error);
  if (state.offline) { state.offline = false; showToast("Verbinding hersteld."); }
  const key = JSON.stringify(messages);
  if (key === state.renderedKey) return;
  state.renderedKey = key;
  renderMessages(messages);
}

function renderMessages(messages) {
  const log = $("messages");
  const atEnd = log.scrollHeight - log.scrollTop - log.clientHeight < 48;
  const focus = focusedControl();
  const items = messages.length ? messages.map(renderMessage) : [el("p", { className: "empty", text: "Nog geen berichten in dit kanaal." })];
  log.replaceChildren(...items);
  if (atEnd || state.scrollToEnd) log.scrollTop = log.scrollHeight;
  state.scrollToEnd = false;
  restoreFocus(focus);
}

/** Which card button had the keyboard focus, so a re-render does not lose it. */
function focusedControl() {
  const active = document.activeElement;
  const message = active?.closest?.("[data-message-id]");
  return message && active.dataset.testid ? { id: message.dataset.messageId, testid: active.dataset.testid } : null;
}

function restoreFocus(focus) {
  if (!focus) return;
  const message = $("messages").querySelector(`[data-message-id="${CSS.escape(focus.id)}"]`);
  message?.querySelector(`[data-testid="${CSS.escape(focus.testid)}"]`)?.focus();
}

function reportOffline(error) {
  if (state.offline) return;
  state.offline = true;
  showError(error ?? "De berichten konden niet worden geladen.");
}

// ---------------------------------------------------------------- people and channels

function renderPeople() {
  const picker = $("person-picker");
  picker.replaceChildren(...state.people.map((p) => el("option", { value: p.id, text: `${p.name} — ${p.organisation}` })));
  picker.value = state.personId ?? "";
  const person = state.people.find((p) => p.id === state.personId);
  $("person-roles").textContent = person ? person.roles.join(", ") : "";
}

function renderSidebar() {
  const dms = state.channels.filter((c) => c.kind === "dm");
  const mine = dms.filter((c) => c.personId === state.personId);
  const others = dms.filter((c) => c.personId !== state.personId);
  $("channel-list").replaceChildren(...state.channels.filter((c) => c.kind === "channel").map((c) => channelItem(c)));
  $("dm-list").replaceChildren(...mine.map((c) => channelItem(c, true)), ...others.map((c) => channelItem(c)));
  renderChannelHeader();
}

function channelItem(channel, mine = false) {
  const isChannel = channel.kind === "channel";
  const name = isChannel ? channel.name.replace(/^#/, "") : channel.name;
  return el("li", {}, el("button", {
    type: "button", className: `channel-link${mine ? " mine" : ""}`, "data-testid": `channel-${channel.id}`,
    "aria-current": channel.id === state.channelId ? "page" : null, onclick: () => selectChannel(channel.id),
  }, el("span", { className: isChannel ? "hash" : "presence", "aria-hidden": "true", text: isChannel ? "#" : "" }),
  el("span", { className: "channel-name", text: name }),
  mine ? el("span", { className: "you", text: "(jij)" }) : null));
}

function renderChannelHeader() {
  const channel = state.channels.find((c) => c.id === state.channelId);
  if (!channel) return;
  $("channel-title").textContent = channel.name;
  $("channel-description").textContent = channel.kind === "dm"
    ? `Privéberichten van Schakel aan ${channel.name}${channel.personId === state.personId ? " (jij)" : ""}.`
    : /co[oö]rd/i.test(channel.name)
      ? "Escalaties en signalen voor de coördinatoren."
      : "Gedeeld kanaal met de kaarten van de meldingen. Geen persoonsgegevens.";
}

function selectPerson(personId) {
  state.personId = personId;
  remember(STORAGE.person, personId);
  hideEphemeral();
  renderPeople();
  renderSidebar();
}

function selectChannel(channelId) {
  if (!state.channels.some((c) => c.id === channelId)) return;
  state.channelId = channelId;
  state.renderedKey = "";
  state.scrollToEnd = true;
  remember(STORAGE.channel, channelId);
  renderSidebar();
  $("messages").replaceChildren(el("p", { className: "empty", text: "Berichten laden…" }));
  void refreshMessages();
}

// ---------------------------------------------------------------- commands and private notices

function parseCommand(input) {
  const trimmed = input.trim();
  if (!trimmed.startsWith("/")) return null;
  const [command, ...rest] = trimmed.split(/\s+/);
  const text = rest.join(" ");
  return text ? { command, text } : { command };
}

async function onCommand(event) {
  event.preventDefault();
  const input = $("command-input");
  const parsed = parseCommand(input.value);
  if (!parsed) return showError("Een opdracht begint met /, bijvoorbeeld /overlast of /schakel help.");
  input.disabled = true;
  const result = await api("POST", "/api/commands", { as: state.personId, ...parsed });
  input.disabled = false;
  if (!result.form && !result.message) {
    showError(result.error ?? "Die opdracht lukte niet.");
    input.focus();
    return;
  }
  input.value = "";
  if (result.form) return openForm(result.form);
  showEphemeral(result.message);
  input.focus();
}

function showEphemeral(message) {
  const body = messageBody(message);
  $("ephemeral-body").replaceChildren(...present([
    body ? el("p", { className: "message-text", text: body }) : null,
    message.card ? renderCard(message.card) : null,
  ]));
  $("ephemeral").hidden = false;
}

function hideEphemeral() {
  $("ephemeral").hidden = true;
  $("ephemeral-body").replaceChildren();
}

// ---------------------------------------------------------------- forms

function openForm(form) {
  state.form = form;
  $("form-title").textContent = form.title;
  $("form-submit").textContent = form.submitLabel || "Versturen";
  $("form-error").textContent = "";
  $("form-fields").replaceChildren(...form.fields.map(renderField));
  const dialog = $("form-dialog");
  if (!dialog.open) dialog.showModal();
  dialog.querySelector("input, select, textarea")?.focus();
}

function renderField(field) {
  const input = fieldInput(field);
  const hint = field.hint ? el("p", { id: `fh-${field.id}`, className: "hint", text: field.hint }) : null;
  const error = el("p", { id: `fe-${field.id}`, className: "field-error", "data-testid": `error-${field.id}`, hidden: true });
  input.setAttribute("aria-describedby", present([hint?.id, error.id]).join(" "));
  const label = el("label", { for: input.id },
    field.label, field.required ? el("span", { className: "required", "aria-hidden": "true", text: " *" }) : null);
  if (field.type === "checkbox") {
    return el("div", { className: "field field-checkbox" }, el("div", { className: "checkbox-row" }, input, label), hint, error);
  }
  return el("div", { className: "field" }, label, input, hint, error);
}

function fieldInput(field) {
  const common = { id: `ff-${field.id}`, name: field.id, "data-testid": `field-${field.id}`, required: field.required, maxlength: field.maxLength };
  const value = field.value ?? "";
  switch (field.type) {
    case "textarea": { const area = el("textarea", { ...common, rows: 4 }); area.value = value; return area; }
    case "select": return selectInput(field, common);
    case "checkbox": return el("input", { ...common, type: "checkbox", checked: value === "true" });
    case "number": return el("input", { ...common, type: "number", step: "any", value });
    case "date": return el("input", { ...common, type: "date", value });
    default: return el("input", { ...common, type: "text", value });
  }
}

function selectInput(field, common) {
  const select = el("select", common,
    el("option", { value: "", text: "— Kies —" }),
    (field.options ?? []).map((o) => el("option", { value: o.value, text: o.label })));
  if (field.value) select.value = field.value;
  return select;
}

function collectValues(form) {
  const values = {};
  for (const field of form.fields) {
    const input = $(`ff-${field.id}`);
    if (input) values[field.id] = field.type === "checkbox" ? input.checked : input.value;
  }
  return values;
}

async function onFormSubmit(event) {
  event.preventDefault();
  const form = state.form;
  const submit = $("form-submit");
  if (!form || submit.disabled) return;
  clearFieldErrors(form);
  submit.disabled = true;
  const result = await api("POST", `/api/forms/${encodeURIComponent(form.id)}/submit`, { as: state.personId, values: collectValues(form) });
  submit.disabled = false;
  if (state.form !== form) return; // the dialog was closed meanwhile
  if (result.ok) return formDone(result);
  if (result.errors) return showFieldErrors(form, result.errors);
  $("form-error").textContent = result.error ?? "Versturen is niet gelukt.";
}

function formDone(result) {
  $("form-dialog").close();
  showToast(result.caseRef ? `Melding ${result.caseRef} aangemaakt` : result.message?.text || "Opgeslagen");
  void refreshAfterChange();
}

function clearFieldErrors(form) {
  $("form-error").textContent = "";
  for (const field of form.fields) {
    const error = $(`fe-${field.id}`);
    if (error) { error.textContent = ""; error.hidden = true; }
    $(`ff-${field.id}`)?.removeAttribute("aria-invalid");
  }
}

function showFieldErrors(form, errors) {
  const unplaced = [];
  let first = null;
  for (const [fieldId, message] of Object.entries(errors)) {
    const error = $(`fe-${fieldId}`);
    const input = $(`ff-${fieldId}`);
    if (!error || !input) { unplaced.push(message); continue; }
    error.textContent = message;
    error.hidden = false;
    input.setAttribute("aria-invalid", "true");
    first ??= input;
  }
  $("form-error").textContent = unplaced.length ? unplaced.join(" ") : "Controleer de gemarkeerde velden.";
  first?.focus();
}

/** Closing the form dialog forgets what was typed: personal data does not linger in the page. */
function onFormClosed() {
  state.form = null;
  $("form-fields").replaceChildren();
  $("form-error").textContent = "";
  $("command-input").focus();
}

// ---------------------------------------------------------------- card buttons and private views

async function onMessagesClick(event) {
  const button = event.target.closest?.("button[data-action-id]");
  const message = button?.closest("[data-message-id]");
  if (!button || !message || button.disabled) return;
  button.disabled = true;
  const result = await api("POST", "/api/actions", { as: state.personId, messageId: message.dataset.messageId, actionId: button.dataset.actionId });
  button.disabled = false;
  if (result.form) return openForm(result.form);
  if (result.view) return openView(result.view);
  if (!result.ok) return showError(result.error ?? "Dat lukte niet.");
  showToast(result.message?.text || "Gedaan");
  void refreshAfterChange();
}

function openView(view) {
  $("view-title").textContent = view.title;
  $("view-body").replaceChildren(renderCard({ ...view, actions: [] }, { title: false }));
  $("view-dialog").showModal();
  $("view-close").focus();
}

/** The private view is removed from the page as soon as it is closed. */
function onViewClosed() {
  $("view-title").textContent = "";
  $("view-body").replaceChildren();
}

// ---------------------------------------------------------------- toasts

function showToast(text, { error = false } = {}) {
  const toast = el("div", { className: `toast${error ? " toast-error" : ""}`, "data-testid": "toast", role: error ? "alert" : "status" },
    el("span", { className: "toast-text", text }),
    el("button", { type: "button", className: "toast-close", "aria-label": "Melding sluiten", text: "×", onclick: () => toast.remove() }));
  $("toasts").replaceChildren(toast);
  clearTimeout(state.toastTimer);
  state.toastTimer = setTimeout(() => toast.remove(), error ? 10_000 : 6_000);
}

const showError = (text) => showToast(text, { error: true });

// ---------------------------------------------------------------- the simulated clock

function renderClock(now, simulated) {
  const clock = $("clock");
  clock.textContent = formatDateTime(now);
  clock.setAttribute("datetime", now);
  if (simulated === undefined) return;
  for (const id of ["advance-hour", "advance-day"]) {
    $(id).disabled = !simulated;
    $(id).title = simulated ? "" : "De klok is alleen te verzetten in de lokale demo-modus.";
  }
}

async function refreshClock() {
  const clock = await api("GET", "/api/clock");
  if (clock.now) renderClock(clock.now, Boolean(clock.simulated));
}

async function advanceClock(by, button) {
  button.disabled = true;
  const result = await api("POST", "/api/clock/advance", by);
  button.disabled = false;
  if (!result.now) return showError(result.error ?? "De klok kon niet worden verzet.");
  renderClock(result.now);
  showToast(`Klok verzet naar ${formatDateTime(result.now)}`);
  await refreshAfterChange();
}

// ---------------------------------------------------------------- start-up

async function refreshAfterChange() {
  await Promise.all([refreshMessages(), refreshClock()]);
}

async function poll() {
  if (state.polling) return;
  state.polling = true;
  try { await refreshAfterChange(); } finally { state.polling = false; }
}

function bindEvents() {
  $("person-picker").addEventListener("change", (e) => selectPerson(e.target.value));
  $("command-form").addEventListener("submit", onCommand);
  $("modal-form").addEventListener("submit", onFormSubmit);
  $("form-cancel").addEventListener("click", () => $("form-dialog").close());
  $("form-dialog").addEventListener("close", onFormClosed);
  $("view-close").addEventListener("click", () => $("view-dialog").close());
  $("view-dialog").addEventListener("close", onViewClosed);
  $("ephemeral-close").addEventListener("click", hideEphemeral);
  $("messages").addEventListener("click", onMessagesClick);
  $("advance-hour").addEventListener("click", (e) => advanceClock({ hours: 1 }, e.currentTarget));
  $("advance-day").addEventListener("click", (e) => advanceClock({ workingDays: 1 }, e.currentTarget));
}

function known(id, ids) {
  return id && ids.includes(id) ? id : null;
}

async function start() {
  bindEvents();
  const [people, channels] = await Promise.all([api("GET", "/api/people"), api("GET", "/api/channels")]);
  if (!Array.isArray(people) || !Array.isArray(channels)) {
    return showError("De console kon niet laden. Draait de Schakel-server?");
  }
  state.people = people;
  state.channels = channels;
  state.personId = known(recall(STORAGE.person), people.map((p) => p.id)) ?? people[0]?.id ?? null;
  const firstChannel = channels.find((c) => c.kind === "channel") ?? channels[0];
  renderPeople();
  selectChannel(known(recall(STORAGE.channel), channels.map((c) => c.id)) ?? firstChannel?.id);
  await refreshClock();
  setInterval(poll, POLL_MS);
  document.body.dataset.ready = "true";
}

void start();
