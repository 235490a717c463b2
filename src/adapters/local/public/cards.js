// Cards and messages as the console shows them: the same neutral card model Slack and Teams render.
import { el, formatDateTime } from "./dom.js";

/** The plain-text form of a card, as the server appends it to a message's `text`. */
export function cardToText(card) {
  const lines = [card.title];
  if (card.subtitle) lines.push(card.subtitle);
  for (const field of card.fields ?? []) lines.push(`${field.label}: ${field.value}`);
  if (card.actions?.length) lines.push(`[${card.actions.map((a) => a.label).join("] [")}]`);
  if (card.footer) lines.push(card.footer);
  return lines.join("\n");
}

/** The message's own text without the card's plain-text copy (the card is shown as a card). */
export function messageBody(message) {
  const text = message.text ?? "";
  if (!message.card) return text;
  const copy = cardToText(message.card);
  if (text.endsWith(copy)) return text.slice(0, text.length - copy.length).trim();
  const at = text.indexOf(message.card.title);
  return at >= 0 ? text.slice(0, at).trim() : text;
}

export function renderCard(card, { messageId = null, title = true } = {}) {
  const fields = (card.fields ?? []).map((f) =>
    el(
      "div",
      { className: `card-field${f.tone === "alert" ? " card-field-alert" : ""}`, "data-testid": "card-field" },
      el("dt", { text: f.label }),
      el("dd", { text: f.value }),
    ),
  );
  const actions =
    messageId && card.actions?.length
      ? el(
          "div",
          { className: "card-actions" },
          card.actions.map((a) => actionButton(a)),
        )
      : null;
  const revision = Number.isInteger(card.revision) ? { "data-revision": String(card.revision) } : {};
  return el(
    "div",
    { className: "card", "data-testid": "card", ...revision },
    title ? el("h3", { className: "card-title", text: card.title }) : null,
    card.subtitle ? el("p", { className: "card-subtitle", text: card.subtitle }) : null,
    fields.length ? el("dl", { className: "card-fields" }, fields) : null,
    actions,
    card.footer ? el("p", { className: "card-footer", text: card.footer }) : null,
  );
}

function actionButton(action) {
  const style = action.style === "primary" || action.style === "danger" ? ` btn-${action.style}` : "";
  return el("button", {
    type: "button",
    className: `btn btn-small${style}`,
    "data-testid": `action-${action.id}`,
    "data-action-id": action.id,
    text: action.label,
  });
}

function renderThread(message, openThreads) {
  const replies = message.thread ?? [];
  if (!replies.length) return null;
  const details = el(
    "details",
    { className: "thread", open: openThreads.has(message.id) },
    el("summary", { text: replies.length === 1 ? "1 reactie" : `${replies.length} reacties` }),
    el(
      "ol",
      { className: "thread-list" },
      replies.map((r) =>
        el(
          "li",
          { className: "thread-item" },
          r.at
            ? el("time", { className: "muted small", datetime: r.at, text: formatDateTime(r.at, { year: false }) })
            : null,
          el("p", { className: "message-text", text: r.text }),
        ),
      ),
    ),
  );
  details.addEventListener("toggle", () => {
    if (details.open) openThreads.add(message.id);
    else openThreads.delete(message.id);
  });
  return details;
}

export function renderMessage(message, openThreads) {
  const body = messageBody(message);
  return el(
    "article",
    { className: "message", "data-testid": "message", "data-message-id": message.id, tabindex: "-1" },
    el("div", { className: "avatar", "aria-hidden": "true", text: "S" }),
    el(
      "div",
      { className: "message-main" },
      el(
        "div",
        { className: "message-meta" },
        el("span", { className: "author", text: "Schakel" }),
        message.at
          ? el("time", {
              className: "muted small",
              datetime: message.at,
              text: formatDateTime(message.at, { year: false }),
            })
          : null,
      ),
      body ? el("p", { className: "message-text", text: body }) : null,
      message.card ? renderCard(message.card, { messageId: message.id }) : null,
      renderThread(message, openThreads),
    ),
  );
}
