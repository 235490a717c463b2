// Schakel's local web console (browser side): renders channels, DMs, case cards, forms and private views
// from the console's JSON API, acts as any demo person and moves the simulated clock. Vanilla ES modules:
// no framework, no build step, no external requests. Server text is only ever set with textContent.
import { api } from "./api.js";
import { renderCard, renderMessage, messageBody } from "./cards.js";
import { $, el, formatDateTime, present, recall, remember, showError, showToast } from "./dom.js";
import { onFormClosed, openForm, submitOpenForm } from "./forms.js";
import { sentence } from "./text.js";

const POLL_MS = 2000;
const STORAGE = { person: "schakel.console.person", channel: "schakel.console.channel" };
const state = {
  people: [],
  channels: [],
  personId: null,
  channelId: null,
  renderedKey: "",
  openThreads: new Set(),
  polling: false,
  offline: false,
  scrollToEnd: false,
};

// ---------------------------------------------------------------- the message list

async function refreshMessages() {
  const channelId = state.channelId;
  if (!channelId) return;
  const personId = state.personId;
  // Cards come as this person's copy: only the buttons they can use now.
  const query = personId ? `?as=${encodeURIComponent(personId)}` : "";
  const messages = await api("GET", `/api/channels/${encodeURIComponent(channelId)}/messages${query}`);
  if (channelId !== state.channelId || personId !== state.personId) return; // switched meanwhile
  if (!Array.isArray(messages)) return reportOffline(messages.error);
  if (state.offline) {
    state.offline = false;
    showToast(sentence("console.reconnected"));
  }
  const key = JSON.stringify(messages);
  if (key === state.renderedKey) return;
  state.renderedKey = key;
  renderMessages(messages);
}

function renderMessages(messages) {
  const log = $("messages");
  const atEnd = log.scrollHeight - log.scrollTop - log.clientHeight < 48;
  const focus = focusedControl();
  const items = messages.length
    ? messages.map((m) => renderMessage(m, state.openThreads))
    : [el("p", { className: "empty", text: sentence("console.no_messages") })];
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
  if (focus.testid === "message") return message?.focus();
  message?.querySelector(`[data-testid="${CSS.escape(focus.testid)}"]`)?.focus();
}

function reportOffline(error) {
  if (state.offline) return;
  state.offline = true;
  showError(error ?? sentence("console.messages_failed"));
}

// ---------------------------------------------------------------- people and channels

function renderPeople() {
  const picker = $("person-picker");
  picker.replaceChildren(
    ...state.people.map((p) => el("option", { value: p.id, text: `${p.name} — ${p.organisation}` })),
  );
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
  return el(
    "li",
    {},
    el(
      "button",
      {
        type: "button",
        className: `channel-link${mine ? " mine" : ""}`,
        "data-testid": `channel-${channel.id}`,
        "aria-current": channel.id === state.channelId ? "page" : null,
        onclick: () => selectChannel(channel.id),
      },
      el("span", { className: isChannel ? "hash" : "presence", "aria-hidden": "true", text: isChannel ? "#" : "" }),
      el("span", { className: "channel-name", text: name }),
      mine ? el("span", { className: "you", text: sentence("console.you") }) : null,
    ),
  );
}

function renderChannelHeader() {
  const channel = state.channels.find((c) => c.id === state.channelId);
  if (!channel) return;
  $("channel-title").textContent = channel.name;
  $("channel-description").textContent =
    channel.kind === "dm"
      ? sentence(channel.personId === state.personId ? "console.channel.direct_own" : "console.channel.direct", {
          name: channel.name,
        })
      : /co[oö]rd/i.test(channel.name)
        ? sentence("console.channel.coordinators")
        : sentence("console.channel.shared");
}

function selectPerson(personId) {
  state.personId = personId;
  remember(STORAGE.person, personId);
  hideEphemeral();
  renderPeople();
  renderSidebar();
  state.renderedKey = "";
  void refreshMessages();
}

function selectChannel(channelId) {
  if (!state.channels.some((c) => c.id === channelId)) return;
  state.channelId = channelId;
  state.renderedKey = "";
  state.scrollToEnd = true;
  remember(STORAGE.channel, channelId);
  renderSidebar();
  $("messages").replaceChildren(el("p", { className: "empty", text: sentence("console.loading_messages") }));
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
  if (!parsed) return showError(sentence("console.command_syntax"));
  input.disabled = true;
  const result = await api("POST", "/api/commands", { as: state.personId, ...parsed });
  input.disabled = false;
  // A private view (the AVG access overview) opens like the details view; closing it returns to the input.
  if (result.view) {
    input.value = "";
    return openView(result.view, null);
  }
  if (!result.form && !result.message) {
    showError(result.error ?? sentence("console.command_failed"));
    input.focus();
    return;
  }
  input.value = "";
  if (result.form) return openForm(result.form, () => input.focus());
  showEphemeral(result.message);
  input.focus();
}

function showEphemeral(message) {
  const body = messageBody(message);
  $("ephemeral-body").replaceChildren(
    ...present([
      body ? el("p", { className: "message-text", text: body }) : null,
      message.card ? renderCard(message.card) : null,
    ]),
  );
  $("ephemeral").hidden = false;
}

function hideEphemeral() {
  const hadFocus = $("ephemeral").contains(document.activeElement);
  $("ephemeral").hidden = true;
  $("ephemeral-body").replaceChildren();
  if (hadFocus) $("command-input").focus();
}

// ---------------------------------------------------------------- card buttons and private views

async function onMessagesClick(event) {
  const button = event.target.closest?.("button[data-action-id]");
  const message = button?.closest("[data-message-id]");
  if (!button || !message || button.getAttribute("aria-disabled") === "true") return;
  // aria-disabled rather than disabled: a disabled button drops the keyboard focus to <body>.
  button.setAttribute("aria-disabled", "true");
  const shown = button.closest("[data-revision]")?.dataset.revision;
  const revision = shown === undefined ? {} : { revision: Number(shown) };
  const target = { id: message.dataset.messageId, testid: button.dataset.testid };
  const request = { as: state.personId, messageId: target.id, actionId: button.dataset.actionId, ...revision };
  const result = await api("POST", "/api/actions", request);
  button.removeAttribute("aria-disabled");
  if (result.form) return openForm(result.form, () => returnToCard(target));
  if (result.view) return openView(result.view, target);
  if (!result.ok) {
    showError(result.error ?? sentence("console.action_failed"));
    // The case may have changed since the card was shown: returning to it shows it as it is now.
    return returnToCard(target);
  }
  showToast(result.message?.text || sentence("console.action_done"));
  await refreshAfterChange();
  returnToCard(target);
}

/**
 * Puts the keyboard focus back on the card that was acted on: the same button if it is still there,
 * else the card's first button, else the message itself.
 */
async function returnToCard(target) {
  await refreshMessages();
  const message = $("messages").querySelector(`[data-message-id="${CSS.escape(target.id)}"]`);
  if (!message) return $("messages").focus();
  const same = message.querySelector(`[data-testid="${CSS.escape(target.testid)}"]`);
  (same ?? message.querySelector("button[data-action-id]") ?? message).focus();
}

let viewReturn = null;

function openView(view, target) {
  viewReturn = target;
  $("view-title").textContent = view.title;
  $("view-body").replaceChildren(renderCard({ ...view, actions: [] }, { title: false }));
  $("view-dialog").showModal();
  $("view-close").focus();
}

/** The private view is removed from the page as soon as it is closed. */
function onViewClosed() {
  $("view-title").textContent = "";
  $("view-body").replaceChildren();
  if (viewReturn) void returnToCard(viewReturn);
  else $("command-input").focus();
  viewReturn = null;
}

// ---------------------------------------------------------------- the simulated clock

function renderClock(now, simulated) {
  const clock = $("clock");
  clock.textContent = formatDateTime(now);
  clock.setAttribute("datetime", now);
  if (simulated === undefined) return;
  for (const id of ["advance-hour", "advance-day"]) {
    $(id).disabled = !simulated;
    $(id).title = simulated ? "" : sentence("console.clock_demo_only");
  }
}

async function refreshClock() {
  const clock = await api("GET", "/api/clock");
  if (clock.now) renderClock(clock.now, Boolean(clock.simulated));
}

async function advanceClock(by, button) {
  // Busy, not disabled: a disabled button would drop the keyboard focus to <body>.
  if (button.getAttribute("aria-disabled") === "true") return;
  button.setAttribute("aria-disabled", "true");
  const result = await api("POST", "/api/clock/advance", by);
  button.removeAttribute("aria-disabled");
  if (!result.now) return showError(result.error ?? sentence("console.clock_failed"));
  renderClock(result.now);
  showToast(sentence("console.clock_moved", { time: formatDateTime(result.now) }));
  await refreshAfterChange();
}

// ---------------------------------------------------------------- start-up

async function refreshAfterChange() {
  await Promise.all([refreshMessages(), refreshClock()]);
}

async function poll() {
  if (state.polling) return;
  state.polling = true;
  try {
    await refreshAfterChange();
  } finally {
    state.polling = false;
  }
}

function bindEvents() {
  $("person-picker").addEventListener("change", (e) => selectPerson(e.target.value));
  $("command-form").addEventListener("submit", onCommand);
  $("modal-form").addEventListener("submit", (e) => submitOpenForm(e, state.personId, refreshAfterChange));
  $("form-cancel").addEventListener("click", () => $("form-dialog").close());
  $("form-dialog").addEventListener("close", onFormClosed);
  $("view-close").addEventListener("click", () => $("view-dialog").close());
  $("view-dialog").addEventListener("close", onViewClosed);
  $("ephemeral-close").addEventListener("click", hideEphemeral);
  $("ephemeral").addEventListener("keydown", (e) => {
    if (e.key === "Escape") hideEphemeral();
  });
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
    return showError(sentence("console.load_failed"));
  }
  state.people = people;
  state.channels = channels;
  state.personId =
    known(
      recall(STORAGE.person),
      people.map((p) => p.id),
    ) ??
    people[0]?.id ??
    null;
  const firstChannel = channels.find((c) => c.kind === "channel") ?? channels[0];
  renderPeople();
  selectChannel(
    known(
      recall(STORAGE.channel),
      channels.map((c) => c.id),
    ) ?? firstChannel?.id,
  );
  await refreshClock();
  setInterval(poll, POLL_MS);
  document.body.dataset.ready = "true";
}

void start();
